package org.sumcheck.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a scanned PDF through Tika's {@link TesseractOCRParser}: each page rendered by PDFBox at the scan's own
 * resolution and read with the simplified-Chinese model in page segmentation mode 6 (one uniform block reads these
 * one-column pages in order; the default, 3, cuts lines into column fragments). The output is hOCR, so each printed
 * line comes with its box and each word with Tesseract's confidence ({@link HocrLines}).
 *
 * <p>Tesseract is slow with its default OpenMP threads on a small machine (24–27 s a page on 2 cores, 4–6 s with
 * one): the launcher and the parse workers set {@code OMP_THREAD_LIMIT=1}, which the tesseract child inherits.
 * Thread-safe: one instance per parser, the Tesseract probe done once.
 */
final class OcrPages {
    /** Render resolution when a page has no scan image to measure. */
    static final int DEFAULT_DPI = 300;

    private final Lazy<TesseractOCRParser> tesseract = new Lazy<>(OcrPages::tesseract);
    /** Tika lists the languages only when given a tessdata path; else ask tesseract, once. */
    private final Lazy<java.util.Set<String>> installed = new Lazy<>(OcrPages::listLangs);

    private static java.util.Set<String> listLangs() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return java.util.Set.of();
            }
            return java.util.Set.copyOf(new String(out, java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).toList());
        } catch (IOException e) {
            return java.util.Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Set.of();
        }
    }

    private static TesseractOCRParser tesseract() {
        TesseractOCRParser p = new TesseractOCRParser();
        try {
            p.initialize(Map.of());
        } catch (TikaConfigException e) {
            // initialize only probes the installation; a failed probe leaves hasTesseract() false
        }
        return p;
    }

    /** Null when `tesseract` runs and has the language(s); else the reason. */
    String unavailableReason(String language) {
        TesseractOCRParser p = tesseract.get();
        try {
            if (!p.hasTesseract()) {
                return "tesseract is not installed (install tesseract-ocr and tesseract-ocr-chi-sim)";
            }
        } catch (TikaConfigException e) {
            return "tesseract is not installed (install tesseract-ocr and tesseract-ocr-chi-sim)";
        }
        java.util.Set<String> langs = p.getLangs().isEmpty() ? installed.get() : p.getLangs();
        for (String l : language.split("\\+")) {
            if (!langs.contains(l)) {
                return "tesseract has no '" + l + "' language data (install tesseract-ocr-chi-sim)";
            }
        }
        return null;
    }

    /**
     * The lines of every page, page by page, with their geometry in PDF points; {@link InterruptedIOException} when
     * abandoned or out of time.
     *
     * @param dpi render resolution; 0 = the scan's own
     */
    List<PdfLine> read(PDDocument doc, int dpi, TesseractOCRConfig config, ParseBudget budget)
            throws IOException, SAXException, TikaException {
        PDFRenderer renderer = new PDFRenderer(doc);
        List<PdfLine> lines = new ArrayList<>();
        long chars = 0;
        Path dir = budget.tempRoot() == null ? Files.createTempDirectory("sumcheck-ocr")
                : Files.createTempDirectory(budget.tempRoot(), "sumcheck-ocr");
        try {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("extraction abandoned");
                }
                long left = budget.nanosLeft();
                if (left <= 0) {
                    throw new InterruptedIOException("OCR ran out of time");
                }
                int pageDpi = dpiFor(doc.getPage(i), dpi);
                BufferedImage img = renderer.renderImageWithDPI(i, pageDpi, ImageType.GRAY);
                Path png = dir.resolve("page" + (i + 1) + ".png");
                ImageIO.write(img, "png", png.toFile());
                img.flush();
                TesseractOCRConfig pageConfig = forPage(config, left);
                ParseContext ctx = new ParseContext();
                ctx.set(TesseractOCRConfig.class, pageConfig);
                Metadata md = new Metadata();
                md.set(Metadata.CONTENT_TYPE, "image/png");
                List<PdfLine> pageLines;
                try (TikaInputStream in = TikaInputStream.get(png)) {
                    if (pageConfig.getOutputType() == TesseractOCRConfig.OUTPUT_TYPE.HOCR) {
                        HocrLines hocr = new HocrLines(i + 1, 72.0 / pageDpi);
                        tesseract.get().parse(in, hocr, md, ctx);
                        pageLines = hocr.lines();
                    } else {
                        BodyContentHandler text = new BodyContentHandler(-1);
                        tesseract.get().parse(in, text, md, ctx);
                        pageLines = new ArrayList<>();
                        for (String line : text.toString().split("\\R")) {
                            if (!line.isBlank()) {
                                pageLines.add(PdfLine.of(i + 1, line.strip()));
                            }
                        }
                    }
                }
                for (PdfLine l : pageLines) {
                    chars += l.text().length();
                    if (chars > budget.maxChars()) {
                        throw new PdfTextLayer.TooMuchText(budget.maxChars());
                    }
                    lines.add(l);
                }
            }
            return lines;
        } finally {
            deleteTree(dir);
        }
    }

    /** The caller's settings, with hOCR output and the time left (Tesseract's own time-out kills the child). */
    private static TesseractOCRConfig forPage(TesseractOCRConfig base, long leftNanos) {
        TesseractOCRConfig c = new TesseractOCRConfig();
        c.setLanguage(base.getLanguage());
        c.setPageSegMode(base.getPageSegMode());
        c.setOutputType(base.getOutputType());
        c.setTimeoutSeconds((int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toSeconds(leftNanos))));
        // chi_sim's own config keeps the spaces (Tika's default turns it off): their width tells the paragraph builder
        // where a line stops short; without them the corpus scans read with precision 0.71 instead of 0.80
        c.setPreserveInterwordSpacing(true);
        c.setApplyRotation(false);
        c.setEnableImagePreprocessing(false);
        return c;
    }

    /**
     * The resolution to render a page at: the given one, or with 0 the scan's own (its largest image's pixels per
     * inch of page width, 150–400): rendering a 150-dpi scan at 300 dpi only interpolates, and on the corpus
     * scans it read worse (mean paragraph similarity 0.957 against 0.978) and slower.
     */
    private static int dpiFor(PDPage page, int dpi) {
        if (dpi > 0) {
            return dpi;
        }
        double widthInches = page.getMediaBox().getWidth() / 72.0;
        int best = 0;
        try {
            PDResources res = page.getResources();
            if (res != null) {
                for (COSName name : res.getXObjectNames()) {
                    if (res.getXObject(name) instanceof PDImageXObject img && widthInches > 0) {
                        best = Math.max(best, (int) Math.round(img.getWidth() / widthInches));
                    }
                }
            }
        } catch (IOException e) {
            best = 0;
        }
        return best == 0 ? DEFAULT_DPI : Math.max(150, Math.min(400, best));
    }

    /** Whether any page draws an image (directly or inside a form): only then is there something to OCR. */
    static boolean hasImages(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            if (hasImages(page.getResources(), 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasImages(PDResources res, int depth) {
        if (res == null || depth > 3) {
            return false;
        }
        try {
            for (COSName name : res.getXObjectNames()) {
                var x = res.getXObject(name);
                if (x instanceof PDImageXObject) {
                    return true;
                }
                if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                        && hasImages(form.getResources(), depth + 1)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return true; // unreadable resources: let OCR try
        }
        return false;
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // temp files; the OS cleans up what remains
        }
        dir.toFile().delete();
    }
}
