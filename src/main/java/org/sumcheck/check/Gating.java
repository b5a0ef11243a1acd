package org.sumcheck.check;

import java.io.IOException;
import java.nio.file.Path;
import org.sumcheck.baseline.Baseline;
import org.sumcheck.report.Gate;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;

/**
 * A checked report put under the run's gate, the same way for every door: findings recorded in a baseline are
 * marked existing, then {@link Gate} (the one verdict and exit-status logic) decides at {@code --fail-on}.
 */
public final class Gating {
    private Gating() {
    }

    /**
     * @param baselineFile a baseline written by {@link #writeBaseline}, or null
     * @param failOn       the threshold; null for {@code none} (no file is sent back)
     */
    public static Report apply(Report report, Path baselineFile, Severity failOn) throws IOException {
        Report r = baselineFile == null ? report : Baseline.read(baselineFile).apply(report);
        return r.withGate(new Gate(failOn));
    }

    /** Records the report's findings as the baseline of later runs. */
    public static void writeBaseline(Report report, Path file) throws IOException {
        Baseline.write(report, file);
    }
}
