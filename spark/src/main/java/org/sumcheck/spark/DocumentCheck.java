package org.sumcheck.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.check.Checker;
import org.sumcheck.cli.Version;
import org.sumcheck.extract.Extractor;
import org.sumcheck.extract.IsolatedExtractor;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.report.FileError;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.report.Severity;
import org.sumcheck.render.ReportText;
import org.sumcheck.rules.Config;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;

/**
 * The executor side: turns listed inputs into result rows with the core's {@link Checker}, the very code behind
 * {@code sumcheck check}. The checker (rule base, extractor and its worker processes) is built once per executor
 * JVM and kept for the JVM's life; each document still gets its own rule session inside {@link Checker#check}.
 * A row never throws: a file that vanished, is too large, corrupt or hostile becomes a failed row with sumcheck's
 * error code, so the task, and the job, go on.
 */
final class DocumentCheck {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentCheck.class);

    /**
     * One per executor JVM. Spark gives a task no other place that lives longer than the task; building the rule
     * network per partition costs 1-3 s cold (SCALEOUT-NOTES §3). Keyed by {@link JobSettings#checkerKey()}, so a
     * JVM that runs jobs with other rules (tests in one JVM, local mode) gets the right checker.
     */
    private static volatile Prepared prepared;
    private static final Object LOCK = new Object();

    /** A checker with what turning its results into rows needs. */
    record Prepared(String key, Checker checker, Extractor extractor, ReportText zh, ReportText en,
                    java.nio.file.Path tempRoot) {
    }

    private DocumentCheck() {
    }

    static Prepared prepared(JobSettings settings) {
        Prepared p = prepared;
        String key = settings.checkerKey();
        if (p != null && p.key().equals(key)) {
            return p;
        }
        synchronized (LOCK) {
            p = prepared;
            if (p != null && p.key().equals(key)) {
                return p;
            }
            if (p != null) {
                close(p);
            }
            prepared = p = prepare(settings);
            return p;
        }
    }

    private static Prepared prepare(JobSettings settings) {
        try {
            java.nio.file.Path tempRoot = Files.createTempDirectory("sumcheck-spark-");
            RuleBase rules = settings.rules() == null ? RuleBase.loadDefault()
                    : RuleBase.load(settings.rules().writeTo(Files.createDirectory(tempRoot.resolve("rules"))));
            Extractor extractor = settings.isolate()
                    ? new IsolatedExtractor(IsolatedExtractor.Options.of(settings.workers(), settings.workerMemoryMb()))
                    : new TikaExtractor();
            Map<java.nio.file.Path, Config> configs = new ConcurrentHashMap<>();
            Checker checker = new Checker(rules, extractor, settings.limits(),
                    file -> settingsFor(file, tempRoot, configs), Version.current());
            Messages messages = Messages.builtIn().merge(rules.messages());
            Prepared p = new Prepared(settings.checkerKey(), checker, extractor, new ReportText(messages, Lang.ZH),
                    new ReportText(messages, Lang.EN), tempRoot);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(p), "sumcheck-spark-close"));
            LOG.info("sumcheck checker ready in this JVM: {} rules, {}", rules.rules().size(),
                    settings.isolate() ? settings.workers() + " isolated parse workers" : "in-process parsing");
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CLI's rule: the nearest sumcheck.yaml above a local file. A copy of a remote file (under the temp root)
     * has no folder to look in, so it gets the defaults.
     */
    private static RuleSettings settingsFor(java.nio.file.Path file, java.nio.file.Path tempRoot,
                                            Map<java.nio.file.Path, Config> configs) {
        if (file.toAbsolutePath().startsWith(tempRoot)) {
            return RuleSettings.defaults();
        }
        Optional<java.nio.file.Path> found = Config.discover(file);
        return found.isEmpty() ? RuleSettings.defaults()
                : configs.computeIfAbsent(found.get(), Config::load).settingsFor(file);
    }

    private static void close(Prepared p) {
        try {
            p.extractor().close();
        } catch (Exception e) {
            LOG.debug("closing the extractor: {}", e.toString());
        }
        try (Stream<java.nio.file.Path> walk = Files.walk(p.tempRoot())) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("removing {}: {}", p.tempRoot(), e.toString());
        }
    }

    /** A partition's rows, mapped lazily: memory does not grow with the partition. */
    static Iterator<DocResult> checkAll(Iterator<InputFile> inputs, JobSettings settings, Configuration conf) {
        Prepared p = prepared(settings);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public DocResult next() {
                return check(inputs.next(), p, settings, conf);
            }
        };
    }

    static DocResult check(InputFile in, Prepared p, JobSettings settings, Configuration conf) {
        long started = System.nanoTime();
        DocResult row;
        try {
            row = checkOrThrow(in, p, settings, conf);
        } catch (RuntimeException | IOException | StackOverflowError | OutOfMemoryError e) {
            // the checker itself never throws; this is the file system (a remote read, a temp copy)
            LOG.warn("{}: {}", in.getPath(), e.toString());
            row = failed(in.getPath(), in.getLength(), new FileError(ErrorCode.READ_ERROR, e.toString()), p);
        }
        row.setMillis((System.nanoTime() - started) / 1_000_000);
        return row;
    }

    private static DocResult checkOrThrow(InputFile in, Prepared p, JobSettings settings, Configuration conf)
            throws IOException {
        if (in.getSkipReason() != null) {
            DocResult r = new DocResult();
            r.setPath(in.getPath());
            r.setStatus("skipped");
            r.setCode(in.getSkipReason());
            r.setReason(p.zh().skipReason(in.getSkipReason()) + " / " + p.en().skipReason(in.getSkipReason()));
            r.setBytes(in.getLength());
            return r;
        }
        Path path = new Path(in.getPath());
        FileSystem fs = path.getFileSystem(conf);
        FileStatus st;
        try {
            st = fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
            // listed, then gone (or a manifest line naming nothing): its own row, never a failed task
            return failed(in.getPath(), in.getLength(), new FileError(ErrorCode.NOT_FOUND, "not found"), p);
        }
        if (st.isDirectory()) {
            return failed(in.getPath(), -1, new FileError(ErrorCode.READ_ERROR, "a folder, not a file"), p);
        }
        long length = st.getLen();
        if (length > settings.maxFileBytes()) {
            // not even copied: the limit is what stops a 5 GB upload from filling a node's disk
            return failed(in.getPath(), length, new FileError(ErrorCode.TOO_LARGE,
                    length + " bytes > " + settings.maxFileBytes()), p);
        }
        FileResult result;
        if ("file".equals(fs.getScheme()) || "file".equals(path.toUri().getScheme())) {
            result = p.checker().check(Paths.get(fs.makeQualified(path).toUri()), in.getPath());
        } else {
            // the extractor reads a local file: copy the remote one next to the worker, keeping its name
            java.nio.file.Path dir = Files.createTempDirectory(p.tempRoot(), "in-");
            java.nio.file.Path local = dir.resolve(path.getName());
            try {
                try (InputStream s = fs.open(path)) {
                    Files.copy(s, local, StandardCopyOption.REPLACE_EXISTING);
                } catch (FileNotFoundException e) {
                    return failed(in.getPath(), length, new FileError(ErrorCode.NOT_FOUND, "not found"), p);
                }
                result = p.checker().check(local, in.getPath());
            } finally {
                Files.deleteIfExists(local);
                Files.deleteIfExists(dir);
            }
        }
        return row(result, length, p);
    }

    private static DocResult failed(String path, long length, FileError error, Prepared p) {
        return row(FileResult.failed(path, error, List.of()), length, p);
    }

    static DocResult row(FileResult fr, long length, Prepared p) {
        DocResult r = new DocResult();
        r.setPath(fr.path());
        r.setStatus(fr.status());
        r.setBytes(length);
        if (fr.isOk()) {
            r.setCode("ok");
            var d = fr.document();
            r.setTitle(d.title());
            r.setKind(d.kind());
            r.setFormat(d.format());
            r.setPages(d.pages());
            r.setParagraphs(d.paragraphs());
            r.setOcr(d.ocr());
        } else {
            r.setCode(fr.error().code().id());
            String detail = fr.error().detail();
            r.setReason(p.zh().errorMessage(fr.error()) + " / " + p.en().errorMessage(fr.error())
                    + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"));
        }
        r.setErrors((int) fr.count(Severity.ERROR));
        r.setWarnings((int) fr.count(Severity.WARNING));
        r.setInfos((int) fr.count(Severity.INFO));
        List<FindingRow> findings = new ArrayList<>(fr.findings().size());
        fr.findings().stream().sorted(Finding.DOCUMENT_ORDER).forEach(f -> findings.add(finding(f, p)));
        r.setFindings(findings);
        r.setNotes(fr.notes().stream().map(n -> p.zh().note(n)).toList());
        return r;
    }

    private static FindingRow finding(Finding f, Prepared p) {
        FindingRow x = new FindingRow();
        x.setRule(f.rule());
        x.setCategory(f.category().id());
        x.setSeverity(f.severity().id());
        x.setMessage(p.zh().message(f));
        x.setMessageEn(p.en().message(f));
        x.setMatch(f.match());
        x.setExcerpt(f.excerpt());
        x.setParagraph(f.location().paragraph());
        x.setPage(f.location().page());
        x.setOffset(f.location().offset());
        x.setLength(f.location().length());
        x.setSuggestion(f.suggestion());
        x.setOcr(f.ocr());
        return x;
    }
}
