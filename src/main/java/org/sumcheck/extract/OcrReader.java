package org.sumcheck.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a scanned PDF: each page rendered by PDFBox, read by Tesseract through Tika's TesseractOCRParser with the
 * simplified-Chinese model. Page segmentation mode 6 (one uniform block) reads these one-column pages in order;
 * the default (3) cuts lines into column fragments. Thread-safe; the parser is created once.
 */
final class OcrReader {
    /** How OCR runs: Tesseract language(s), page segmentation mode, render resolution. */
    record Settings(String language, String pageSegMode, int dpi) {
        static final Settings DEFAULT = new Settings("chi_sim+eng", "6", 300);
    }

    private final Settings settings;
    private final TesseractOCRParser parser = new TesseractOCRParser();
    private final boolean available;
    private final String unavailableReason;

    OcrReader(Settings settings) {
        this.settings = settings;
        String reason = probe(settings.language());
        this.available = reason == null;
        this.unavailableReason = reason;
    }

    boolean available() {
        return available;
    }

    /** Why OCR cannot run here (tesseract missing, language missing), or null. */
    String unavailableReason() {
        return unavailableReason;
    }

    /** The lines of every page, page by page; stops with {@link java.io.InterruptedIOException} when abandoned. */
    List<PdfLine> read(PDDocument doc, long maxChars, long deadlineNanos) throws IOException, TikaException, SAXException {
        PDFRenderer renderer = new PDFRenderer(doc);
        List<PdfLine> lines = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("extraction abandoned");
            }
            BufferedImage img = renderer.renderImageWithDPI(i, settings.dpi(), ImageType.GRAY);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(img, "png", png);
            img.flush();
            TesseractOCRConfig cfg = new TesseractOCRConfig();
            cfg.setLanguage(settings.language());
            cfg.setPageSegMode(settings.pageSegMode());
            long left = TimeUnit.NANOSECONDS.toSeconds(deadlineNanos - System.nanoTime());
            cfg.setTimeoutSeconds((int) Math.max(1, Math.min(Integer.MAX_VALUE, left)));
            ParseContext ctx = new ParseContext();
            ctx.set(TesseractOCRConfig.class, cfg);
            long room = Math.max(1, Math.min(Integer.MAX_VALUE, maxChars - chars));
            BodyContentHandler handler = new BodyContentHandler((int) room); // Tika's write limit
            Metadata md = new Metadata();
            md.set(Metadata.CONTENT_TYPE, "image/png");
            parser.parse(new ByteArrayInputStream(png.toByteArray()), handler, md, ctx);
            for (String line : handler.toString().split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty()) {
                    chars += t.length();
                    lines.add(PdfLine.of(i + 1, t));
                }
            }
        }
        return lines;
    }

    /** Null when `tesseract` runs and has the language(s); else the reason. */
    private static String probe(String language) {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return "tesseract did not answer";
            }
            String langs = new String(out, java.nio.charset.StandardCharsets.UTF_8);
            for (String l : language.split("\\+")) {
                if (!langs.lines().map(String::strip).toList().contains(l)) {
                    return "tesseract has no '" + l + "' language data (install tesseract-ocr-chi-sim)";
                }
            }
            return null;
        } catch (IOException e) {
            return "tesseract is not installed (install tesseract-ocr and tesseract-ocr-chi-sim)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while looking for tesseract";
        }
    }
}
