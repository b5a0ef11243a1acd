package org.sumcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.sumcheck.baseline.Baseline;
import org.sumcheck.report.Gate;
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

    /** The report under the run's gate: {@code --fail-on} decides every file's verdict (null: {@code none}). */
    static Report gate(Report report, Severity threshold) {
        return report.withGate(new Gate(threshold));
    }

    /**
     * 2 when any input could not be checked; else 1 when a file needs changes (a finding not waived nor in the
     * baseline at or above the threshold); else 0. The report's gate decides (see {@link Gate}).
     */
    static int exitCode(Report report, Severity threshold) {
        Report gated = gate(report, threshold);
        return gated.gate().exitStatus(gated);
    }
}
