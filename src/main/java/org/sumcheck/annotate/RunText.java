package org.sumcheck.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * The text of a paragraph's direct runs, with where each run starts: w:t as written, w:tab as a tab, w:br/w:cr as a
 * line break. Runs inside hyperlinks or fields are not direct runs; words there are anchored by paragraph.
 */
record RunText(List<CTR> runs, List<String> texts, int[] starts, String text) {
    private static final Set<String> PLAIN = Set.of("rPr", "t", "lastRenderedPageBreak", "proofErr");

    static RunText of(CTP p) {
        List<CTR> runs = new ArrayList<>(p.getRList());
        List<String> texts = new ArrayList<>();
        int[] starts = new int[runs.size()];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            starts[i] = all.length();
            String t = text(runs.get(i));
            texts.add(t);
            all.append(t);
        }
        return new RunText(runs, texts, starts, all.toString());
    }

    /** Index of the run holding character {@code offset}, or -1. */
    int runAt(int offset) {
        for (int i = 0; i < runs.size(); i++) {
            if (offset >= starts[i] && offset < starts[i] + texts.get(i).length()) {
                return i;
            }
        }
        return -1;
    }

    static String text(CTR r) {
        StringBuilder b = new StringBuilder();
        try (XmlCursor c = r.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    switch (c.getName().getLocalPart()) {
                        case "t", "delText" -> b.append(c.getTextValue());
                        case "tab" -> b.append('\t');
                        case "br", "cr" -> b.append('\n');
                        default -> {
                        }
                    }
                } while (c.toNextSibling());
            }
        }
        return b.toString();
    }

    /** A run holding only text (and formatting): safe to split in two. */
    static boolean isPlain(CTR r) {
        try (XmlCursor c = r.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    if (!PLAIN.contains(c.getName().getLocalPart())) {
                        return false;
                    }
                } while (c.toNextSibling());
            }
        }
        return true;
    }
}
