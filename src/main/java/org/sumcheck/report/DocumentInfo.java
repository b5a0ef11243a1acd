package org.sumcheck.report;

/**
 * What the checker understood of a document; shown in reports.
 *
 * @param kind       document kind id (summary, summary+plan, duty-report, plan, half-year, quarterly) or "unknown"
 * @param reportYear the year reported on, or null
 * @param planYear   the year planned for, or null
 */
public record DocumentInfo(String title, String kind, Integer reportYear, Integer planYear, int pages, int paragraphs,
                           String format, boolean ocr) {
}
