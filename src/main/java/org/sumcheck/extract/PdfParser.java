package org.sumcheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.XHTMLContentHandler;
import org.sumcheck.document.ErrorCode;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika parser for PDF, registered in {@code tika-config.xml} in place of Tika's PDFParser: one
 * {@code <div class="page">} per page as Tika writes them, but with paragraphs rebuilt from the printed lines and
 * their geometry ({@link PdfTextLayer}, {@link PdfParagraphBuilder}) where Tika's PDF2XHTML merges a heading with
 * the next paragraph, breaks paragraphs at every line and at page ends, and keeps page numbers and running
 * headers. A paragraph goes into the page it starts on. A PDF without a text layer is read with OCR
 * ({@link OcrPages}, through Tika's TesseractOCRParser) unless the context's {@link PDFParserConfig} says
 * {@code NO_OCR}. Failures carry their {@link ErrorCode} as the cause of the TikaException.
 */
public final class PdfParser extends AbstractParser {
    private static final long serialVersionUID = 1L;
    private static final Set<MediaType> TYPES = Set.of(ContentType.PDF);
    /** A PDF with fewer visible characters than this per page has no real text layer (a scan). */
    private static final int MIN_CHARS_PER_PAGE = 8;

    private final OcrPages ocr = new OcrPages();

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        try {
            Path file = TikaInputStream.get(stream).getPath();
            read(file, handler, metadata, context);
        } catch (ExtractionException e) {
            throw new TikaException(e.getMessage(), e);
        }
    }

    private void read(Path file, ContentHandler handler, Metadata metadata, ParseContext context)
            throws ExtractionException, SAXException {
        ParseBudget budget = context.get(ParseBudget.class, ParseBudget.NONE);
        long maxChars = budget.maxChars();
        PDFParserConfig pdfConfig = context.get(PDFParserConfig.class, new PDFParserConfig());
        boolean ocrEnabled = pdfConfig.getOcrStrategy() != PDFParserConfig.OCR_STRATEGY.NO_OCR;
        if (!endsWithEof(file)) {
            // PDFBox would patch a cut-off file together from what it finds; a reviewer should get the whole file
            throw new ExtractionException(ErrorCode.CORRUPT, "truncated PDF: no %%EOF marker at the end");
        }
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new ExtractionException(ErrorCode.EMPTY, "PDF has no pages");
            }
            List<PdfLine> lines = PdfTextLayer.read(doc, maxChars);
            long visible = lines.stream().mapToLong(l -> l.text().replaceAll("\\s", "").length()).sum();
            boolean ocrUsed = false;
            if (visible < (long) MIN_CHARS_PER_PAGE * pages) {
                if (visible == 0 && !OcrPages.hasImages(doc)) {
                    throw new ExtractionException(ErrorCode.EMPTY, "PDF pages hold neither text nor images");
                }
                if (!ocrEnabled) {
                    throw new ExtractionException(ErrorCode.NO_TEXT, "no text layer; OCR is switched off");
                }
                TesseractOCRConfig ocrConfig = context.get(TesseractOCRConfig.class, new TesseractOCRConfig());
                String unavailable = ocrConfig.isSkipOcr()
                        ? "tesseract has no model for the configured OCR language"
                        : ocr.unavailableReason(ocrConfig.getLanguage());
                if (unavailable != null) {
                    throw new ExtractionException(ErrorCode.NO_TEXT, "no text layer; " + unavailable);
                }
                lines = ocr.read(doc, pdfConfig.getOcrDPI(), ocrConfig, budget);
                ocrUsed = true;
            }
            List<List<String>> byPage = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                byPage.add(new ArrayList<>());
            }
            boolean any = false;
            for (PdfParagraphBuilder.Built b : PdfParagraphBuilder.build(lines, doc.getPage(0).getMediaBox().getWidth())) {
                String text = ocrUsed ? CjkText.normalizeOcr(b.text()) : b.text();
                if (!text.isBlank() && b.page() >= 1 && b.page() <= pages) {
                    byPage.get(b.page() - 1).add(text);
                    any = true;
                }
            }
            if (!any) {
                throw new ExtractionException(ocrUsed ? ErrorCode.NO_TEXT : ErrorCode.EMPTY,
                        ocrUsed ? "OCR found no text" : "no text");
            }
            metadata.set(Xhtml.OCR, ocrUsed);
            metadata.set(Xhtml.PAGES, pages);
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            for (List<String> page : byPage) {
                xhtml.startElement("div", "class", Xhtml.PAGE);
                for (String p : page) {
                    xhtml.element("p", p);
                }
                xhtml.endElement("div");
            }
            xhtml.endDocument();
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(ErrorCode.ENCRYPTED, "PDF needs a password to open", e);
        } catch (PdfTextLayer.TooMuchText e) {
            throw new ExtractionException(ErrorCode.TOO_LARGE, "text " + e.getMessage(), e);
        } catch (InterruptedIOException e) {
            throw new ExtractionException(ErrorCode.TIMEOUT, "abandoned", e);
        } catch (ExtractionException | SAXException e) {
            throw e;
        } catch (Exception e) {
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
