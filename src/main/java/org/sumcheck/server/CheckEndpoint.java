package org.sumcheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.check.BatchRunner;
import org.sumcheck.check.Checker;
import org.sumcheck.check.InputCollector;
import org.sumcheck.check.Gating;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.render.JsonRenderer;
import org.sumcheck.render.RenderOptions;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Report;
import org.sumcheck.report.Verdict;

/** {@code POST /api/v1/check}: files in, the report out (JSON by default, or any report format). */
final class CheckEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(CheckEndpoint.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonRenderer JSON = new JsonRenderer();

    private final Intake intake;
    private final TextCapture capture;

    CheckEndpoint(Intake intake, TextCapture capture) {
        this.intake = intake;
        this.capture = capture;
    }

    Reply handle(Request request) throws IOException {
        return intake.handle(request, 0, "no-file", this::check);
    }

    private Reply check(Upload upload, RequestOptions o, Checker checker) throws IOException {
        // the files of one request are one batch: checked one by one, then compared (docs/crossdoc.md)
        List<String> names = distinctNames(upload.files().stream().map(Upload.File::name).toList());
        List<InputCollector.Input> inputs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            inputs.add(new InputCollector.Input(upload.files().get(i).path(), names.get(i), null));
        }
        List<Document> texts = new ArrayList<>();
        long started = System.nanoTime();
        Report checked;
        try (Admission.Slot slot = intake.admit(upload.files().stream().map(Upload.File::name).toList())) {
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
        Report report = Gating.apply(checker.report(results, List.of()), null, o.failOn());
        LOG.info("check: {} file(s) {}, {} finding(s), {} failed, {} ms", results.size(), names, report.findingCount(),
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
    private static void addVerdicts(ObjectNode json, Report report, List<Document> texts, RequestOptions o) {
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
}
