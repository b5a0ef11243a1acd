package org.sumcheck.structure;

import java.util.List;

/**
 * Decides the period a document reports on and the one it plans for, from the year mentions: the title's years
 * first, else reporting years in the opening; a summary with a dated plan part becomes a summary-and-plan.
 */
final class PeriodFinder {
    private PeriodFinder() {
    }

    /**
     * @param kind         the kind, possibly refined (SUMMARY to SUMMARY_PLAN)
     * @param reportYear   the year reported on, or null
     * @param planYear     the year planned for, or null
     * @param titleHasYear whether the title names a year of its own
     * @param endMonth     the month the reported period ends in (6 for 上半年, 3/6/9 for a quarter, else 12)
     */
    record Period(DocumentKind kind, Integer reportYear, Integer planYear, boolean titleHasYear, int endMonth) {
    }

    static Period period(DocumentKind titleKind, String title, List<YearMention> years, Heading[] headingAt) {
        DocumentKind kind = titleKind;
        Integer reportYear = null;
        Integer planYear = null;
        boolean titleHasYear = false;
        for (YearMention y : years) {
            if (y.region() != Region.TITLE || y.role() == YearRole.HISTORY || y.quoted()) {
                continue;
            }
            titleHasYear = true;
            if (y.role() == YearRole.PLAN || kind == DocumentKind.PLAN) {
                planYear = planYear == null ? y.year() : planYear;
            } else {
                reportYear = reportYear == null ? y.year() : reportYear;
            }
        }
        if (!titleHasYear) {
            for (YearMention y : years) {
                if (y.region() == Region.OPENING && y.reporting() && !y.quoted()) {
                    if (y.role() == YearRole.PLAN && planYear == null) {
                        planYear = y.year();
                    } else if (y.role() == YearRole.REPORT && reportYear == null) {
                        reportYear = kind == DocumentKind.PLAN ? null : y.year();
                        if (kind == DocumentKind.PLAN && planYear == null) {
                            planYear = y.year();
                        }
                    }
                }
            }
        }
        if (kind == DocumentKind.SUMMARY && hasDatedPlanPart(years, headingAt)) {
            kind = DocumentKind.SUMMARY_PLAN; // a summary that carries a "2024年工作计划" part
        }
        if (kind == DocumentKind.SUMMARY_PLAN && planYear == null && reportYear != null) {
            planYear = reportYear + 1; // DOMAIN.md: the plan part is for the year after the summary
        }
        return new Period(kind, reportYear, planYear, titleHasYear, periodEndMonth(kind, title));
    }

    private static boolean hasDatedPlanPart(List<YearMention> years, Heading[] headingAt) {
        for (YearMention y : years) {
            if (y.region() == Region.HEADING && y.role() == YearRole.PLAN && headingAt[y.paragraph()] != null
                    && y.parts().contains("next-steps")) {
                return true;
            }
        }
        return false;
    }

    private static int periodEndMonth(DocumentKind kind, String title) {
        if (kind == DocumentKind.HALF_YEAR) {
            return title.contains("上半年") ? 6 : 12;
        }
        if (kind == DocumentKind.QUARTERLY) {
            String[][] q = {{"一季度", "1季度", "3"}, {"二季度", "2季度", "6"}, {"三季度", "3季度", "9"}};
            for (String[] x : q) {
                if (title.contains(x[0]) || title.contains(x[1])) {
                    return Integer.parseInt(x[2]);
                }
            }
        }
        return 12;
    }
}
