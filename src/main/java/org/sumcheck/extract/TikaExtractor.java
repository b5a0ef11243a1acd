package org.sumcheck.extract;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.mime.MediaTypeRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.document.Document;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.document.Note;
import org.sumcheck.document.SourceFormat;
import org.xml.sax.SAXException;

/**
 * Reads .docx, .doc, .pdf (text layer, or OCR for scans) and plain text into the pure {@link Document}.
 *
 * <p>The type comes from the bytes (Tika's detector), not the name; a mislabelled file is read as what it is, with
 * a note. .docx, .doc and .pdf are read through Tika's parser API: an AutoDetectParser made from
 * {@code tika-config.xml} ({@link DocxParser}, {@link DocParser}, {@link PdfParser}; scans through Tika's
 * TesseractOCRParser), a ParseContext carrying OfficeParserConfig (tracked changes as they stand: deleted and
 * moved-away text left out), PDFParserConfig (OCR on or off, its resolution) and TesseractOCRConfig (language, page
 * segmentation), and one SAX handler, {@link DocumentBuilder}, that builds the pure model from Tika's XHTML. Plain
 * text is decoded here ({@link PlainTextReader}). Every parse runs on a worker thread watched by the caller: past
 * {@code limits.timeout()} the worker is interrupted and abandoned and the file fails with {@code timeout}.
 *
 * <p>Thread-safe: one instance serves a whole batch; parsers are created once, lazily, per type. Close it at the
 * end of the batch to release the worker threads.
 */
public final class TikaExtractor implements Extractor {
    private static final Logger log = LoggerFactory.getLogger(TikaExtractor.class);

    /**
     * Options of the extractor.
     *
     * @param ocr          read PDFs without a text layer with Tesseract when it is installed
     * @param ocrLanguage  Tesseract language(s). "chi_sim" alone: adding "eng" read the corpus scans worse
     *                     (（三） became "(=)") and 50 % slower; chi_sim reads Latin letters and digits too
     * @param ocrDpi       resolution pages are rendered at for OCR; 0 = the scan's own resolution
     * @param tempRoot     where OCR page images are written while a scan is read (always removed after);
     *                     null = the system's temporary folder. The server passes its {@code --temp-dir}, so an
     *                     upload's pages stay where its upload is.
     */
    public record Options(boolean ocr, String ocrLanguage, int ocrDpi, java.nio.file.Path tempRoot) {
        public static final Options DEFAULT = new Options(true, "chi_sim", 0);

        public Options(boolean ocr, String ocrLanguage, int ocrDpi) {
            this(ocr, ocrLanguage, ocrDpi, null);
        }

        public Options withTempRoot(java.nio.file.Path dir) {
            return new Options(ocr, ocrLanguage, ocrDpi, dir);
        }
    }

    private final Options options;
    private final ExecutorService workers;
    private final Lazy<Detector> detector = new Lazy<>(DefaultDetector::new);
    private final Lazy<MediaTypeRegistry> registry = new Lazy<>(MediaTypeRegistry::getDefaultRegistry);
    private final Lazy<OcrPages> ocr = new Lazy<>(OcrPages::new);
    private final Lazy<Parser> parser = new Lazy<>(TikaExtractor::parser);

    public TikaExtractor() {
        this(Options.DEFAULT);
    }

    public TikaExtractor(Options options) {
        this.options = options;
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
        return options.ocr() && ocr.get().unavailableReason(options.ocrLanguage()) == null;
    }

    @Override
    public Document extract(Path file, ExtractionLimits limits) throws ExtractionException {
        long size = checkFile(file, limits);
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        Future<Document> job;
        try {
            job = workers.submit(() -> read(file, size, limits, deadline));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new IllegalStateException("extractor is closed", e);
        }
        try {
            Document d = job.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (System.nanoTime() - deadline > 0) {
                throw new TimeoutException(); // finished, but only after the limit: the limit is the limit
            }
            return d;
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
            throw new ExtractionException(ErrorCode.CORRUPT, Failures.describe(c), c);
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
            throw new ExtractionException(ErrorCode.READ_ERROR, Failures.describe(e), e);
        }
    }

    /** Runs on a worker thread. */
    private Document read(Path file, long size, ExtractionLimits limits, long deadline) throws ExtractionException {
        MediaType type;
        try {
            type = ContentType.detect(detector::get, file);
        } catch (IOException e) {
            throw new ExtractionException(ErrorCode.READ_ERROR, Failures.describe(e), e);
        }
        SourceFormat claimed = ContentType.claimedBy(file);
        SourceFormat format = ContentType.formatOf(type, registry::get);
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
        if (format == SourceFormat.OTHER && claimed == SourceFormat.TEXT && textBytes != null) {
            throw new ExtractionException(ErrorCode.UNKNOWN_ENCODING,
                    "text in none of the encodings read (UTF-8, UTF-16, GB18030, Big5)");
        }
        if (format == SourceFormat.OTHER) {
            boolean ours = claimed != null;
            throw new ExtractionException(ours ? ErrorCode.CORRUPT : ErrorCode.UNSUPPORTED_TYPE,
                    (ours ? "not a readable " + ContentType.extension(file) + " file; content is " : "content is ") + type);
        }
        List<Note> notes = new ArrayList<>();
        if (claimed != null && claimed != format) {
            notes.add(Note.of("extract.note.mislabelled", "extract.format." + format.id(), ContentType.extension(file)));
        }
        Document d = switch (format) {
            case DOCX, DOC, PDF -> parse(file, type, format, limits, deadline);
            case TEXT -> {
                if (size / 4 > limits.maxChars()) { // even at 4 bytes a character it would pass the limit
                    throw new ExtractionException(ErrorCode.TOO_LARGE,
                            "text of " + size + " bytes has more than " + limits.maxChars() + " characters");
                }
                yield readText(textBytes != null ? textBytes : readAll(file), limits);
            }
            case OTHER -> throw new IllegalStateException();
        };
        if (d.ocr()) {
            notes.add(Note.of("extract.note.ocr"));
        }
        notes.addAll(d.notes());
        return Failures.nonEmpty(new Document(LineBreaks.removed(d.paragraphs()), d.pages(), d.format(), d.ocr(), notes));
    }

    /** Our TikaConfig: the detector and parsers named in tika-config.xml. */
    private static Parser parser() {
        try (InputStream in = TikaExtractor.class.getResourceAsStream("tika-config.xml")) {
            return new AutoDetectParser(new TikaConfig(in));
        } catch (IOException | SAXException | TikaException e) {
            throw new IllegalStateException("tika-config.xml of the jar is unreadable", e);
        }
    }

    private ParseContext context(ExtractionLimits limits, long deadline) {
        ParseContext ctx = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);       // the streaming extractor: the only one that honours the next two
        office.setIncludeDeletedContent(false);    // tracked changes read as they stand
        office.setIncludeMoveFromContent(false);
        office.setIncludeHeadersAndFooters(true);  // kept apart from the body, checked on their own
        office.setIncludeShapeBasedContent(false); // text boxes: not body text (as Word's body reading)
        ctx.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(options.ocr() ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setOcrDPI(options.ocrDpi());
        ctx.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        try {
            tesseract.setLanguage(options.ocrLanguage());
        } catch (IllegalArgumentException e) {
            tesseract.setSkipOcr(true); // not a Tesseract language name: no model can exist for it
        }
        tesseract.setPageSegMode("6");
        // Tesseract's text output: its spacing keeps how far apart the pieces of a line stand, which the paragraph
        // builder reads; the hOCR boxes (HocrLines) read the corpus scans no better (precision 0.70 against 0.80)
        tesseract.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.TXT);
        ctx.set(TesseractOCRConfig.class, tesseract);
        ctx.set(ParseBudget.class, new ParseBudget(limits.maxChars(), deadline, options.tempRoot()));
        return ctx;
    }

    /** A .docx, .doc or .pdf through Tika into the model; the type is the one already detected. */
    private Document parse(Path file, MediaType type, SourceFormat format, ExtractionLimits limits, long deadline)
            throws ExtractionException {
        DocumentBuilder builder = new DocumentBuilder(limits.maxChars());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.get().parse(in, builder, metadata, context(limits, deadline));
        } catch (NoSuchFileException e) {
            throw new ExtractionException(ErrorCode.NOT_FOUND, Failures.describe(e), e);
        } catch (AccessDeniedException e) {
            throw new ExtractionException(ErrorCode.READ_ERROR, Failures.describe(e), e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw OfficeFailures.classify(e);
        }
        boolean ocrUsed = Boolean.parseBoolean(metadata.get(Xhtml.OCR));
        return Failures.nonEmpty(new Document(builder.paragraphs(), builder.pages(), format, ocrUsed, List.of()));
    }

    private static Document readText(byte[] bytes, ExtractionLimits limits) throws ExtractionException {
        PlainTextReader.Decoded d = PlainTextReader.decode(bytes);
        if (d == null || !PlainTextReader.looksLikeText(d.text())) {
            throw new ExtractionException(ErrorCode.UNKNOWN_ENCODING,
                    "text in none of the encodings read (UTF-8, UTF-16, GB18030, Big5)");
        }
        if (d.text().length() > limits.maxChars()) {
            throw new ExtractionException(ErrorCode.TOO_LARGE, "text has " + d.text().length() + " characters, limit " + limits.maxChars());
        }
        // a reviewer should know a legacy file was read by guess, in case the guess is wrong
        List<Note> notes = d.guessed() ? List.of(Note.of("extract.note.encoding", d.charset().name())) : List.of();
        return Failures.nonEmpty(new Document(PlainTextReader.paragraphs(d.text()), 0, SourceFormat.TEXT, false, notes));
    }

    private static byte[] readAll(Path file) throws ExtractionException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExtractionException(ErrorCode.NOT_FOUND, Failures.describe(e), e);
        } catch (AccessDeniedException e) {
            throw new ExtractionException(ErrorCode.READ_ERROR, Failures.describe(e), e);
        } catch (IOException e) {
            throw new ExtractionException(ErrorCode.READ_ERROR, Failures.describe(e), e);
        }
    }
}
