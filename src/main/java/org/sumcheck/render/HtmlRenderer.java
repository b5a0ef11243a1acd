package org.sumcheck.render;

import static org.sumcheck.render.Markup.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sumcheck.document.Note;
import org.sumcheck.report.Category;
import org.sumcheck.report.CrossReference;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Verdict;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;
import org.sumcheck.report.SkippedInput;

/**
 * One self-contained HTML page (inline CSS and SVG, nothing fetched). It opens with the verdicts (how many files pass,
 * need changes, cannot be checked) and their chart, then a table of files with each one's verdict and score, the
 * files to send back first, filterable by verdict; a bar chart of findings by category, and each file's findings
 * with the match highlighted in its excerpt, waived findings apart. When the batch has passages alike across files
 * (cross-document checks), a 相似材料 / Similar material section shows each pair once, side by side, with what differs
 * marked. Narrow screens get one column and
 * wrapped text. Everything taken from documents is escaped.
 */
public final class HtmlRenderer implements ReportRenderer {
    private static final String CSS = """
            :root{--err:#c62828;--warn:#ef6c00;--info:#1565c0;--ok:#2e7d32;--line:#ddd}
            *{box-sizing:border-box}
            body{margin:0 auto;max-width:1100px;padding:12px;font:15px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#222;overflow-wrap:anywhere}
            h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.15em;border-bottom:2px solid var(--line);padding-bottom:.2em;margin-top:1.6em}
            h3{font-size:1.05em;margin:1.2em 0 .3em;word-break:break-all}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f5f5f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
            .status{font-size:.85em;padding:0 6px;border-radius:3px;color:#fff;white-space:nowrap}.status.ok{background:var(--ok)}.status.failed{background:var(--err)}
            .verdict{font-size:.85em;padding:0 6px;border-radius:3px;color:#fff;white-space:nowrap}.verdict.pass{background:var(--ok)}.verdict.needs-changes{background:var(--err)}.verdict.cannot-check{background:#757575}
            .verdicts{display:flex;flex-wrap:wrap;gap:8px;margin:.6em 0}.verdicts .box{border:1px solid var(--line);border-radius:4px;padding:4px 12px}.verdicts .box b{font-size:1.4em;margin-right:.3em}
            .waived{color:#555}.waived li{border-left-style:dashed!important}
            body.hide-v-pass .v-pass,body.hide-v-needs-changes .v-needs-changes,body.hide-v-cannot-check .v-cannot-check{display:none}
            .sev{font-weight:bold;white-space:nowrap}.sev.error{color:var(--err)}.sev.warning{color:var(--warn)}.sev.info{color:var(--info)}
            ol.findings{padding-left:1.4em}ol.findings li{margin:.6em 0;padding:.3em .6em;border-left:4px solid var(--line)}
            li.error{border-color:var(--err)!important}li.warning{border-color:var(--warn)!important}li.info{border-color:var(--info)!important}
            .meta{font-size:.9em;color:#555}.meta code{color:#222}
            p{margin:.2em 0}.excerpt{background:#fafafa;padding:2px 6px;word-break:break-all}
            mark{background:#ffe082;padding:0 1px;font-weight:bold}
            .doc,.note,footer{color:#666;font-size:.9em}.err{color:var(--err)}
            svg text{font-size:13px;fill:#222}
            .filter{margin:.4em 0}.filter label{margin-right:1em;white-space:nowrap;cursor:pointer}
            body.hide-error li.error,body.hide-warning li.warning,body.hide-info li.info{display:none}
            .pairs{list-style:none;padding:0}.pairs>li{border:1px solid var(--line);border-radius:4px;margin:.8em 0;padding:.4em .6em}
            .pair{display:grid;grid-template-columns:1fr 1fr;gap:8px}.pair .side{background:#fafafa;padding:2px 6px;word-break:break-all}
            .pair .side .meta{margin-bottom:.2em}.diff{background:#ffcdd2;text-decoration:underline}
            @media (max-width:600px){body{font-size:14px;padding:8px}th,td{padding:3px 4px}.pair{grid-template-columns:1fr}}
            """;

    /** Optional: ticking a severity off hides its findings. Without scripts everything stays visible. */
    private static final String SCRIPT = """
            document.querySelectorAll('.filter input').forEach(function(box){
              box.addEventListener('change',function(){document.body.classList.toggle('hide-'+box.value,!box.checked);});
            });
            """;

    @Override
    public String formatId() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        ReportRenderer.writeUtf8(render(report, options), out);
    }

    private String render(Report report, RenderOptions o) {
        ReportText t = ReportText.of(report, o);
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(o.lang() == Lang.ZH ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(t.label("render.tool.title"))).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header>\n<h1>").append(escape(t.label("render.tool.title"))).append("</h1>\n");
        verdicts(b, report, t);
        b.append("<p class=\"summary\">").append(escape(t.summary(report))).append("</p>\n</header>\n");
        List<Integer> order = reviewOrder(report);
        fileTable(b, report, t, order);
        chart(b, report, t);
        similar(b, report, t);
        b.append("<section>\n<h2>").append(escape(t.label("render.html.details"))).append("</h2>\n");
        b.append("<div class=\"filter\">");
        report.countsBySeverity().forEach((sev, n) -> b.append("<label><input type=\"checkbox\" value=\"").append(sev.id())
                .append("\" checked> <span class=\"sev ").append(sev.id()).append("\">").append(escape(t.severity(sev)))
                .append("</span> ").append(n).append("</label>"));
        b.append("</div>\n");
        for (int i : order) {
            fileSection(b, report, report.files().get(i), i + 1, t);
        }
        b.append("</section>\n");
        skipped(b, report, t);
        b.append("<footer><p>")
                .append(escape(t.label("render.html.generatedBy", Report.TOOL_NAME, report.toolVersion())))
                .append("</p></footer>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    /** Files to send back first, then those that could not be checked, then passes; input order within each. */
    private static List<Integer> reviewOrder(Report report) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < report.files().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> report.verdict(report.files().get(i)).reviewOrder()));
        return order;
    }

    /** The verdict counts, a stacked bar of them, and the verdict filter: what a reviewer sees first. */
    private static void verdicts(StringBuilder b, Report report, ReportText t) {
        Map<Verdict, Integer> counts = report.gate().verdictCounts(report);
        b.append("<div class=\"verdicts\">");
        for (Verdict v : List.of(Verdict.NEEDS_CHANGES, Verdict.CANNOT_CHECK, Verdict.PASS)) {
            b.append("<div class=\"box\"><b>").append(counts.get(v)).append("</b><span class=\"verdict ").append(v.id())
                    .append("\">").append(escape(t.verdict(v))).append("</span></div>");
        }
        b.append("</div>\n");
        String title = t.label("render.html.verdicts");
        int total = Math.max(1, report.files().size());
        int width = 400;
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"verdict-chart\" viewBox=\"0 0 ").append(width)
                .append(" 24\" width=\"100%\" style=\"max-width:").append(width).append("px\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\">");
        int x = 0;
        for (Verdict v : List.of(Verdict.NEEDS_CHANGES, Verdict.CANNOT_CHECK, Verdict.PASS)) {
            int w = (int) Math.round((double) width * counts.get(v) / total);
            if (w > 0) {
                b.append("<rect x=\"").append(x).append("\" y=\"0\" width=\"").append(w).append("\" height=\"24\" fill=\"")
                        .append(switch (v) {
                            case NEEDS_CHANGES -> "#c62828";
                            case CANNOT_CHECK -> "#757575";
                            case PASS -> "#2e7d32";
                        }).append("\"><title>").append(escape(t.verdict(v))).append(' ').append(counts.get(v))
                        .append("</title></rect>");
            }
            x += w;
        }
        b.append("</svg>\n<div class=\"filter verdict-filter\">").append(escape(t.label("render.html.filter"))).append("：");
        for (Verdict v : List.of(Verdict.NEEDS_CHANGES, Verdict.CANNOT_CHECK, Verdict.PASS)) {
            b.append("<label><input type=\"checkbox\" value=\"v-").append(v.id()).append("\" checked> <span class=\"verdict ")
                    .append(v.id()).append("\">").append(escape(t.verdict(v))).append("</span> ").append(counts.get(v))
                    .append("</label>");
        }
        b.append("</div>\n");
    }

    private static void fileTable(StringBuilder b, Report report, ReportText t, List<Integer> order) {
        b.append("<section>\n<h2>").append(escape(t.label("render.html.files"))).append("</h2>\n<div class=\"scroll\"><table>\n<thead><tr>")
                .append("<th>").append(escape(t.label("render.col.file"))).append("</th>")
                .append("<th>").append(escape(t.label("render.col.verdict"))).append("</th>")
                .append("<th>").append(escape(t.label("render.col.score"))).append("</th>");
        for (Severity s : Severity.values()) {
            b.append("<th>").append(escape(t.severity(s))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (int i : order) {
            FileResult fr = report.files().get(i);
            Verdict v = report.verdict(fr);
            Integer score = report.score(fr);
            b.append("<tr class=\"v-").append(v.id()).append("\"><td><a href=\"#f").append(i + 1).append("\">")
                    .append(escape(fr.path())).append("</a></td>")
                    .append("<td><span class=\"verdict ").append(v.id()).append("\">").append(escape(t.verdict(v)))
                    .append("</span></td><td class=\"n\">").append(score == null ? "–" : String.valueOf(score)).append("</td>");
            for (Severity s : Severity.values()) {
                b.append("<td class=\"n\">").append(fr.isOk() ? String.valueOf(fr.count(s)) : "–").append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n</section>\n");
    }

    /** Horizontal bars, one per category (all eight, so reports compare at a glance), scaled to the largest. */
    private static void chart(StringBuilder b, Report report, ReportText t) {
        Map<Category, Long> counts = report.countsByCategory();
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int rowH = 26;
        int labelW = 140;
        int barMax = 240;
        int height = rowH * counts.size() + 8;
        String title = t.label("render.html.chart");
        b.append("<section>\n<h2>").append(escape(title)).append("</h2>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(labelW + barMax + 50).append(' ')
                .append(height).append("\" width=\"100%\" style=\"max-width:").append(labelW + barMax + 50)
                .append("px\" role=\"img\" aria-label=\"").append(escape(title)).append("\">\n");
        int y = 4;
        for (Map.Entry<Category, Long> e : counts.entrySet()) {
            int w = (int) Math.round((double) barMax * e.getValue() / max);
            b.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\">")
                    .append(escape(t.category(e.getKey()))).append("</text>")
                    .append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"").append(rowH - 8).append("\" fill=\"").append(e.getValue() > 0 ? "#5c6bc0" : "#ccc")
                    .append("\"/>")
                    .append("<text x=\"").append(labelW + w + 6).append("\" y=\"").append(y + 17).append("\">")
                    .append(e.getValue()).append("</text>\n");
            y += rowH;
        }
        b.append("</svg>\n</section>\n");
    }

    private static void skipped(StringBuilder b, Report report, ReportText t) {
        if (report.skipped().isEmpty()) {
            return;
        }
        b.append("<section>\n<h2>").append(escape(t.label("render.skipped.title"))).append("</h2>\n<div class=\"scroll\"><table>\n")
                .append("<thead><tr><th>").append(escape(t.label("render.col.file"))).append("</th><th>")
                .append(escape(t.label("render.col.reason"))).append("</th></tr></thead>\n<tbody>\n");
        for (SkippedInput x : report.skipped()) {
            b.append("<tr><td>").append(escape(x.path())).append("</td><td>").append(escape(t.skipReason(x.reason())))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void fileSection(StringBuilder b, Report report, FileResult fr, int n, ReportText t) {
        Verdict v = report.verdict(fr);
        b.append("<article id=\"f").append(n).append("\" class=\"v-").append(v.id()).append("\">\n<h3>").append(escape(fr.path()))
                .append(" <span class=\"verdict ").append(v.id()).append("\">").append(escape(t.verdict(v))).append("</span></h3>\n")
                .append("<p class=\"verdict-line\">").append(escape(t.verdictLine(report, fr))).append("</p>\n");
        if (!fr.isOk()) {
            b.append("<p class=\"err\">").append(escape(t.label("render.error", t.errorMessage(fr.error())))).append("</p>\n");
        } else {
            b.append("<p class=\"doc\">").append(escape(t.documentLine(fr.document()))).append("</p>\n");
        }
        for (Note note : fr.notes()) {
            b.append("<p class=\"note\">").append(escape(t.note(note))).append("</p>\n");
        }
        if (fr.isOk() && fr.open().isEmpty()) {
            b.append("<p>").append(escape(t.label("render.noFindings"))).append("</p>\n");
        }
        if (!fr.open().isEmpty()) {
            b.append("<ol class=\"findings\">\n");
            fr.open().stream().sorted(Finding.DOCUMENT_ORDER).forEach(f -> finding(b, f, t));
            b.append("</ol>\n");
        }
        if (!fr.waived().isEmpty()) {
            b.append("<div class=\"waived\"><p>").append(escape(t.label("render.waived.title", fr.waived().size())))
                    .append("</p>\n<ol class=\"findings\">\n");
            fr.waived().stream().sorted(Finding.DOCUMENT_ORDER).forEach(f -> finding(b, f, t));
            b.append("</ol></div>\n");
        }
        b.append("</article>\n");
    }

    private static void finding(StringBuilder b, Finding f, ReportText t) {
        String sev = f.severity().id();
        b.append("<li class=\"").append(sev).append("\"><div class=\"meta\"><span class=\"sev ").append(sev).append("\">")
                .append(escape(t.severity(f.severity()))).append("</span> · ").append(escape(t.location(f))).append(" · <code>")
                .append(escape(f.rule())).append("</code> · ").append(escape(t.category(f.category())));
        if (f.baseline() != null) {
            b.append(" · ").append(escape(t.label("render.baseline." + f.baseline().id())));
        }
        b.append("</div>\n<p class=\"msg\">").append(escape(t.message(f))).append("</p>\n");
        if (!f.excerpt().isEmpty()) {
            b.append("<p class=\"excerpt\">").append(highlighted(f)).append("</p>\n");
        }
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            b.append("<p class=\"sugg\">").append(escape(t.label("render.suggestion", f.suggestion()))).append("</p>\n");
        }
        if (f.related() != null) {
            b.append("<p class=\"note\">").append(escape(t.label("render.related", t.location(f.related(), false)))).append("</p>\n");
        }
        if (!f.occurrences().isEmpty()) {
            b.append("<p class=\"note\">").append(escape(t.label("render.occurrences", t.occurrences(f)))).append("</p>\n");
        }
        for (CrossReference x : f.relatedFiles()) {
            b.append("<p class=\"note related-file\">").append(escape(t.relatedFile(x))).append("</p>\n");
        }
        if (f.ocr()) {
            b.append("<p class=\"note\">").append(escape(t.label("render.ocr"))).append("</p>\n");
        }
        if (f.waiver() != null) {
            b.append("<p class=\"note waiver\">").append(escape(t.waiver(f.waiver()))).append("</p>\n");
        }
        b.append("</li>\n");
    }

    /** One pair of alike passages in two files: this side (a finding's place) and the other (its reference). */
    private record Pair(String path, int fileNo, Finding finding, CrossReference other, int otherNo) {
        String key() {
            String a = path + "#" + finding.location().paragraph();
            String b = other.path() + "#" + other.location().paragraph();
            return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
        }
    }

    /**
     * 相似材料 / Similar material: every pair of alike passages once (both files of a pair carry a finding naming the
     * other), most similar first, the two passages side by side with what differs marked. Only when there are any,
     * so reports without cross-document findings are unchanged.
     */
    private static void similar(StringBuilder b, Report report, ReportText t) {
        Map<String, Integer> fileNo = new java.util.HashMap<>();
        for (int i = 0; i < report.files().size(); i++) {
            fileNo.putIfAbsent(report.files().get(i).path(), i + 1);
        }
        Map<String, Pair> pairs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < report.files().size(); i++) {
            FileResult fr = report.files().get(i);
            for (Finding f : fr.open().stream().sorted(Finding.DOCUMENT_ORDER).toList()) {
                for (CrossReference x : f.relatedFiles()) {
                    if (!x.wholeFile() && !x.passage().isEmpty()) {
                        Pair p = new Pair(fr.path(), i + 1, f, x, x.archive() ? 0 : fileNo.getOrDefault(x.path(), 0));
                        pairs.putIfAbsent(p.key(), p);
                    }
                }
            }
        }
        if (pairs.isEmpty()) {
            return;
        }
        List<Pair> ordered = new ArrayList<>(pairs.values());
        ordered.sort(Comparator.comparingDouble((Pair p) -> -p.other().similarity()));
        b.append("<section class=\"similar\">\n<h2>").append(escape(t.label("render.html.similar"))).append("</h2>\n")
                .append("<p class=\"note\">").append(escape(t.label("render.html.similar.intro", ordered.size())))
                .append("</p>\n<ol class=\"pairs\">\n");
        for (Pair p : ordered) {
            String mine = p.finding().match().isEmpty() ? p.finding().excerpt() : p.finding().match();
            String theirs = p.other().passage();
            String[] marked = marked(mine, theirs);
            b.append("<li><p class=\"meta\"><b>").append(escape(t.label("render.html.similar.percent", p.other().percent())))
                    .append("</b> · <code>").append(escape(p.finding().rule())).append("</code></p>\n<div class=\"pair\">\n");
            side(b, p.path(), p.fileNo(), t.location(p.finding().location(), false), false, marked[0], t);
            side(b, p.other().path(), p.otherNo(), t.location(p.other().location(), false), p.other().archive(), marked[1], t);
            b.append("</div></li>\n");
        }
        b.append("</ol>\n</section>\n");
    }

    private static void side(StringBuilder b, String path, int fileNo, String where, boolean archive, String html,
                             ReportText t) {
        b.append("<div class=\"side\"><p class=\"meta\">");
        if (fileNo > 0) {
            b.append("<a href=\"#f").append(fileNo).append("\">").append(escape(path)).append("</a>");
        } else {
            b.append(escape(path));
        }
        b.append(" · ").append(escape(where));
        if (archive) {
            b.append(" ").append(escape(t.label("render.relatedFile.archive")));
        }
        b.append("</p>\n<p>").append(html).append("</p></div>\n");
    }

    /** Longer passages are shown without marks (the comparison grows with the product of the lengths). */
    private static final long MAX_DIFF_CELLS = 1_000_000;

    /**
     * Both passages escaped, with the characters outside their longest common subsequence (what one side has and the
     * other not: an edit) in {@code <span class="diff">}. Compared by code point, so a character outside the BMP is
     * never split.
     */
    static String[] marked(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if ((long) x.length * y.length > MAX_DIFF_CELLS) {
            return new String[] {escape(a), escape(b)};
        }
        int[][] lcs = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--) {
            for (int j = y.length - 1; j >= 0; j--) {
                lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] keepX = new boolean[x.length];
        boolean[] keepY = new boolean[y.length];
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                keepX[i++] = true;
                keepY[j++] = true;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new String[] {spans(x, keepX), spans(y, keepY)};
    }

    private static String spans(int[] cps, boolean[] common) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < cps.length) {
            int start = k;
            boolean c = common[k];
            while (k < cps.length && common[k] == c) {
                k++;
            }
            String run = escape(new String(cps, start, k - start));
            out.append(c ? run : "<span class=\"diff\">" + run + "</span>");
        }
        return out.toString();
    }

    private static String highlighted(Finding f) {
        String e = f.excerpt();
        int[] span = ReportText.matchSpan(f);
        if (span == null) {
            return escape(e);
        }
        return escape(e.substring(0, span[0])) + "<mark>" + escape(e.substring(span[0], span[1])) + "</mark>"
                + escape(e.substring(span[1]));
    }
}
