package org.sumcheck.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;
import org.sumcheck.report.SkippedInput;

/**
 * A summary for {@code $GITHUB_STEP_SUMMARY} and merge-request notes (GitHub-flavoured Markdown, which GitLab reads
 * too): the totals, one table row per file with its verdict and counts, then each file's findings folded in a
 * {@code <details>} block so a long batch stays readable; a cross-document finding lists the other files it names
 * under it. Text from documents is escaped, so an excerpt can never
 * open a table cell, a link or an HTML tag.
 */
public final class MarkdownRenderer implements ReportRenderer {
    /** Enough to see what is wrong; the full list belongs in the artefact (json, html). */
    static final int MAX_FINDINGS_PER_FILE = 50;

    @Override
    public String formatId() {
        return "markdown";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        ReportText t = ReportText.of(report, options);
        StringBuilder b = new StringBuilder();
        b.append("## ").append(t.label("render.tool.title")).append("\n\n");
        b.append(t.verdictSummary(report)).append("\n\n");
        b.append(t.summary(report)).append("\n\n");
        if (!report.files().isEmpty()) {
            b.append("| ").append(t.label("render.col.file")).append(" | ").append(t.label("render.col.verdict"))
                    .append(" | ").append(t.label("render.col.score")).append(" | ").append(t.severity(Severity.ERROR)).append(" | ").append(t.severity(Severity.WARNING))
                    .append(" | ").append(t.severity(Severity.INFO)).append(" |\n");
            b.append("| --- | --- | ---: | ---: | ---: | ---: |\n");
            for (FileResult fr : report.files()) {
                Integer score = report.score(fr);
                b.append("| ").append(cell(fr.path())).append(" | ").append(cell(statusOf(report, fr, t))).append(" | ")
                        .append(score == null ? "–" : String.valueOf(score)).append(" | ");
                if (fr.isOk()) {
                    b.append(fr.count(Severity.ERROR)).append(" | ").append(fr.count(Severity.WARNING)).append(" | ")
                            .append(fr.count(Severity.INFO));
                } else {
                    b.append("– | – | –");
                }
                b.append(" |\n");
            }
            b.append('\n');
        }
        for (FileResult fr : report.files()) {
            if (fr.isOk() && fr.findings().isEmpty() && fr.notes().isEmpty()) {
                continue;
            }
            b.append("<details><summary>").append(html(fr.path())).append(" — ").append(html(statusOf(report, fr, t)))
                    .append("</summary>\n\n");
            fr.notes().forEach(n -> b.append("> ").append(text(t.note(n))).append("\n\n"));
            if (!fr.isOk()) {
                b.append(text(t.label("render.error", t.errorMessage(fr.error())))).append("\n");
            } else {
                List<Finding> findings = fr.open().stream().sorted(Finding.DOCUMENT_ORDER).toList();
                for (Finding f : findings.subList(0, Math.min(findings.size(), MAX_FINDINGS_PER_FILE))) {
                    b.append("- **").append(text(t.severity(f.severity()))).append("** `").append(f.rule()).append("` ")
                            .append(text(t.location(f))).append("：").append(text(t.message(f)));
                    if (!f.match().isEmpty() && !ReportText.isWholeDocument(f)) {
                        b.append(" — “").append(text(f.match())).append("”");
                    }
                    if (f.suggestion() != null) {
                        b.append("（").append(text(t.label("render.suggestion", f.suggestion()))).append("）");
                    }
                    b.append('\n');
                    // the other file of a cross-document finding, one nested item each
                    f.relatedFiles().forEach(x -> b.append("  - ").append(text(t.relatedFile(x))).append('\n'));
                }
                if (findings.size() > MAX_FINDINGS_PER_FILE) {
                    b.append("- …").append(text(t.label("render.markdown.more", findings.size() - MAX_FINDINGS_PER_FILE)))
                            .append('\n');
                }
            }
            for (Finding f : fr.waived().stream().sorted(Finding.DOCUMENT_ORDER).toList()) {
                b.append("- ~~`").append(f.rule()).append("` ").append(text(t.location(f))).append("~~ ")
                        .append(text(t.waiver(f.waiver()))).append('\n');
            }
            b.append("\n</details>\n\n");
        }
        if (!report.skipped().isEmpty()) {
            b.append("### ").append(t.label("render.skipped.title")).append("\n\n");
            for (SkippedInput x : report.skipped()) {
                b.append("- ").append(text(x.path())).append("：").append(text(t.skipReason(x.reason()))).append('\n');
            }
            b.append('\n');
        }
        ReportRenderer.writeUtf8(b.toString(), out);
    }

    /** The file's verdict (通过 / 需修改 / 无法检查), from the report's gate. */
    private static String statusOf(Report report, FileResult fr, ReportText t) {
        return t.verdict(report.verdict(fr));
    }

    /** A table cell: no line breaks, no pipes, no markup. */
    static String cell(String s) {
        return text(s.replace('\n', ' ').replace('\r', ' ')).replace("|", "\\|");
    }

    /** Inline text: Markdown's punctuation escaped, HTML neutralised. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\n', '\r' -> b.append(' ');
                case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '!' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('\n', ' ');
    }
}
