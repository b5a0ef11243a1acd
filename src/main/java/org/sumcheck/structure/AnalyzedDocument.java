package org.sumcheck.structure;

import java.util.List;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;

/**
 * What the structure step understood of a document: its title and kind, the years it reports on and plans
 * for, its headings with their numbering, its inline enumerations, its year mentions and its parts.
 * Immutable; rules read it, nothing writes it.
 *
 * @param title           the title; two lines joined when the first only names the unit (中共XX委员会 / 2023年党建工作总结)
 * @param titleParagraph  index of the title paragraph naming the kind, or -1 for an empty document; paragraphs above the
 *                        title block are front matter ({@link Region#FRONT})
 * @param planYearTo      the last year of a planned span (2021—2025年), else the plan year
 * @param titleHasYear    the title itself names a year (else the years came from the opening, if at all)
 * @param periodEndMonth  last month of the period reported on (12 for a year, 6 for 上半年, 9 for 第三季度)
 * @param regions         the region of each paragraph, by index
 * @param partsOf         the ids of the parts each paragraph belongs to, by index (empty before any named part)
 * @param partPlanYear    the year a dated next-period part is for when the title promises no plan (2024年工作思路 in a
 *                        2023 summary; {@code planYear} stays null), else null
 */
public record AnalyzedDocument(Document document, String title, int titleParagraph, DocumentKind kind,
                               Integer reportYear, Integer planYear, Integer planYearTo, boolean titleHasYear,
                               int periodEndMonth,
                               List<Heading> headings, List<Enumeration> enumerations, List<YearMention> years,
                               List<Part> parts, List<Region> regions,
                               List<java.util.Set<String>> partsOf, Integer partPlanYear) {
    public AnalyzedDocument {
        headings = List.copyOf(headings);
        enumerations = List.copyOf(enumerations);
        years = List.copyOf(years);
        parts = List.copyOf(parts);
        regions = List.copyOf(regions);
        partsOf = List.copyOf(partsOf);
    }

    /** The year a plan part of this document is about: the title's plan year, else that of a dated next-year part. */
    public Integer plannedYear() {
        return planYear != null ? planYear : partPlanYear;
    }

    /** The last year a plan part is about (a span's end), see {@link #plannedYear()}. */
    public Integer plannedYearTo() {
        return planYear != null ? planYearTo : partPlanYear;
    }

    public Paragraph paragraph(int index) {
        return document.paragraphs().get(index);
    }

    /** The last month of the period reported on as yyyymm (202312), or null when the report year is unknown. */
    public Integer periodEnd() {
        return reportYear == null ? null : reportYear * 100 + periodEndMonth;
    }

    public boolean hasPart(String id) {
        return parts.stream().anyMatch(p -> p.id().equals(id));
    }
}
