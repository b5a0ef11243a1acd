package org.sumcheck.structure;

/** What a document is, by its title (DOMAIN.md's table). */
public enum DocumentKind {
    SUMMARY("summary"), SUMMARY_PLAN("summary+plan"), DUTY_REPORT("duty-report"), PLAN("plan"),
    HALF_YEAR("half-year"), QUARTERLY("quarterly"), UNKNOWN("unknown");

    private final String id;

    DocumentKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True for the kinds that report on a past period (everything but a plan). */
    public boolean reportsOnPeriod() {
        return this != PLAN && this != UNKNOWN;
    }

    public static DocumentKind fromId(String id) {
        for (DocumentKind k : values()) {
            if (k.id.equals(id.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown document kind '" + id + "'");
    }
}
