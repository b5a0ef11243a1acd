package org.sumcheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.annotate.Annotators;
import org.sumcheck.check.BatchRunner;
import org.sumcheck.check.Checker;
import org.sumcheck.check.InputCollector;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.render.RuleCatalogJson;
import org.sumcheck.render.JsonRenderer;
import org.sumcheck.render.RenderOptions;
import org.sumcheck.render.Renderers;
import org.sumcheck.render.ReportRenderer;
import org.sumcheck.report.FileResult;
import org.sumcheck.check.FileChecker;
import org.sumcheck.diff.DiffRenderer;
import org.sumcheck.diff.ReportDiff;
import org.sumcheck.fix.DocxFixer;
import org.sumcheck.report.Gate;
import org.sumcheck.report.Verdict;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;

/**
 * The HTTP surface: the API under /api/v1, /healthz, /openapi.json and the review page at /. Every refusal is a
 * JSON error with a code and a message in both languages; a file that cannot be checked is a failed entry in a
 * 200 report, never a 500. Handlers block (a check is CPU work): Jetty runs them on its thread pool.
 */
final class ApiHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonRenderer JSON = new JsonRenderer();
    private static final int RETRY_AFTER_SECONDS = 5;

    /** Called when a check has its slot and is about to run (tests hold it there to fill the slots). */
    interface CheckListener {
        CheckListener NONE = names -> { };

        void checkStarted(List<String> fileNames);
    }

    private final ServerConfig config;
    private final RuleEngine engine;
    private final TextCapture capture;
    private final ExtractionLimits limits;
    private final Admission admission;
    private final PageAssets assets;
    private final Messages ui = Messages.builtIn();
    private final CheckListener listener;
    private final String version;

    ApiHandler(ServerConfig config, RuleEngine engine, TextCapture capture, ExtractionLimits limits,
               PageAssets assets, CheckListener listener, String version) {
        this.config = config;
        this.engine = engine;
        this.capture = capture;
        this.limits = limits;
        this.admission = new Admission(config.maxConcurrent(), config.queue(), config.queueWait());
        this.assets = assets;
        this.listener = listener;
        this.version = version;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        Reply reply;
        try {
            reply = route(method, path, request);
        } catch (HttpError e) {
            reply = error(e, langOf(request));
        } catch (IOException | RuntimeException e) {
            LOG.error("{} {}: {}", method, path, e.toString(), e);
            reply = error(new HttpError(500, "internal"), Lang.ZH);
        }
        reply.send(response, callback);
        return true;
    }

    private Reply route(String method, String path, Request request) throws IOException {
        boolean get = "GET".equals(method) || "HEAD".equals(method);
        boolean post = "POST".equals(method);
        switch (path) {
            case "/", "/index.html" -> {
                requireMethod(get);
                return Reply.page(assets.page());
            }
            case "/openapi.json" -> {
                requireMethod(get);
                return Reply.json(200, assets.openApi());
            }
            case "/healthz" -> {
                requireMethod(get);
                return health();
            }
            case "/api/v1/rules" -> {
                requireMethod(get);
                return rules(langOf(request));
            }
            case "/api/v1/check" -> {
                requireMethod(post);
                return check(request);
            }
            case "/api/v1/annotate" -> {
                requireMethod(post);
                return annotate(request);
            }
            case "/api/v1/fix" -> {
                requireMethod(post);
                return fix(request);
            }
            case "/api/v1/diff" -> {
                requireMethod(post);
                return diff(request);
            }
            default -> throw new HttpError(404, "not-found");
        }
    }

    private static void requireMethod(boolean allowed) {
        if (!allowed) {
            throw new HttpError(405, "method");
        }
    }

    // ---- check ---------------------------------------------------------------------------------------------

    /** The options of a check, from the query string or, when absent there, the form fields. */
    private record Options(Lang lang, Severity failOn, String profile, ReportRenderer format, boolean includeText) {
    }

    private Options options(Request request, Upload upload) {
        Fields q = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        String lang = param(q, upload, "lang", "zh");
        String failOn = param(q, upload, "fail-on", "error");
        String profile = param(q, upload, "profile", "");
        String format = param(q, upload, "format", "json");
        String include = param(q, upload, "include", "");
        Lang l;
        try {
            l = Lang.fromId(lang);
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "bad-lang", lang);
        }
        Severity threshold;
        if ("none".equalsIgnoreCase(failOn)) {
            threshold = null;
        } else {
            try {
                threshold = Severity.fromId(failOn);
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "bad-fail-on", failOn);
            }
        }
        if (!engine.hasProfile(profile)) {
            throw new HttpError(400, "bad-profile", profile, String.join(", ", engine.profileNames()));
        }
        String wrong = engine.current().profileError(profile);
        if (wrong != null) {
            // the profile's sumcheck.yaml is wrong (checked when loaded): name the file, line and value
            throw new HttpError(400, "bad-config", profile.isBlank() ? RuleEngine.DEFAULT_PROFILE : profile, wrong);
        }
        ReportRenderer renderer = Renderers.find(format).orElseThrow(() ->
                new HttpError(400, "bad-format", format, "json, html, sarif, csv, junit, text"));
        return new Options(l, threshold, profile, renderer, include.toLowerCase(Locale.ROOT).contains("text"));
    }

    private static String param(Fields query, Upload upload, String name, String fallback) {
        String v = query.getValue(name);
        if (v == null && upload != null) {
            v = upload.field(name);
        }
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private Reply check(Request request) throws IOException {
        refuseEarlyWhenFull();
        options(request, null); // refuse bad options before reading the body
        try (Upload upload = Upload.read(request, config.tempRoot(), config.maxUploadBytes(), config.uploadTimeout())) {
            Options o = options(request, upload);
            if (upload.files().isEmpty()) {
                throw new HttpError(400, "no-file");
            }
            RuleEngine.Snapshot snapshot = engine.current();
            Checker checker = snapshot.checker(o.profile());
            // the files of one request are one batch: checked one by one, then compared (docs/crossdoc.md)
            List<String> names = distinctNames(upload.files().stream().map(Upload.File::name).toList());
            List<InputCollector.Input> inputs = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                inputs.add(new InputCollector.Input(upload.files().get(i).path(), names.get(i), null));
            }
            List<Document> texts = new ArrayList<>();
            long started = System.nanoTime();
            Report checked;
            try (Admission.Slot slot = admit()) {
                listener.checkStarted(upload.files().stream().map(Upload.File::name).toList());
                if (o.includeText()) {
                    upload.files().forEach(f -> capture.want(f.path()));
                }
                try {
                    // one thread: the admission slot is one check's worth of CPU
                    checked = checker.checkAll(new InputCollector.Inputs(inputs, List.of()), List.of(), 1,
                            BatchRunner.Progress.NONE);
                } finally {
                    upload.files().forEach(f -> texts.add(capture.take(f.path())));
                }
            }
            List<FileResult> results = checked.files();
            Report report = checker.report(results, List.of()).withGate(new Gate(o.failOn()));
            LOG.info("check: {} file(s) {}, {} finding(s), {} failed, {} ms", results.size(),
                    upload.files().stream().map(Upload.File::name).toList(), report.findingCount(),
                    report.failedCount(), (System.nanoTime() - started) / 1_000_000);
            if (!"json".equals(o.format().formatId())) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                o.format().render(report, RenderOptions.of(o.lang()), out);
                return Reply.of(contentType(o.format().formatId()), out.toByteArray())
                        .attachment("sumcheck-report." + o.format().fileExtension());
            }
            ObjectNode json = JSON.toJson(report, RenderOptions.of(o.lang()));
            addVerdicts(json, report, texts, o);
            return Reply.json(200, MAPPER.writeValueAsBytes(json));
        }
    }

    /**
     * The upload's names, a repeated one told apart in upload order (总结.docx, 总结 (2).docx): the batch's findings are
     * filed by name, and two files must never share theirs.
     */
    static List<String> distinctNames(List<String> names) {
        java.util.Set<String> used = new java.util.HashSet<>();
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            int dot = n.lastIndexOf('.');
            String stem = dot > 0 ? n.substring(0, dot) : n;
            String ext = dot > 0 ? n.substring(dot) : "";
            String name = n;
            for (int k = 2; !used.add(name); k++) {
                name = stem + " (" + k + ")" + ext;
            }
            out.add(name);
        }
        return out;
    }

    private void refuseEarlyWhenFull() {
        if (admission.full()) {
            throw new HttpError(429, "busy");
        }
    }

    private Admission.Slot admit() {
        Admission.Ticket t = admission.enter();
        if (t.slot() != null) {
            return t.slot();
        }
        throw t.refusal() == Admission.Refusal.QUEUE_FULL ? new HttpError(429, "busy")
                : new HttpError(503, "queue-timeout");
    }

    private static String contentType(String format) {
        return switch (format) {
            case "html" -> "text/html; charset=utf-8";
            case "sarif" -> "application/sarif+json; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "junit" -> "application/xml; charset=utf-8";
            case "text" -> "text/plain; charset=utf-8";
            default -> "application/json; charset=utf-8";
        };
    }

    /**
     * Per file, beside the report's own {@code verdict}, {@code score} and {@code counts} (from the one gate):
     * {@code verdictLabel} in the request's language, and with {@code include=text} the paragraphs ({@code n} is
     * 1-based like {@code location.paragraph}).
     */
    private void addVerdicts(ObjectNode json, Report report, List<Document> texts, Options o) {
        ArrayNode files = (ArrayNode) json.get("files");
        for (int i = 0; i < report.files().size(); i++) {
            ObjectNode f = (ObjectNode) files.get(i);
            Verdict v = report.verdict(report.files().get(i));
            f.put("verdictLabel", report.messages().get(o.lang(), "server.verdict." + v.id()));
            Document d = texts.get(i);
            if (d != null) {
                ArrayNode text = f.putArray("text");
                for (Paragraph p : d.paragraphs()) {
                    ObjectNode n = text.addObject();
                    n.put("n", p.index() + 1);
                    n.put("page", p.page());
                    n.put("text", p.text());
                }
            }
        }
        json.put("failOn", o.failOn() == null ? "none" : o.failOn().id());
    }

    // ---- annotate ------------------------------------------------------------------------------------------

    private Reply annotate(Request request) throws IOException {
        refuseEarlyWhenFull();
        options(request, null);
        try (Upload upload = Upload.read(request, config.tempRoot(), config.maxUploadBytes(), config.uploadTimeout())) {
            Options o = options(request, upload);
            if (upload.files().size() != 1) {
                throw new HttpError(400, upload.files().isEmpty() ? "no-file" : "one-file");
            }
            Upload.File f = upload.files().get(0);
            Checker checker = engine.current().checker(o.profile());
            FileResult r;
            Path out;
            Annotators.Kind kind;
            try (Admission.Slot slot = admit()) {
                listener.checkStarted(List.of(f.name()));
                r = checker.check(f.path(), f.name());
                if (!r.isOk()) {
                    Report report = checker.report(List.of(r), List.of());
                    throw new HttpError(422, "cannot-check", f.name(),
                            report.messages().get(o.lang(), "error." + r.error().code().id(), String.valueOf(
                                    limits.timeout().toSeconds())));
                }
                kind = Annotators.kindOf(f.path())
                        .orElseThrow(() -> new HttpError(415, "annotate-type", r.document().format()));
                out = f.path().resolveSibling("annotated." + kind.extension());
                Messages messages = checker.report(List.of(r), List.of()).messages();
                try {
                    // a waived finding already carries the reviewer's comment
                    Annotators.annotate(f.path(), r.open(), messages, o.lang(), out);
                } catch (IOException | RuntimeException e) {
                    // the file was read but its structure defeats the annotator: say so, don't fail the server
                    LOG.warn("annotate: {}: {}", f.name(), e.toString());
                    throw new HttpError(422, "annotate-failed", f.name());
                }
            }
            LOG.info("annotate: {}, {} finding(s)", f.name(), r.findings().size());
            String type = out.getFileName().toString().endsWith(".pdf") ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            return Reply.of(type, Files.readAllBytes(out)).attachment(Annotators.annotatedName(f.name(), kind));
        }
    }

    // ---- fix and diff ------------------------------------------------------------------------------------

    /** One .docx → its fixed copy: deterministic suggestions as tracked changes, the rest as comments. */
    private Reply fix(Request request) throws IOException {
        refuseEarlyWhenFull();
        options(request, null);
        try (Upload upload = Upload.read(request, config.tempRoot(), config.maxUploadBytes(), config.uploadTimeout())) {
            Options o = options(request, upload);
            if (upload.files().size() != 1) {
                throw new HttpError(400, upload.files().isEmpty() ? "no-file" : "one-file");
            }
            Upload.File f = upload.files().get(0);
            Checker checker = engine.current().checker(o.profile());
            Path out = f.path().resolveSibling("fixed.docx");
            try (Admission.Slot slot = admit()) {
                listener.checkStarted(List.of(f.name()));
                FileChecker.Checked checked = checker.checkKeepingText(f.path(), f.name());
                FileResult r = checked.result();
                Messages messages = checker.report(List.of(r), List.of()).messages();
                if (!r.isOk()) {
                    throw new HttpError(422, "cannot-check", f.name(),
                            messages.get(o.lang(), "error." + r.error().code().id(), String.valueOf(limits.timeout().toSeconds())));
                }
                if (!"docx".equals(r.document().format())) {
                    throw new HttpError(415, "fix-type", r.document().format());
                }
                try {
                    DocxFixer.fix(f.path(), r.open(), java.util.Set.of(), messages, o.lang(), out, java.time.Instant.now());
                } catch (IOException | RuntimeException e) {
                    LOG.warn("fix: {}: {}", f.name(), e.toString());
                    throw new HttpError(422, "annotate-failed", f.name());
                }
            }
            LOG.info("fix: {}", f.name());
            return Reply.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Files.readAllBytes(out))
                    .attachment(fixedName(f.name()));
        }
    }

    /** 述职报告.docx → 述职报告.fixed.docx. */
    static String fixedName(String name) {
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)) + ".fixed.docx";
    }

    /** Two files, the earlier version first: what the new version fixed, added and kept (as {@code sumcheck diff}). */
    private Reply diff(Request request) throws IOException {
        refuseEarlyWhenFull();
        options(request, null);
        try (Upload upload = Upload.read(request, config.tempRoot(), config.maxUploadBytes(), config.uploadTimeout())) {
            Options o = options(request, upload);
            if (upload.files().size() != 2) {
                throw new HttpError(400, upload.files().isEmpty() ? "no-file" : "two-files");
            }
            Checker checker = engine.current().checker(o.profile());
            Upload.File older = upload.files().get(0);
            Upload.File newer = upload.files().get(1);
            Report a;
            Report b;
            try (Admission.Slot slot = admit()) {
                listener.checkStarted(List.of(older.name(), newer.name()));
                Gate gate = new Gate(o.failOn());
                a = checker.report(List.of(checker.check(older.path(), older.name())), List.of()).withGate(gate);
                b = checker.report(List.of(checker.check(newer.path(), newer.name())), List.of()).withGate(gate);
            }
            // both versions under the new file's name: the fingerprints then compare the words, not the names
            ReportDiff d = ReportDiff.of(a, List.of(newer.name()), b, List.of(newer.name()));
            return Reply.json(200, DiffRenderer.json(d, o.lang()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    // ---- rules, health, errors -----------------------------------------------------------------------------

    private Reply rules(Lang lang) throws IOException {
        RuleEngine.Snapshot s = engine.current();
        Messages m = s.ruleBase().messages();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("generation", s.generation());
        root.set("rules", RuleCatalogJson.rows(s.ruleBase().rules(), m, lang));
        ArrayNode profiles = root.putArray("profiles");
        engine.profileNames().forEach(profiles::add);
        return Reply.json(200, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private Reply health() throws IOException {
        RuleEngine.Snapshot s = engine.current();
        RuleEngine.ReloadStatus rs = engine.reloadStatus();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", "ok");
        root.put("version", version);
        ObjectNode rules = root.putObject("rules");
        rules.put("count", s.ruleBase().rules().size());
        rules.put("generation", s.generation());
        rules.put("loadedAt", s.loadedAt().toString());
        rules.put("reloadFailures", rs.failures());
        if (rs.lastError() != null) {
            rules.put("lastReloadError", rs.lastError());
        }
        ObjectNode checks = root.putObject("checks");
        checks.put("inFlight", admission.inFlight());
        checks.put("maxConcurrent", config.maxConcurrent());
        checks.put("queue", config.queue());
        return Reply.json(200, MAPPER.writeValueAsBytes(root));
    }

    private Reply error(HttpError e, Lang lang) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode err = root.putObject("error");
        err.put("status", e.status());
        err.put("code", e.code());
        String key = "server.error." + e.code();
        err.put("message", ui.get(lang, key, e.args()));
        err.put(lang == Lang.ZH ? "messageEn" : "messageZh", ui.get(lang == Lang.ZH ? Lang.EN : Lang.ZH, key, e.args()));
        Reply r;
        try {
            r = Reply.json(e.status(), MAPPER.writeValueAsBytes(root));
        } catch (IOException io) {
            r = Reply.json(e.status(), ("{\"error\":{\"code\":\"" + e.code() + "\"}}").getBytes(StandardCharsets.UTF_8));
        }
        return e.status() == 429 || e.status() == 503 ? r.retryAfter(RETRY_AFTER_SECONDS) : r;
    }

    private static Lang langOf(Request request) {
        String l = Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue("lang");
        try {
            return l == null ? Lang.ZH : Lang.fromId(l);
        } catch (IllegalArgumentException e) {
            return Lang.ZH;
        }
    }
}
