package org.sumcheck.document;

import java.util.Objects;

/**
 * One paragraph of body text in reading order, as the reader sees it (automatic numbering rendered in).
 *
 * @param index        0-based position among the document's paragraphs
 * @param text         the paragraph's text; never null, never contains a line break
 * @param page         1-based page it starts on, or 0 where the format has no pages (.docx, .txt)
 * @param headingLevel outline level from a Word heading style (1 = Heading 1), or 0 for none
 */
public record Paragraph(int index, String text, int page, int headingLevel) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        if (index < 0 || page < 0 || headingLevel < 0) {
            throw new IllegalArgumentException("negative index/page/level");
        }
    }

    public static Paragraph of(int index, String text) {
        return new Paragraph(index, text, 0, 0);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
