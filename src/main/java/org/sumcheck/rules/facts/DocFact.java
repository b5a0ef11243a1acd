package org.sumcheck.rules.facts;

/**
 * The document as a whole, one per session: its kind and years, for rules that compare against them.
 *
 * @param kind       kind id (summary, summary+plan, duty-report, plan, half-year, quarterly, unknown)
 * @param periodEnd  last month of the reported period as yyyymm (202312), or null when unknown
 * @param ocr        the text came from OCR: exact glyphs (brackets, punctuation) cannot be trusted
 */
public record DocFact(String kind, Integer reportYear, Integer planYear, boolean titleHasYear, Integer periodEnd,
                      int titleParagraph, String title, boolean ocr) {
    public boolean known() {
        return !"unknown".equals(kind);
    }

    /** Everything but a plan reports on a past period. */
    public boolean reportsOnPeriod() {
        return known() && !"plan".equals(kind);
    }
}
