package org.sumcheck.document;

/**
 * Where a finding points: a span inside one paragraph.
 *
 * @param paragraph 0-based paragraph index (renderers show it 1-based)
 * @param page      1-based page, or 0 where unknown
 * @param offset    start of the span in the paragraph's text, in UTF-16 chars
 * @param length    length of the span; 0 for a finding about the whole document
 */
public record Location(int paragraph, int page, int offset, int length) {
    public static Location inParagraph(Paragraph p, int offset, int length) {
        return new Location(p.index(), p.page(), offset, length);
    }
}
