package org.sumcheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.SourceFormat;
import org.sumcheck.report.ErrorCode;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;

/**
 * Reads .docx, .doc, .pdf (text layer, or OCR for scans) and plain text into the pure {@link Document}.
 *
 * <p>The type comes from the bytes (Tika's detector), not the name; a mislabelled file is read as what it is, with
 * a note. .docx is read with POI XWPF (numbering, heading styles, no comments or headers), .pdf with PDFBox lines
 * rebuilt into paragraphs by {@link PdfParagraphBuilder}, scans with Tesseract ({@link OcrReader}), .doc with Tika's
 * OfficeParser. Every parse runs on a worker thread watched by the caller: past {@code limits.timeout()} the worker
 * is interrupted and abandoned and the file fails with {@code timeout}.
 *
 * <p>Thread-safe: one instance serves a whole batch; parsers are created once, lazily, per type. Close it at the
 * end of the batch to release the worker threads.
 */
public final class TikaExtractor implements Extractor {
    private static final Logger log = LoggerFactory.getLogger(TikaExtractor.class);
    /** A PDF with fewer visible characters than this per page has no real text layer (a scan). */
    private static final int MIN_CHARS_PER_PAGE = 8;

    /**
     * Options of the extractor.
     *
     * @param ocr          read PDFs without a text layer with Tesseract when it is installed
     * @param ocrLanguage  Tesseract language(s). "chi_sim" alone: adding "eng" read the corpus scans worse
     *                     (（三） became "(=)") and 50 % slower; chi_sim reads Latin letters and digits too
     * @param ocrDpi       resolution pages are rendered at for OCR; 0 = the scan's own resolution
     */
    public record Options(boolean ocr, String ocrLanguage, int ocrDpi) {
        public static final Options DEFAULT = new Options(true, "chi_sim", 0);
    }

    private final Options options;
    private final Messages messages;
    private final ExecutorService workers;
    private final Lazy<Detector> detector = new Lazy<>(DefaultDetector::new);
    private final Lazy<MediaTypeRegistry> registry = new Lazy<>(MediaTypeRegistry::getDefaultRegistry);
    private final Lazy<OfficeParser> officeParser = new Lazy<>(OfficeParser::new);
    private final Lazy<OcrReader> ocr;

    public TikaExtractor() {
        this(Options.DEFAULT);
    }

    public TikaExtractor(Options options) {
        this.options = options;
        this.messages = Messages.builtIn();
        this.ocr = new Lazy<>(() -> new OcrReader(new OcrReader.Settings(options.ocrLanguage(), "6", options.ocrDpi())));
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "sumcheck-extract-" + n.incrementAndGet());
            t.setDaemon(true); // an abandoned (timed-out) parse must not keep the JVM alive
            return t;
        };
        this.workers = Executors.newCachedThreadPool(tf);
    }

    /** Whether scanned PDFs can be read here (tesseract with the language installed); probes once. */
    public boolean ocrAvailable() {
        return options.ocr() && ocr.get().available();
    }

    @Override
    public Document extract(Path file, ExtractionLimits limits) throws ExtractionException {
        long size = checkFile(file, limits);
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        Future<Document> job = workers.submit(() -> read(file, size, limits, deadline));
        try {
            return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new ExtractionException(ErrorCode.TIMEOUT, "parsing took longer than " + limits.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(ErrorCode.TIMEOUT, "interrupted");
        } catch (CancellationException e) {
            throw new ExtractionException(ErrorCode.TIMEOUT, "cancelled");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ExtractionException ee) {
                throw ee;
            }
            if (c instanceof StackOverflowError) {
                throw new ExtractionException(ErrorCode.CORRUPT, "structure nested too deeply to read (stack overflow)", c);
            }
            if (c instanceof OutOfMemoryError) {
                throw new ExtractionException(ErrorCode.TOO_LARGE, "parsing ran out of memory", c);
            }
            throw new ExtractionException(ErrorCode.CORRUPT, describe(c), c);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static long checkFile(Path file, ExtractionLimits limits) throws ExtractionException {
        try {
            if (!Files.exists(file)) {
                throw new ExtractionException(ErrorCode.NOT_FOUND, "no such file: " + file);
            }
            if (!Files.isRegularFile(file)) {
                throw new ExtractionException(ErrorCode.READ_ERROR, "not a regular file: " + file);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ExtractionException(ErrorCode.EMPTY, "0 bytes");
            }
            if (size > limits.maxFileBytes()) {
                throw new ExtractionException(ErrorCode.TOO_LARGE,
                        "file is " + size + " bytes, limit " + limits.maxFileBytes());
            }
            if (!Files.isReadable(file)) {
                throw new ExtractionException(ErrorCode.READ_ERROR, "not readable: " + file);
            }
            return size;
        } catch (IOException e) {
            throw new ExtractionException(ErrorCode.READ_ERROR, describe(e), e);
        }
    }

    /** Runs on a worker thread. */
    private Document read(Path file, long size, ExtractionLimits limits, long deadline) throws ExtractionException {
        MediaType type;
        try {
            type = ContentType.detect(detector.get(), file);
        } catch (IOException e) {
            throw new ExtractionException(ErrorCode.READ_ERROR, describe(e), e);
        }
        SourceFormat claimed = ContentType.claimedBy(file);
        SourceFormat format = ContentType.formatOf(type, registry.get());
        log.debug("{}: detected {} ({}), name says {}", file, type, format, claimed);
        if (type.equals(ContentType.OOXML_PROTECTED)) {
            throw new ExtractionException(ErrorCode.ENCRYPTED, "password-protected Office document");
        }
        byte[] textBytes = null;
        if (format == SourceFormat.OTHER && type.equals(MediaType.OCTET_STREAM) && size <= limits.maxFileBytes()) {
            // Tika calls UTF-16 without a BOM and some GBK text "octet-stream": give the text reader a chance
            textBytes = readAll(file);
            PlainTextReader.Decoded d = PlainTextReader.decode(textBytes);
            if (d != null && PlainTextReader.looksLikeText(d.text())) {
                format = SourceFormat.TEXT;
            }
        }
        if (format == SourceFormat.OTHER) {
            boolean ours = claimed != null;
            throw new ExtractionException(ours ? ErrorCode.CORRUPT : ErrorCode.UNSUPPORTED_TYPE,
                    (ours ? "not a readable " + ContentType.extension(file) + " file; content is " : "content is ") + type);
        }
        List<String> notes = new ArrayList<>();
        if (claimed != null && claimed != format) {
            notes.add(note("extract.note.mislabelled", formatName(Lang.ZH, format), formatName(Lang.EN, format),
                    ContentType.extension(file)));
        }
        Document d = switch (format) {
            case DOCX -> readDocx(file, limits);
            case DOC -> readDoc(file, limits);
            case PDF -> readPdf(file, limits, deadline);
            case TEXT -> readText(textBytes != null ? textBytes : readAll(file), limits);
            case OTHER -> throw new IllegalStateException();
        };
        if (d.ocr()) {
            notes.add(note("extract.note.ocr"));
        }
        notes.addAll(d.notes());
        return new Document(d.paragraphs(), d.pages(), d.format(), d.ocr(), notes);
    }

    private Document readDocx(Path file, ExtractionLimits limits) throws ExtractionException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XWPFDocument doc = new XWPFDocument(pkg);
            List<Paragraph> ps = DocxReader.read(doc, limits.maxChars());
            return nonEmpty(new Document(ps, 0, SourceFormat.DOCX, false, List.of()));
        } catch (DocxReader.TooMuchText e) {
            throw new ExtractionException(ErrorCode.TOO_LARGE, "text " + e.getMessage(), e);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(ErrorCode.ENCRYPTED, describe(e), e);
        } catch (ExtractionException e) {
            throw e;
        } catch (Exception e) {
            throw officeFailure(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** Zip bombs and entity expansions surface from POI as exceptions somewhere in the cause chain. */
    private static ExtractionException officeFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("entry size")) {
                return new ExtractionException(ErrorCode.TOO_LARGE, "zip bomb refused: a part inflates beyond the limits", e);
            }
            if (m.contains("doctype") || m.contains("entity")) {
                return new ExtractionException(ErrorCode.CORRUPT, "XML with a DOCTYPE or entities refused", e);
            }
            if (t instanceof InterruptedIOException) {
                return new ExtractionException(ErrorCode.TIMEOUT, "abandoned", e);
            }
        }
        return new ExtractionException(ErrorCode.CORRUPT, describe(e), e);
    }

    private Document readDoc(Path file, ExtractionLimits limits) throws ExtractionException {
        BodyTextHandler body = new BodyTextHandler();
        ParseContext ctx = new ParseContext();
        OfficeParserConfig cfg = new OfficeParserConfig();
        cfg.setIncludeHeadersAndFooters(false);
        cfg.setIncludeDeletedContent(false);
        cfg.setIncludeMoveFromContent(false);
        cfg.setExtractMacros(false);
        ctx.set(OfficeParserConfig.class, cfg);
        int limit = (int) Math.min(Integer.MAX_VALUE, limits.maxChars());
        try (InputStream in = TikaInputStream.get(file)) {
            officeParser.get().parse(in, new WriteOutContentHandler(body, limit), new Metadata(), ctx);
        } catch (org.apache.tika.exception.EncryptedDocumentException e) {
            throw new ExtractionException(ErrorCode.ENCRYPTED, describe(e), e);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionException(ErrorCode.TOO_LARGE, "more than " + limits.maxChars() + " characters", e);
            }
            throw officeFailure(e);
        }
        return nonEmpty(new Document(body.paragraphs(), 0, SourceFormat.DOC, false, List.of()));
    }

    private Document readPdf(Path file, ExtractionLimits limits, long deadline) throws ExtractionException {
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
                if (!options.ocr()) {
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
            throw new ExtractionException(ErrorCode.CORRUPT, describe(e), e);
        }
    }

    /** Whether "%%EOF" occurs in the last KiB, where every complete PDF has it (junk may follow it). */
    private static boolean endsWithEof(Path file) throws ExtractionException {
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            int n = (int) Math.min(1024, size);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(n);
            ch.position(size - n);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // read the tail
            }
            String tail = new String(buf.array(), 0, buf.position(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return tail.contains("%%EOF");
        } catch (IOException e) {
            throw new ExtractionException(ErrorCode.READ_ERROR, describe(e), e);
        }
    }

    private static Document readText(byte[] bytes, ExtractionLimits limits) throws ExtractionException {
        PlainTextReader.Decoded d = PlainTextReader.decode(bytes);
        if (d == null || !PlainTextReader.looksLikeText(d.text())) {
            throw new ExtractionException(ErrorCode.CORRUPT, "text in no known encoding (UTF-8, UTF-16, GB18030)");
        }
        if (d.text().length() > limits.maxChars()) {
            throw new ExtractionException(ErrorCode.TOO_LARGE, "text has " + d.text().length() + " characters, limit " + limits.maxChars());
        }
        return nonEmpty(new Document(PlainTextReader.paragraphs(d.text()), 0, SourceFormat.TEXT, false, List.of()));
    }

    private static Document nonEmpty(Document d) throws ExtractionException {
        if (d.paragraphs().isEmpty()) {
            throw new ExtractionException(ErrorCode.EMPTY, "no text");
        }
        return d;
    }

    private static byte[] readAll(Path file) throws ExtractionException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExtractionException(ErrorCode.NOT_FOUND, describe(e), e);
        } catch (AccessDeniedException e) {
            throw new ExtractionException(ErrorCode.READ_ERROR, describe(e), e);
        } catch (IOException e) {
            throw new ExtractionException(ErrorCode.READ_ERROR, describe(e), e);
        }
    }

    private String formatName(Lang lang, SourceFormat f) {
        return messages.get(lang, "extract.format." + f.id());
    }

    /** A note in Chinese and English: "中文 / English". Args: {0} zh, then the rest shared. */
    private String note(String key, String formatZh, String formatEn, String ext) {
        return messages.get(Lang.ZH, key, formatZh, ext) + " / " + messages.get(Lang.EN, key, formatEn, ext);
    }

    private String note(String key) {
        return messages.get(Lang.ZH, key) + " / " + messages.get(Lang.EN, key);
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 300 ? m.substring(0, 300) + "…" : m));
    }

    /** A value made on first use, at most once, safely across threads. */
    private static final class Lazy<T> {
        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
