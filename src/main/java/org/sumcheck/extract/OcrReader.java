package org.sumcheck.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a scanned PDF: each page rendered by PDFBox and read by the Tesseract command line with the
 * simplified-Chinese model, page segmentation mode 6 (one uniform block reads these one-column pages in order; the
 * default, 3, cuts lines into column fragments).
 *
 * <p>Tesseract runs as a child process with {@code OMP_THREAD_LIMIT=1}: with its default OpenMP threads a page took
 * 24–27 s on this 2-core machine, single-threaded 4–6 s. Tika's TesseractOCRParser starts the same command but
 * cannot set the child's environment, and a child we start ourselves can be killed when the watchdog abandons the
 * file. Thread-safe.
 */
final class OcrReader {
    /** How OCR runs: Tesseract language(s), page segmentation mode, render resolution (0: the scan's own). */
    record Settings(String language, String pageSegMode, int dpi) {
    }

    /** Render resolution when a page has no scan image to measure. */
    static final int DEFAULT_DPI = 300;

    private final Settings settings;
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

    /** The lines of every page, page by page; {@link InterruptedIOException} when abandoned or out of time. */
    List<PdfLine> read(PDDocument doc, long maxChars, long deadlineNanos) throws IOException {
        PDFRenderer renderer = new PDFRenderer(doc);
        List<PdfLine> lines = new ArrayList<>();
        long chars = 0;
        Path dir = Files.createTempDirectory("sumcheck-ocr");
        try {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("extraction abandoned");
                }
                BufferedImage img = renderer.renderImageWithDPI(i, dpiFor(doc.getPage(i)), ImageType.GRAY);
                Path png = dir.resolve("page" + (i + 1) + ".png");
                ImageIO.write(img, "png", png.toFile());
                img.flush();
                String text = tesseract(png, dir.resolve("page" + (i + 1)), deadlineNanos);
                for (String line : text.split("\\R")) {
                    String t = line.strip();
                    if (!t.isEmpty()) {
                        chars += t.length();
                        if (chars > maxChars) {
                            throw new PdfTextLayer.TooMuchText(maxChars);
                        }
                        lines.add(PdfLine.of(i + 1, t));
                    }
                }
            }
            return lines;
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * The resolution to render a page at: the given one, or with 0 the scan's own (its largest image's pixels per
     * inch of page width, 150–400): rendering a 150-dpi scan at 300 dpi only interpolates, and on the corpus
     * scans it read worse (mean paragraph similarity 0.957 against 0.978) and slower.
     */
    private int dpiFor(PDPage page) {
        if (settings.dpi() > 0) {
            return settings.dpi();
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

    private String tesseract(Path png, Path outBase, long deadlineNanos) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("tesseract", png.toString(), outBase.toString(),
                "-l", settings.language(), "--psm", settings.pageSegMode());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0 || !p.waitFor(left, TimeUnit.NANOSECONDS)) {
                throw new InterruptedIOException("OCR ran out of time");
            }
            if (p.exitValue() != 0) {
                throw new IOException("tesseract exited with " + p.exitValue());
            }
            return Files.readString(Path.of(outBase + ".txt"), StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("extraction abandoned");
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // temp files; the OS cleans up what remains
        }
        dir.toFile().delete();
    }

    /** Null when `tesseract` runs and has the language(s); else the reason. */
    private static String probe(String language) {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "tesseract did not answer";
            }
            List<String> langs = new String(out, StandardCharsets.UTF_8).lines().map(String::strip).toList();
            for (String l : language.split("\\+")) {
                if (!langs.contains(l)) {
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
