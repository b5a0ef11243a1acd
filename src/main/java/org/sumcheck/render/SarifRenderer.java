package org.sumcheck.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sumcheck.report.CrossReference;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Waiver;
import org.sumcheck.report.Fingerprint;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.report.RuleInfo;
import org.sumcheck.report.Severity;
import org.sumcheck.report.SkippedInput;

/**
 * SARIF 2.1.0, one run. Documents have no lines, so a region's line is the paragraph (1-based) and its columns
 * are the match's UTF-16 offsets within it ({@code columnKind utf16CodeUnits}); the page goes in a property.
 * Files that could not be checked become tool execution notifications. Fingerprints leave out paragraph numbers.
 * Verdicts and scores: {@code run.properties} (counts and one entry per file), each result's {@code properties}
 * ({@code verdict}, {@code score} of its file); a waived finding is a result with a {@code suppressions} entry
 * ({@code inSource} for a comment in the document, {@code external} for sumcheck.yaml) giving reason and author.
 * A cross-document finding's places in other files (docs/crossdoc.md) are {@code relatedLocations} after the
 * file's own occurrences: the other file's URI, its paragraph and the passage as the region's snippet,
 * {@code similarity} (0–1) and {@code archive} in the properties; a reference to a whole file has no region.
 */
public final class SarifRenderer implements ReportRenderer {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT_KEY = "sumcheck/v1";

    @Override
    public String formatId() {
        return "sarif";
    }

    @Override
    public String fileExtension() {
        return "sarif";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        Json.write(toJson(report, options), out);
    }

    public ObjectNode toJson(Report report, RenderOptions options) {
        ReportText t = ReportText.of(report, options);
        Lang other = options.lang() == Lang.ZH ? Lang.EN : Lang.ZH;
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Report.TOOL_NAME);
        driver.put("version", report.toolVersion());
        driver.put("semanticVersion", report.toolVersion());
        List<RuleInfo> rules = RuleList.of(report);
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode rulesJson = driver.putArray("rules");
        for (RuleInfo r : rules) {
            ruleIndex.put(r.id(), ruleIndex.size());
            rulesJson.add(rule(r, t, other, report));
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", report.failedCount() == 0);
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        for (FileResult fr : report.files()) {
            if (!fr.isOk()) {
                ObjectNode n = notes.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", fr.path() + ": " + t.errorMessage(fr.error()));
                n.putObject("descriptor").put("id", "error/" + fr.error().code().id());
                n.putArray("locations").addObject().putObject("physicalLocation")
                        .putObject("artifactLocation").put("uri", uri(fr.path()));
                n.putObject("properties").put("code", fr.error().code().id());
            }
            for (var note : fr.notes()) {
                // OCR, findings cut at the cap: said where a SARIF viewer shows the run's notifications
                ObjectNode n = notes.addObject();
                n.put("level", "note");
                n.putObject("message").put("text", fr.path() + ": " + t.note(note));
                n.putObject("descriptor").put("id", "note/" + note.key());
                n.putArray("locations").addObject().putObject("physicalLocation")
                        .putObject("artifactLocation").put("uri", uri(fr.path()));
            }
        }
        for (SkippedInput x : report.skipped()) {
            ObjectNode n = notes.addObject();
            n.put("level", "note");
            n.putObject("message").put("text", x.path() + ": " + t.skipReason(x.reason()));
            n.putObject("descriptor").put("id", "skipped/" + x.reason());
            n.putArray("locations").addObject().putObject("physicalLocation")
                    .putObject("artifactLocation").put("uri", uri(x.path()));
        }
        run.put("language", options.lang() == Lang.ZH ? "zh-CN" : "en-US");
        run.put("columnKind", "utf16CodeUnits");

        ArrayNode results = run.putArray("results");
        for (FileResult fr : report.files()) {
            String verdict = report.verdict(fr).id();
            Integer score = report.score(fr);
            fr.findings().stream().sorted(Finding.DOCUMENT_ORDER).forEach(f -> {
                ObjectNode r = result(fr.path(), f, ruleIndex.get(f.rule()), t, other);
                ((ObjectNode) r.get("properties")).put("verdict", verdict);
                if (score != null) {
                    ((ObjectNode) r.get("properties")).put("score", score);
                }
                results.add(r);
            });
        }
        ObjectNode props = run.putObject("properties");
        ObjectNode verdicts = props.putObject("verdicts");
        report.gate().verdictCounts(report).forEach((v, k) -> verdicts.put(v.id(), k));
        ArrayNode files = props.putArray("files");
        for (FileResult fr : report.files()) {
            ObjectNode f = files.addObject();
            f.put("uri", uri(fr.path()));
            f.put("verdict", report.verdict(fr).id());
            Integer score = report.score(fr);
            if (score != null) {
                f.put("score", score);
            }
            for (Severity sev : Severity.values()) {
                f.put(sev.id(), fr.count(sev));
            }
            f.put("waived", fr.waived().size());
        }
        return root;
    }

    private static ObjectNode rule(RuleInfo r, ReportText t, Lang other, Report report) {
        ReportText o = new ReportText(report.messages(), other);
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("name", pascalName(r.id()));
        String desc = describe(r, t);
        String descOther = describe(r, o);
        n.putObject("shortDescription").put("text", desc);
        n.putObject("fullDescription").put("text", desc + " · " + t.category(r.category()));
        n.putObject("defaultConfiguration").put("level", level(r.severity()));
        n.putObject("help").put("text", help(r, t));
        ObjectNode p = n.putObject("properties");
        p.put("category", r.category().id());
        p.putArray("tags").add(Report.TOOL_NAME).add(r.category().id());
        p.put(other == Lang.EN ? "descriptionEn" : "descriptionZh", descOther);
        p.put(other == Lang.EN ? "helpEn" : "helpZh", help(r, o));
        return n;
    }

    private static String describe(RuleInfo r, ReportText t) {
        String d = t.ruleDescription(r, t.lang());
        return d != null ? d : t.category(r.category());
    }

    private static String help(RuleInfo r, ReportText t) {
        return describe(r, t) + "\n" + t.category(r.category()) + " · " + t.severity(r.severity()) + " · " + r.id();
    }

    private static ObjectNode result(String path, Finding f, int ruleIndex, ReportText t, Lang other) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("ruleId", f.rule());
        n.put("ruleIndex", ruleIndex);
        n.put("level", level(f.severity()));
        String text = t.message(f);
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            text += "\n" + t.label("render.suggestion", f.suggestion());
        }
        n.putObject("message").put("text", text);
        ObjectNode phys = n.putArray("locations").addObject().putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", uri(path));
        ObjectNode region = phys.putObject("region");
        region.put("startLine", ReportText.paragraphNumber(f.location()));
        if (ReportText.isWholeDocument(f)) {
            // nothing to point at: the region is the title paragraph, shown whole
            if (!f.excerpt().isEmpty()) {
                region.putObject("snippet").put("text", f.excerpt());
            }
        } else {
            region.put("startColumn", f.location().offset() + 1);
            region.put("endColumn", f.location().offset() + f.location().length() + 1);
            region.putObject("snippet").put("text", f.match());
        }
        // the paragraph (no columns) around the match; must be a proper superset of the region (SARIF1008)
        if (!ReportText.isWholeDocument(f) && !f.excerpt().isEmpty()) {
            ObjectNode context = phys.putObject("contextRegion");
            context.put("startLine", ReportText.paragraphNumber(f.location()));
            context.putObject("snippet").put("text", f.excerpt());
        }
        if (!f.occurrences().isEmpty() || !f.relatedFiles().isEmpty()) {
            ArrayNode related = n.putArray("relatedLocations");
            int id = 1;
            for (org.sumcheck.document.Location l : f.occurrences()) {
                ObjectNode r = related.addObject();
                r.put("id", id++);
                ObjectNode rp = r.putObject("physicalLocation");
                rp.putObject("artifactLocation").put("uri", uri(path));
                ObjectNode reg = rp.putObject("region");
                reg.put("startLine", ReportText.paragraphNumber(l));
                if (l.length() > 0) {
                    reg.put("startColumn", l.offset() + 1);
                    reg.put("endColumn", l.offset() + l.length() + 1);
                }
                r.putObject("message").put("text", t.label("render.occurrences", t.location(l, false)));
                r.putObject("properties").put("page", l.page());
            }
            // places in other files (cross-document checks): the other copy of a passage, the file whose unit is named
            for (CrossReference x : f.relatedFiles()) {
                related.add(relatedFile(x, id++, t));
            }
        }
        n.putObject("partialFingerprints").put(FINGERPRINT_KEY, Fingerprint.of(path, f));
        if (f.baseline() != null) {
            n.put("baselineState", switch (f.baseline()) {
                case NEW -> "new";
                case EXISTING -> "unchanged";
            });
        }
        if (f.waiver() != null) {
            ObjectNode sup = n.putArray("suppressions").addObject();
            sup.put("kind", Waiver.DOCUMENT.equals(f.waiver().source()) ? "inSource" : "external");
            sup.put("status", "accepted");
            sup.put("justification", f.waiver().reason());
            sup.putObject("properties").put("author", f.waiver().author());
        }
        ObjectNode p = n.putObject("properties");
        p.put("page", f.location().page());
        p.put("category", f.category().id());
        p.put("match", f.match());
        if (f.suggestion() != null) {
            p.put("suggestion", f.suggestion());
        }
        if (f.ocr()) {
            p.put("ocr", true);
        }
        p.put(other == Lang.EN ? "messageEn" : "messageZh", t.message(f, other));
        return n;
    }

    /**
     * A place in another file as a related location: that file's URI, its paragraph as the region (columns for the
     * passage, the passage itself as the snippet) and the similarity in the properties; a whole file has no region.
     */
    private static ObjectNode relatedFile(CrossReference x, int id, ReportText t) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("id", id);
        ObjectNode rp = r.putObject("physicalLocation");
        rp.putObject("artifactLocation").put("uri", uri(x.path()));
        if (!x.wholeFile()) {
            ObjectNode reg = rp.putObject("region");
            reg.put("startLine", ReportText.paragraphNumber(x.location()));
            if (x.location().length() > 0) {
                reg.put("startColumn", x.location().offset() + 1);
                reg.put("endColumn", x.location().offset() + x.location().length() + 1);
            }
            if (!x.passage().isEmpty()) {
                reg.putObject("snippet").put("text", x.passage());
            }
        }
        r.putObject("message").put("text", t.relatedFile(x));
        ObjectNode p = r.putObject("properties");
        p.put("similarity", Math.round(x.similarity() * 1000) / 1000.0);
        if (!x.wholeFile()) {
            p.put("page", x.location().page());
        }
        if (x.archive()) {
            p.put("archive", true);
        }
        return r;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** PLACEHOLDER-001 → Placeholder001: SARIF wants a readable identifier-like name. */
    static String pascalName(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return b.isEmpty() ? id : b.toString();
    }

    /**
     * A valid URI reference for a path as given: relative paths stay relative (forward slashes, percent-encoded,
     * so code scanning resolves them against the repository root), absolute paths become {@code file:} URIs.
     */
    static String uri(String path) {
        String p = Fingerprint.normalisePath(path);
        boolean windowsDrive = p.length() > 2 && p.charAt(1) == ':' && p.charAt(2) == '/' && Character.isLetter(p.charAt(0));
        try {
            if (p.startsWith("/") || windowsDrive) {
                return new URI("file", "", windowsDrive ? "/" + p : p, null).toASCIIString();
            }
            String encoded = new URI(null, null, p, null).toASCIIString();
            // a relative reference whose first segment has a colon would read as a scheme
            int colon = encoded.indexOf(':');
            int slash = encoded.indexOf('/');
            return colon >= 0 && (slash < 0 || colon < slash) ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path not expressible as a URI: " + path, e);
        }
    }
}
