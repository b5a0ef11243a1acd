package org.sumcheck.document;

import java.util.List;

/**
 * The pure model of an extracted document: no Tika or POI types, immutable.
 *
 * @param paragraphs non-blank paragraphs in reading order; {@code paragraphs.get(i).index() == i}
 * @param pages      number of pages (PDF), or 0 where the format has none
 * @param format     what the content was detected to be
 * @param ocr        true when the text came from OCR (its findings say so, since OCR errors cause findings)
 * @param notes      things the reader of the report should know about the extraction (mislabelled type, …)
 */
public record Document(List<Paragraph> paragraphs, int pages, SourceFormat format, boolean ocr, List<Note> notes) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
        notes = List.copyOf(notes);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).index() != i) {
                throw new IllegalArgumentException("paragraph " + i + " has index " + paragraphs.get(i).index());
            }
        }
    }

    /** A document made from plain lines of text, one paragraph each (blank lines dropped). Handy for rule examples. */
    public static Document ofLines(String text) {
        List<Paragraph> ps = new java.util.ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                ps.add(Paragraph.of(ps.size(), t));
            }
        }
        return new Document(ps, 0, SourceFormat.TEXT, false, List.of());
    }
}
