package org.sumcheck.rules.facts;

/**
 * The document as a whole, one per session: its kind and years, for rules that compare against them.
 *
 * @param kind              kind id (summary, summary+plan, duty-report, plan, gov-report …, unknown; data/kinds.yaml)
 * @param planYearTo        the last year of a planned span (2021—2025年), else the plan year
 * @param periodEnd         last month of the reported period as yyyymm (202312), or null when unknown
 * @param ocr               the text came from OCR: exact glyphs (brackets, punctuation) cannot be trusted
 * @param known             the kind is known
 * @param reportsOnPeriod   the kind reports on a past period (summaries, duty reports, a government report's review)
 * @param titleYearExpected a title of this kind should name its year
 */
public record DocFact(String kind, Integer reportYear, Integer planYear, Integer planYearTo, boolean titleHasYear,
                      Integer periodEnd, int titleParagraph, String title, boolean ocr, boolean known,
                      boolean reportsOnPeriod, boolean titleYearExpected) {

    /** The year lies in the period planned for (one year, or a span). */
    public boolean inPlanPeriod(int year) {
        return planYear != null && year >= planYear && year <= (planYearTo == null ? planYear : planYearTo);
    }

    /** The period reported on ends before December (上半年, a quarter, a month). */
    public boolean subYear() {
        return periodEnd != null && periodEnd % 100 != 12;
    }
}
