package org.sumcheck.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;
import org.sumcheck.report.BaselineState;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Gate;
import org.sumcheck.report.Verdict;
import org.sumcheck.report.Report;
import org.sumcheck.report.RuleInfo;
import org.sumcheck.report.SkippedInput;

/**
 * JUnit XML for CI test tabs: a testsuite per file, a testcase per rule checked. A rule with findings in that
 * file fails and the failure lists them; a rule whose findings are all recorded in the baseline is skipped (it
 * must not turn the build red); a file that could not be checked is one testcase with an error. Inputs skipped in a
 * folder walk are skipped testcases of one extra suite, so none disappears silently. Each checked file also has a
 * testcase for its verdict (需修改 is a failure, with the score), and properties {@code verdict} and {@code score};
 * a rule whose findings are all waived is skipped too, the waiver in its output.
 */
public final class JunitRenderer implements ReportRenderer {
    @Override
    public String formatId() {
        return "junit";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        ReportRenderer.writeUtf8(render(report, options), out);
    }

    private record Suite(FileResult file, int tests, int failures, int errors, int skipped, String body) {
    }

    private String render(Report report, RenderOptions o) {
        ReportText t = ReportText.of(report, o);
        List<RuleInfo> rules = RuleList.of(report);
        List<Suite> suites = report.files().stream().map(fr -> suite(fr, rules, t, report)).toList();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuites name=\"").append(Report.TOOL_NAME).append("\" tests=\"")
                .append(suites.stream().mapToInt(Suite::tests).sum() + report.skipped().size()).append("\" failures=\"")
                .append(suites.stream().mapToInt(Suite::failures).sum()).append("\" errors=\"")
                .append(suites.stream().mapToInt(Suite::errors).sum()).append("\" skipped=\"")
                .append(suites.stream().mapToInt(Suite::skipped).sum() + report.skipped().size()).append("\" time=\"0\">\n");
        for (Suite s : suites) {
            b.append("  <testsuite name=\"").append(Markup.escape(s.file().path())).append("\" tests=\"").append(s.tests())
                    .append("\" failures=\"").append(s.failures()).append("\" errors=\"").append(s.errors())
                    .append("\" skipped=\"").append(s.skipped()).append("\" time=\"0\">\n");
            b.append("    <properties>\n");
            property(b, "tool", Report.TOOL_NAME + " " + report.toolVersion());
            if (s.file().document() != null) {
                property(b, "title", s.file().document().title());
                property(b, "kind", s.file().document().kind());
            }
            property(b, "verdict", report.verdict(s.file()).id());
            Integer score = report.score(s.file());
            if (score != null) {
                property(b, "score", String.valueOf(score));
            }
            b.append("    </properties>\n");
            b.append(s.body());
            if (!s.file().notes().isEmpty()) {
                // what the reader should know of the file (OCR, findings cut at the cap): the suite's own output
                b.append("    <system-out>");
                s.file().notes().forEach(n -> b.append(Markup.escape(t.note(n))).append('\n'));
                b.append("</system-out>\n");
            }
            b.append("  </testsuite>\n");
        }
        if (!report.skipped().isEmpty()) {
            int n = report.skipped().size();
            b.append("  <testsuite name=\"").append(Markup.escape(t.label("render.skipped.title"))).append("\" tests=\"").append(n)
                    .append("\" failures=\"0\" errors=\"0\" skipped=\"").append(n).append("\" time=\"0\">\n");
            for (SkippedInput x : report.skipped()) {
                b.append("    <testcase name=\"").append(Markup.escape(x.path())).append("\" classname=\"")
                        .append(Markup.escape(x.path())).append("\" time=\"0\">\n      <skipped message=\"")
                        .append(Markup.escape(t.skipReason(x.reason()))).append("\"/>\n    </testcase>\n");
            }
            b.append("  </testsuite>\n");
        }
        b.append("</testsuites>\n");
        return b.toString();
    }

    private static void property(StringBuilder b, String name, String value) {
        b.append("      <property name=\"").append(name).append("\" value=\"").append(Markup.escape(value)).append("\"/>\n");
    }

    private static Suite suite(FileResult fr, List<RuleInfo> rules, ReportText t, Report report) {
        String classname = Markup.escape(fr.path());
        StringBuilder b = new StringBuilder();
        if (!fr.isOk()) {
            String msg = t.errorMessage(fr.error());
            b.append("    <testcase name=\"").append(Markup.escape(t.status(false))).append("\" classname=\"").append(classname)
                    .append("\" time=\"0\">\n");
            b.append("      <error type=\"").append(fr.error().code().id()).append("\" message=\"").append(Markup.escape(msg))
                    .append("\">").append(Markup.escape(fr.error().detail())).append("</error>\n");
            b.append("    </testcase>\n");
            return new Suite(fr, 1, 0, 1, 0, b.toString());
        }
        int failures = 0;
        int skipped = 0;
        for (RuleInfo r : rules) {
            List<Finding> mine = fr.findings().stream().filter(f -> f.rule().equals(r.id())).sorted(Finding.DOCUMENT_ORDER).toList();
            b.append("    <testcase name=\"").append(Markup.escape(r.id())).append("\" classname=\"").append(classname)
                    .append("\" time=\"0\"");
            if (mine.isEmpty()) {
                b.append("/>\n");
                continue;
            }
            b.append(">\n");
            boolean allExisting = mine.stream().allMatch(f -> f.baseline() == BaselineState.EXISTING);
            boolean noneCounts = mine.stream().noneMatch(Gate::counts);
            String details = Markup.escape(details(mine, t));
            if (noneCounts) {
                skipped++;
                String why = allExisting ? t.label("render.junit.existingOnly", mine.size())
                        : t.label("render.waived.title", mine.stream().filter(Finding::isWaived).count());
                b.append("      <skipped message=\"").append(Markup.escape(why)).append("\"/>\n");
                b.append("      <system-out>").append(details).append("</system-out>\n");
            } else {
                failures++;
                Finding first = mine.stream().filter(Gate::counts).findFirst().orElseThrow();
                b.append("      <failure type=\"").append(first.severity().id()).append("\" message=\"")
                        .append(Markup.escape(t.label("render.junit.findings", mine.size()) + (t.lang() == org.sumcheck.report.Lang.ZH ? "：" : ": ") + t.message(first)))
                        .append("\">").append(details).append("</failure>\n");
            }
            b.append("    </testcase>\n");
        }
        // the verdict itself, so a CI test tab shows which files go back even when it hides passing rules
        Verdict v = report.verdict(fr);
        b.append("    <testcase name=\"").append(Markup.escape(t.label("render.col.verdict"))).append("\" classname=\"")
                .append(classname).append("\" time=\"0\"");
        int verdictFailed = 0;
        if (v == Verdict.NEEDS_CHANGES) {
            verdictFailed = 1;
            b.append(">\n      <failure type=\"").append(v.id()).append("\" message=\"")
                    .append(Markup.escape(t.verdictLine(report, fr))).append("\"/>\n    </testcase>\n");
        } else {
            b.append("/>\n");
        }
        return new Suite(fr, rules.size() + 1, failures + verdictFailed, 0, skipped, b.toString());
    }

    private static String details(List<Finding> findings, ReportText t) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(t.location(f)).append(" [").append(t.severity(f.severity())).append("] ").append(t.message(f));
            if (f.baseline() != null) {
                b.append(" [").append(t.label("render.baseline." + f.baseline().id())).append(']');
            }
            b.append('\n');
            if (f.waiver() != null) {
                b.append("    ").append(t.waiver(f.waiver())).append('\n');
            }
            if (!f.excerpt().isEmpty()) {
                b.append("    ").append(f.excerpt()).append('\n');
            }
            if (f.suggestion() != null && !f.suggestion().isBlank()) {
                b.append("    ").append(t.label("render.suggestion", f.suggestion())).append('\n');
            }
            if (!f.occurrences().isEmpty()) {
                b.append("    ").append(t.label("render.occurrences", t.occurrences(f))).append('\n');
            }
            for (var x : f.relatedFiles()) {
                b.append("    ").append(t.relatedFile(x)).append('\n');
            }
        }
        return b.toString();
    }
}
