package org.sumcheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.sumcheck.document.Paragraph;

/**
 * Keeps the model's promise that a paragraph never holds a line break, whatever the file put into a run of text
 * (a PDF font mapping a glyph to CR or LF, a raw newline inside a Word text element). Each break character becomes
 * one space, so offsets into the text still match the file; a paragraph left blank is dropped.
 */
final class LineBreaks {
    private LineBreaks() {
    }

    static List<Paragraph> removed(List<Paragraph> paragraphs) {
        boolean clean = true;
        for (Paragraph p : paragraphs) {
            if (hasBreak(p.text())) {
                clean = false;
                break;
            }
        }
        if (clean) {
            return paragraphs;
        }
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            String t = spaced(p.text());
            if (!t.isBlank()) {
                out.add(new Paragraph(out.size(), t, p.page(), p.headingLevel()));
            }
        }
        return out;
    }

    private static boolean hasBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isBreak(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String spaced(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (isBreak(cs[i])) {
                cs[i] = ' ';
            }
        }
        return new String(cs);
    }

    /** The characters {@code \R} matches, one by one. */
    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
