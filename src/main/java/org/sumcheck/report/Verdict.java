package org.sumcheck.report;

/** What a reviewer does with a file: pass it, send it back for changes, or ask for a file that can be checked. */
public enum Verdict {
    PASS("pass"), NEEDS_CHANGES("needs-changes"), CANNOT_CHECK("cannot-check");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Order of a batch report: files to send back first, then those that could not be checked, then passes. */
    public int reviewOrder() {
        return switch (this) {
            case NEEDS_CHANGES -> 0;
            case CANNOT_CHECK -> 1;
            case PASS -> 2;
        };
    }
}
