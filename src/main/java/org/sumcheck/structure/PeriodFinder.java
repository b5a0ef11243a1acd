package org.sumcheck.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the period a document reports on and the one it plans for, by its kind's period reading (kinds.yaml):
 * the title's years first (with or without 年, a span 2021—2025年), else reporting years in the opening. A
 * government report of year N reviews N−1 and plans N; a summary-and-plan plans for the period after the one it
 * reports on (上半年总结和下半年计划: the same year); a summary with a dated plan part becomes a summary-and-plan.
 */
final class PeriodFinder {
    private static final Pattern SPAN = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年?\\s*[—–\\-~～至到]+\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern QUARTER = Pattern.compile("([一二三四1-4])\\s*季度");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月(?![\\d日])");
    /** Where the report part of a title ends: the period words before it are the reported period's. */
    private static final Pattern REPORT_WORD = Pattern.compile("总结|小结|述职|汇报|报告");

    private PeriodFinder() {
    }

    /**
     * What the title block says.
     *
     * @param planYearTo the last year of a planned span, else the plan year
     * @param endMonth   the month the reported period ends in (6 for 上半年, 3/6/9 for a quarter, 5 for 5月, else 12)
     */
    record TitlePeriod(Integer reportYear, Integer planYear, Integer planYearTo, boolean titleHasYear, int endMonth) {
        /** A year after the period reported on: a heading naming it is about the next period. */
        boolean later(int year) {
            return (reportYear != null && year > reportYear) || (planYear != null && reportYear != null && year >= planYear);
        }
    }

    /**
     * @param kind         the kind, possibly refined (summary to summary+plan)
     * @param reportYear   the year reported on, or null
     * @param planYear     the year planned for (the first of a span), or null
     * @param planYearTo   the last year planned for
     * @param titleHasYear whether the title names a year of its own
     * @param endMonth     the month the reported period ends in
     * @param partPlanYear the period a dated next-period part of a report whose title promises no plan is for
     *                     (2024年工作打算 in a 2023 summary), else null
     */
    record Period(DocumentKind kind, Integer reportYear, Integer planYear, Integer planYearTo, boolean titleHasYear,
                  int endMonth, Integer partPlanYear) {
    }

    static TitlePeriod fromTitle(DocumentKind kind, String title, List<YearMention> titleYears, List<String> planWords) {
        Integer reportYear = null;
        Integer planYear = null;
        Integer first = null;
        boolean titleHasYear = false;
        for (YearMention y : titleYears) {
            if (y.role() == YearRole.HISTORY || y.quoted()) {
                continue;
            }
            titleHasYear = true;
            first = first == null ? y.year() : first;
            if (y.role() == YearRole.PLAN) {
                planYear = planYear == null ? y.year() : planYear;
            } else if (y.role() != YearRole.DATE || y.day() == 0) { // 2024年5月份工作总结: a month, not a date
                reportYear = reportYear == null ? y.year() : reportYear;
            }
        }
        Matcher span = SPAN.matcher(title);
        Integer spanFrom = null;
        Integer spanTo = null;
        if (span.find()) {
            spanFrom = Integer.parseInt(span.group(1));
            spanTo = Integer.parseInt(span.group(2));
        }
        Integer planYearTo = null;
        int endMonth = 12;
        switch (kind.period()) {
            case NONE -> {
                reportYear = null;
                planYear = null;
            }
            case GOVERNMENT -> { // delivered early in year N (its title or its date line): reviews N−1, plans N
                planYear = first;
                reportYear = first == null ? null : first - 1;
            }
            case PLAN -> {
                planYear = spanFrom != null ? spanFrom : first;
                planYearTo = spanTo;
                reportYear = null;
            }
            case REPORT, REPORT_PLAN -> {
                if (spanTo != null && (reportYear == null || reportYear.equals(spanFrom))) {
                    reportYear = spanTo; // 2021—2025年工作总结 reports up to 2025
                }
                endMonth = endMonth(reportedPart(title));
                boolean titlePlans = kind.period() == DocumentKind.PeriodReading.REPORT_PLAN
                        || StructureVocabulary.containsAny(title.substring(reportedPart(title).length()), planWords);
                if (titlePlans && planYear == null && reportYear != null) {
                    planYear = nextPeriodYear(reportYear, endMonth);
                }
            }
            default -> {
            }
        }
        return new TitlePeriod(reportYear, planYear, planYearTo == null ? planYear : planYearTo, titleHasYear, endMonth);
    }

    static Period period(DocumentKind titleKind, TitlePeriod tp, List<YearMention> years, Heading[] headingAt,
                         StructureVocabulary vocabulary) {
        DocumentKind kind = titleKind;
        Integer reportYear = tp.reportYear();
        Integer planYear = tp.planYear();
        Integer planYearTo = tp.planYearTo();
        boolean plans = kind.period() == DocumentKind.PeriodReading.PLAN;
        if (!tp.titleHasYear() && kind.period() != DocumentKind.PeriodReading.NONE) {
            for (YearMention y : years) {
                if (y.region() == Region.OPENING && y.reporting() && !y.quoted()) {
                    if (y.role() == YearRole.PLAN && planYear == null) {
                        planYear = y.year();
                    } else if (y.role() == YearRole.REPORT && reportYear == null) {
                        reportYear = plans ? null : y.year();
                        if (plans && planYear == null) {
                            planYear = y.year();
                        }
                    }
                }
            }
            planYearTo = planYear;
        }
        // a report whose title promises no plan but which carries a dated plan part ("2024年工作计划" in a 2023
        // summary): that part is about the next period, the document stays what its title says
        Integer partPlanYear = planYear == null && reportYear != null && kind.period() == DocumentKind.PeriodReading.REPORT
                && hasDatedPlanPart(years, headingAt) ? nextPeriodYear(reportYear, tp.endMonth()) : null;
        if (kind.period() == DocumentKind.PeriodReading.REPORT_PLAN && planYear == null && reportYear != null) {
            planYear = nextPeriodYear(reportYear, tp.endMonth());
            planYearTo = planYear;
        }
        if (kind.period() == DocumentKind.PeriodReading.REPORT_PLAN && planYear != null && !tp.titleHasYear()) {
            planYearTo = planYear;
        }
        for (YearMention y : years) { // a summary's dated plan part names its plan year
            if (planYear == null && kind.period() == DocumentKind.PeriodReading.REPORT_PLAN && y.region() == Region.HEADING
                    && y.role() == YearRole.PLAN && y.parts().contains("next-steps")) {
                planYear = y.year();
                planYearTo = planYear;
            }
        }
        return new Period(kind, reportYear, planYear, planYearTo == null ? planYear : planYearTo, tp.titleHasYear(),
                tp.endMonth(), partPlanYear);
    }

    /** The plan of a summary-and-plan is for the period after the one reported on: same year after 上半年. */
    private static int nextPeriodYear(int reportYear, int endMonth) {
        return endMonth < 12 ? reportYear : reportYear + 1;
    }

    private static String reportedPart(String title) {
        Matcher m = REPORT_WORD.matcher(title);
        return m.find() ? title.substring(0, m.start()) : title;
    }

    /** The last month of the period a title (part) names: 上半年 6, 第三季度 9, 5月 5, else 12. */
    static int endMonth(String t) {
        if (t.contains("上半年")) {
            return 6;
        }
        if (t.contains("下半年")) {
            return 12;
        }
        Matcher q = QUARTER.matcher(t);
        if (q.find()) {
            return 3 * ("一二三四".indexOf(q.group(1)) >= 0 ? "一二三四".indexOf(q.group(1)) + 1
                    : Integer.parseInt(q.group(1)));
        }
        Matcher m = MONTH.matcher(t);
        int month = 12;
        while (m.find()) {
            int n = Character.isDigit(m.group(1).charAt(0)) ? Integer.parseInt(m.group(1)) : ChineseNumerals.parse(m.group(1));
            if (n >= 1 && n <= 12) {
                month = n;
            }
        }
        return month;
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
}
