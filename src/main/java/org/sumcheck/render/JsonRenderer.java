package org.sumcheck.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.sumcheck.document.Location;
import org.sumcheck.report.BaselineState;
import org.sumcheck.report.CrossReference;
import org.sumcheck.report.DocumentInfo;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Gate;
import org.sumcheck.report.Severity;
import org.sumcheck.report.Fingerprint;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.report.SkippedInput;

/**
 * The JSON contract of issue 2 (field names are read by other tools: add, never rename). Additions:
 * {@code suggestion}, {@code ocr}, {@code baseline}, {@code fingerprint}, {@code related}, {@code occurrences} (the
 * other places a grouped finding stands for), the message in the other language, file {@code notes}, error
 * {@code detail}, document {@code format}/{@code ocr}, top-level {@code skipped} inputs and {@code summary.skipped}.
 * Per file {@code verdict} (pass, needs-changes, cannot-check, following {@code --fail-on}), {@code score} (0–100, null
 * when not checked) and {@code counts} by severity and category; waived findings in {@code waived}, apart from
 * {@code findings}, each with its {@code waiver} (reason, author, source); {@code summary.verdicts}, {@code summary.waived}.
 * {@code relatedFiles} (cross-document checks, docs/crossdoc.md): the places in other files a finding is about, each
 * with {@code path}, {@code location} (null for a whole file), {@code similarity} (0–1), {@code passage} (the other
 * file's text there) and {@code archive: true} for an earlier submission given with {@code --against}.
 * {@code location.paragraph} is 1-based (as people count), {@code page} 1-based or 0 when the format has none,
 * {@code offset}/{@code length} in UTF-16 code units within the paragraph's text.
 */
public final class JsonRenderer implements ReportRenderer {
    @Override
    public String formatId() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        Json.write(toJson(report, options), out);
    }

    /** The report as a JSON tree (the server and tests reuse it). */
    public ObjectNode toJson(Report report, RenderOptions options) {
        ReportText t = ReportText.of(report, options);
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", Report.TOOL_NAME);
        tool.put("version", report.toolVersion());
        root.put("lang", options.lang().id());
        ArrayNode files = root.putArray("files");
        for (FileResult fr : report.files()) {
            files.add(file(fr, t, report));
        }
        ArrayNode skipped = root.putArray("skipped");
        for (SkippedInput x : report.skipped()) {
            ObjectNode n = skipped.addObject();
            n.put("path", x.path());
            n.put("reason", x.reason());
            n.put("message", t.skipReason(x.reason()));
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("files", report.files().size());
        summary.put("failed", report.failedCount());
        summary.put("skipped", report.skipped().size());
        ObjectNode counts = summary.putObject("findings");
        report.countsBySeverity().forEach((s, n) -> counts.put(s.id(), n));
        ObjectNode verdicts = summary.putObject("verdicts");
        report.gate().verdictCounts(report).forEach((v, n) -> verdicts.put(v.id(), n));
        summary.put("waived", report.waivedCount());
        boolean baselined = report.files().stream().flatMap(f -> f.findings().stream()).anyMatch(f -> f.baseline() != null);
        if (baselined) {
            ObjectNode b = summary.putObject("baseline");
            for (BaselineState s : BaselineState.values()) {
                b.put(s.id(), report.files().stream().flatMap(f -> f.findings().stream())
                        .filter(f -> f.baseline() == s).count());
            }
        }
        return root;
    }

    private static ObjectNode file(FileResult fr, ReportText t, Report report) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("path", fr.path());
        n.put("status", fr.status());
        n.put("verdict", report.verdict(fr).id());
        Integer score = report.score(fr);
        if (score == null) {
            n.putNull("score");
        } else {
            n.put("score", score);
        }
        ObjectNode counts = n.putObject("counts");
        ObjectNode bySeverity = counts.putObject("severity");
        for (Severity s : Severity.values()) {
            bySeverity.put(s.id(), fr.count(s));
        }
        ObjectNode byCategory = counts.putObject("category");
        Gate.byCategory(fr).forEach((c, k) -> byCategory.put(c.id(), k));
        if (fr.isOk()) {
            n.putNull("error");
        } else {
            ObjectNode e = n.putObject("error");
            e.put("code", fr.error().code().id());
            e.put("message", t.errorMessage(fr.error()));
            if (!fr.error().detail().isEmpty()) {
                e.put("detail", fr.error().detail());
            }
        }
        if (fr.document() != null) {
            DocumentInfo d = fr.document();
            ObjectNode doc = n.putObject("document");
            doc.put("title", d.title());
            doc.put("kind", d.kind());
            doc.put("reportYear", d.reportYear());
            doc.put("planYear", d.planYear());
            doc.put("pages", d.pages());
            doc.put("paragraphs", d.paragraphs());
            doc.put("format", d.format());
            doc.put("ocr", d.ocr());
        } else {
            n.putNull("document");
        }
        ArrayNode findings = n.putArray("findings");
        fr.open().stream().sorted(Finding.DOCUMENT_ORDER).forEach(f -> findings.add(finding(fr.path(), f, t)));
        ArrayNode waived = n.putArray("waived");
        fr.waived().stream().sorted(Finding.DOCUMENT_ORDER).forEach(f -> waived.add(finding(fr.path(), f, t)));
        if (!fr.notes().isEmpty()) {
            ArrayNode notes = n.putArray("notes");
            fr.notes().forEach(x -> notes.add(t.note(x)));
        }
        return n;
    }

    private static ObjectNode finding(String path, Finding f, ReportText t) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("rule", f.rule());
        n.put("category", f.category().id());
        n.put("severity", f.severity().id());
        n.put("message", t.message(f));
        Lang other = t.lang() == Lang.ZH ? Lang.EN : Lang.ZH;
        n.put(other == Lang.EN ? "messageEn" : "messageZh", t.message(f, other));
        n.put("match", f.match());
        n.put("excerpt", f.excerpt());
        n.set("location", location(f.location()));
        if (f.suggestion() != null) {
            n.put("suggestion", f.suggestion());
        }
        if (f.related() != null) {
            n.set("related", location(f.related()));
        }
        if (!f.relatedFiles().isEmpty()) {
            ArrayNode rel = n.putArray("relatedFiles");
            for (CrossReference r : f.relatedFiles()) {
                ObjectNode x = rel.addObject();
                x.put("path", r.path());
                if (r.wholeFile()) {
                    x.putNull("location");
                } else {
                    x.set("location", location(r.location()));
                }
                x.put("similarity", Math.round(r.similarity() * 1000) / 1000.0);
                x.put("passage", r.passage());
                if (r.archive()) {
                    x.put("archive", true);
                }
            }
        }
        if (!f.occurrences().isEmpty()) {
            ArrayNode occ = n.putArray("occurrences");
            f.occurrences().forEach(l -> occ.add(location(l)));
        }
        if (f.ocr()) {
            n.put("ocr", true);
        }
        if (f.baseline() != null) {
            n.put("baseline", f.baseline().id());
        }
        n.put("fingerprint", Fingerprint.of(path, f));
        if (f.waiver() != null) {
            ObjectNode w = n.putObject("waiver");
            w.put("reason", f.waiver().reason());
            w.put("author", f.waiver().author());
            w.put("source", f.waiver().source());
        }
        return n;
    }

    private static ObjectNode location(Location l) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("page", l.page());
        n.put("paragraph", ReportText.paragraphNumber(l));
        n.put("offset", l.offset());
        n.put("length", l.length());
        return n;
    }

}
