package org.sumcheck.rules.facts;

import org.sumcheck.structure.DocumentKind;

/**
 * The document as a whole, one per session: its kind and years, for rules that compare against them.
 *
 * @param kind       what the document is, by its title
 * @param periodEnd  last month of the reported period as yyyymm (202312), or null when unknown
 * @param ocr        the text came from OCR: exact glyphs (brackets, punctuation) cannot be trusted
 */
public record DocFact(DocumentKind kind, Integer reportYear, Integer planYear, boolean titleHasYear, Integer periodEnd,
                      int titleParagraph, String title, boolean ocr) {
    public boolean known() {
        return kind != DocumentKind.UNKNOWN;
    }

    /** Everything but a plan reports on a past period. */
    public boolean reportsOnPeriod() {
        return kind.reportsOnPeriod();
    }
}
