package org.sumcheck.crossdoc;

import org.sumcheck.structure.Located;

/**
 * Fact of CROSS-003: the year a batch file reports on ({@code role} REPORT) or plans for (PLAN), at the title.
 */
public record FilePeriod(String path, Role role, int year, int paragraph, int page, int offset, int length)
        implements Located {
    public enum Role { REPORT, PLAN }
}
