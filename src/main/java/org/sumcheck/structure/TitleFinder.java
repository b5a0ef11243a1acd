package org.sumcheck.structure;

import java.util.List;
import org.sumcheck.document.Paragraph;

/** Finds the title lines of a document and, from the title's words, the kind of document. */
final class TitleFinder {
    /** A title line is at most this long. */
    private static final int TITLE_LINE_MAX = 40;

    private final StructureVocabulary vocabulary;

    TitleFinder(StructureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The title is the first paragraph; or the first two when the first only names the unit
     * ("中共XX市水利局机关委员会") and the second, a short line, names the kind ("2023年党建工作总结").
     */
    int titleLines(List<Paragraph> ps) {
        if (ps.isEmpty()) {
            return 0;
        }
        if (ps.size() > 1) {
            String first = ps.get(0).text();
            String second = ps.get(1).text().strip();
            if (vocabulary.kindOf(first) == DocumentKind.UNKNOWN && vocabulary.kindOf(second) != DocumentKind.UNKNOWN
                    && second.length() <= TITLE_LINE_MAX && first.length() <= TITLE_LINE_MAX
                    && HeadingFinder.marker(second) == null && second.indexOf('。') < 0 && first.indexOf('。') < 0) {
                return 2;
            }
        }
        return 1;
    }

    /** The title's text: its lines joined, each stripped. */
    static String title(List<Paragraph> ps, int titleLines) {
        StringBuilder titleText = new StringBuilder();
        for (int i = 0; i < titleLines; i++) {
            titleText.append(ps.get(i).text().strip());
        }
        return titleText.toString();
    }

    DocumentKind kindOf(String title) {
        return vocabulary.kindOf(title);
    }
}
