package org.sumcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.sumcheck.baseline.Baseline;
import org.sumcheck.report.BaselineState;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;

/** What makes a CI gate: the baseline and the exit code. */
final class GateSupport {
    private GateSupport() {
    }

    static Report applyBaseline(Report report, Path baselineFile) throws IOException {
        return baselineFile == null ? report : Baseline.read(baselineFile).apply(report);
    }

    static void writeBaseline(Report report, Path file) throws IOException {
        Baseline.write(report, file);
    }

    /**
     * 2 when any input could not be checked; else 1 when a finding (not already in the baseline) is at or
     * above the threshold; else 0. A null threshold ({@code --fail-on none}) never gives 1.
     */
    static int exitCode(Report report, Severity threshold) {
        if (report.failedCount() > 0) {
            return ExitCode.ERROR;
        }
        if (threshold == null) {
            return ExitCode.OK;
        }
        for (FileResult f : report.files()) {
            for (Finding x : f.findings()) {
                if (x.baseline() != BaselineState.EXISTING && x.severity().atLeast(threshold)) {
                    return ExitCode.FINDINGS;
                }
            }
        }
        return ExitCode.OK;
    }
}
