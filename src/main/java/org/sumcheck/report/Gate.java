package org.sumcheck.report;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one gate: a file's verdict and score, and from them the run's exit status. Every format, the CLI's exit code
 * and the server's page read them from here.
 *
 * <p>Verdict: 无法检查 (cannot-check) when the file could not be read; 需修改 (needs-changes) when a finding that
 * counts is at or above {@code --fail-on}; else 通过 (pass). A finding counts unless it is waived, or recorded in the
 * baseline ({@code existing}). {@code failOn} null ({@code --fail-on none}) never sends a file back.
 *
 * <p>Score (0–100): {@code 100 − 10 × errors − 3 × warnings − 1 × infos} over the findings that are not waived, at
 * least 0; a grouped finding (one placeholder repeated) costs once. None for a file that could not be checked. The
 * score describes the document (baseline findings are still defects in it); the verdict is the decision.
 *
 * @param failOn the threshold of {@code --fail-on}; null for {@code none}
 */
public record Gate(Severity failOn) {
    public static final Gate DEFAULT = new Gate(Severity.ERROR);
    public static final Gate NEVER = new Gate(null);

    public static final int ERROR_WEIGHT = 10;
    public static final int WARNING_WEIGHT = 3;
    public static final int INFO_WEIGHT = 1;

    public Verdict verdict(FileResult r) {
        if (!r.isOk()) {
            return Verdict.CANNOT_CHECK;
        }
        boolean blocking = failOn != null && r.findings().stream()
                .anyMatch(f -> counts(f) && f.severity().atLeast(failOn));
        return blocking ? Verdict.NEEDS_CHANGES : Verdict.PASS;
    }

    /** 0–100, or null when the file could not be checked. */
    public Integer score(FileResult r) {
        if (!r.isOk()) {
            return null;
        }
        int lost = 0;
        for (Finding f : r.findings()) {
            if (!f.isWaived()) {
                lost += switch (f.severity()) {
                    case ERROR -> ERROR_WEIGHT;
                    case WARNING -> WARNING_WEIGHT;
                    case INFO -> INFO_WEIGHT;
                };
            }
        }
        return Math.max(0, 100 - lost);
    }

    /** A finding that counts toward the verdict: not waived, not already in the baseline. */
    public static boolean counts(Finding f) {
        return !f.isWaived() && f.baseline() != BaselineState.EXISTING;
    }

    /** Findings not waived, by category (every category present, zeros included). */
    public static Map<Category, Integer> byCategory(FileResult r) {
        Map<Category, Integer> m = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            m.put(c, 0);
        }
        r.findings().stream().filter(f -> !f.isWaived()).forEach(f -> m.merge(f.category(), 1, Integer::sum));
        return m;
    }

    /** Files per verdict over a report (every verdict present). */
    public Map<Verdict, Integer> verdictCounts(Report report) {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            m.put(v, 0);
        }
        report.files().forEach(f -> m.merge(verdict(f), 1, Integer::sum));
        return m;
    }

    /** The documented exit status: 2 when a file could not be checked, else 1 when one needs changes, else 0. */
    public int exitStatus(Report report) {
        Map<Verdict, Integer> m = verdictCounts(report);
        return m.get(Verdict.CANNOT_CHECK) > 0 ? 2 : m.get(Verdict.NEEDS_CHANGES) > 0 ? 1 : 0;
    }
}
