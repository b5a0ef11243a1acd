package org.sumcheck.report;

import java.util.Locale;

/** The languages users read. Chinese first; English alongside. */
public enum Lang {
    ZH, EN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Lang fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
