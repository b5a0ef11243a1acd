package org.sumcheck.cli;

import java.nio.file.Path;
import java.util.List;
import org.sumcheck.render.RenderOptions;
import org.sumcheck.render.ReportText;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;

/**
 * What a run says on stderr about how it ended, so that a user who sent the report to a file (or asked for JSON)
 * still sees the outcome in the terminal or CI log: one summary line, a plain word for "nothing to check", and what
 * {@code --write-baseline} wrote. Pure functions of the report; the command prints them.
 */
final class RunSummary {
    private RunSummary() {
    }

    /** True when the report itself does not reach the terminal as readable text. */
    static boolean wanted(List<OutputTarget> targets) {
        return targets.stream().anyMatch(t -> !t.isStdout() || !"text".equals(t.renderer().formatId()));
    }

    /** "sumcheck: 共 3 个文件…；报告：out.json；退出码 1" — the counts in the report's words. */
    static String line(Report report, Lang lang, List<OutputTarget> targets, int exitCode) {
        ReportText t = ReportText.of(report, RenderOptions.of(lang));
        List<String> files = targets.stream().filter(x -> !x.isStdout()).map(x -> x.file().toString()).toList();
        StringBuilder b = new StringBuilder("sumcheck: ").append(t.summary(report));
        if (!files.isEmpty()) {
            b.append(t.label("cli.summary.written", String.join(", ", files)));
        }
        return b.append(t.label("cli.summary.exit", exitCode)).toString();
    }

    /** Said when the paths hold no document at all (the report is still written, and exit 0 applies). */
    static String nothingToCheck(Report report, Lang lang, List<Path> paths) {
        ReportText t = ReportText.of(report, RenderOptions.of(lang));
        String where = String.join(" ", paths.stream().map(Path::toString).toList());
        return "sumcheck: " + t.label("cli.nothingToCheck", where, report.skipped().size());
    }

    static String baselineWritten(Report report, Lang lang, Path file) {
        ReportText t = ReportText.of(report, RenderOptions.of(lang));
        int findings = report.files().stream().mapToInt(f -> f.findings().size()).sum();
        return "sumcheck: " + t.label("cli.baselineWritten", file, findings, report.files().size());
    }
}
