package org.sumcheck.report;

import java.util.Locale;

/** The eight finding categories of DOMAIN.md; every finding has exactly one. */
public enum Category {
    SECTION, PLACEHOLDER, YEAR, NUMBERING, RESIDUE, DUPLICATE, FORMULATION, PUNCTUATION;

    /** The id used in reports and rule files: {@code placeholder}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
