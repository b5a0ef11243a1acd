package org.sumcheck.server;

import org.sumcheck.report.FileResult;
import org.sumcheck.report.Severity;

/** What a reviewer does with a file: pass it, send it back for changes, or ask for a file that can be checked. */
enum Verdict {
    PASS("pass"), NEEDS_CHANGES("needs-changes"), CANNOT_CHECK("cannot-check");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /** Needs changes when a finding is at or above {@code failOn}; null ({@code none}) never needs changes. */
    static Verdict of(FileResult r, Severity failOn) {
        if (!r.isOk()) {
            return CANNOT_CHECK;
        }
        boolean blocking = failOn != null && r.findings().stream().anyMatch(f -> f.severity().atLeast(failOn));
        return blocking ? NEEDS_CHANGES : PASS;
    }
}
