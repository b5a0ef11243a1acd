package org.sumcheck.extract;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.sumcheck.document.Document;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.SourceFormat;

/**
 * PDF: the text layer as lines with geometry ({@link PdfTextLayer}) rebuilt into paragraphs
 * ({@link PdfParagraphBuilder}); a PDF without a text layer is read with OCR ({@link OcrReader}) when Tesseract is
 * installed, else fails with {@code no-text}. A PDF that needs a password fails with {@code encrypted}; one with only
 * an owner password opens and is read. Thread-safe.
 */
final class PdfReader {
    /** A PDF with fewer visible characters than this per page has no real text layer (a scan). */
    private static final int MIN_CHARS_PER_PAGE = 8;

    private final boolean ocrEnabled;
    private final Lazy<OcrReader> ocr;

    PdfReader(boolean ocrEnabled, Lazy<OcrReader> ocr) {
        this.ocrEnabled = ocrEnabled;
        this.ocr = ocr;
    }

    Document readPdf(Path file, ExtractionLimits limits, long deadline) throws ExtractionException {
        if (!endsWithEof(file)) {
            // PDFBox would patch a cut-off file together from what it finds; a reviewer should get the whole file
            throw new ExtractionException(ErrorCode.CORRUPT, "truncated PDF: no %%EOF marker at the end");
        }
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new ExtractionException(ErrorCode.EMPTY, "PDF has no pages");
            }
            List<PdfLine> lines = PdfTextLayer.read(doc, limits.maxChars());
            long visible = lines.stream().mapToLong(l -> l.text().replaceAll("\\s", "").length()).sum();
            boolean ocrUsed = false;
            if (visible < (long) MIN_CHARS_PER_PAGE * pages) {
                if (visible == 0 && !OcrReader.hasImages(doc)) {
                    throw new ExtractionException(ErrorCode.EMPTY, "PDF pages hold neither text nor images");
                }
                if (!ocrEnabled) {
                    throw new ExtractionException(ErrorCode.NO_TEXT, "no text layer; OCR is switched off");
                }
                OcrReader reader = ocr.get();
                if (!reader.available()) {
                    throw new ExtractionException(ErrorCode.NO_TEXT, "no text layer; " + reader.unavailableReason());
                }
                lines = reader.read(doc, limits.maxChars(), deadline);
                ocrUsed = true;
            }
            List<Paragraph> ps = new ArrayList<>();
            for (PdfParagraphBuilder.Built b : PdfParagraphBuilder.build(lines, doc.getPage(0).getMediaBox().getWidth())) {
                String text = ocrUsed ? CjkText.normalizeOcr(b.text()) : b.text();
                if (!text.isBlank()) {
                    ps.add(new Paragraph(ps.size(), text, b.page(), 0));
                }
            }
            if (ps.isEmpty()) {
                throw new ExtractionException(ocrUsed ? ErrorCode.NO_TEXT : ErrorCode.EMPTY,
                        ocrUsed ? "OCR found no text" : "no text");
            }
            return new Document(ps, pages, SourceFormat.PDF, ocrUsed, List.of());
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(ErrorCode.ENCRYPTED, "PDF needs a password to open", e);
        } catch (PdfTextLayer.TooMuchText e) {
            throw new ExtractionException(ErrorCode.TOO_LARGE, "text " + e.getMessage(), e);
        } catch (InterruptedIOException e) {
            throw new ExtractionException(ErrorCode.TIMEOUT, "abandoned", e);
        } catch (ExtractionException e) {
            throw e;
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionException(ErrorCode.TOO_LARGE, "more than " + limits.maxChars() + " characters", e);
            }
            throw new ExtractionException(ErrorCode.CORRUPT, Failures.describe(e), e);
        }
    }

    /** Whether "%%EOF" occurs in the last KiB, where every complete PDF has it (junk may follow it). */
    private static boolean endsWithEof(Path file) throws ExtractionException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            int n = (int) Math.min(1024, size);
            ByteBuffer buf = ByteBuffer.allocate(n);
            ch.position(size - n);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // read the tail
            }
            String tail = new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
            return tail.contains("%%EOF");
        } catch (IOException e) {
            throw new ExtractionException(ErrorCode.READ_ERROR, Failures.describe(e), e);
        }
    }
}
