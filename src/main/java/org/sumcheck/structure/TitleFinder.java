package org.sumcheck.structure;

import java.util.List;
import org.sumcheck.document.Paragraph;

/**
 * Finds the title block of a document and, from the title's words, the kind of document.
 *
 * <p>The title is the line that names the kind of document (and usually the unit and the period). Documents copied
 * from template sites carry text above it (the site's outline, a notice, a table of contents 【篇一】…【篇二】): that is
 * front matter, never the title. A unit line right above the kind line (中共XX委员会) and a subtitle right below it
 * (——在…会议上, a date line of a speech) belong to the title block.
 */
final class TitleFinder {
    /** A title line is at most this long. */
    private static final int TITLE_LINE_MAX = 60;
    private static final int UNIT_LINE_MAX = 40;
    /** How far down the real title may stand below front matter. */
    private static final int FRONT_MAX = 15;

    private final StructureVocabulary vocabulary;

    TitleFinder(StructureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The title block: paragraphs [start, end); the kind line is {@code kindLine}.
     *
     * @param speech the document is speech-style (a ——在…会议上 subtitle, or a salutation such as 各位代表： opening it)
     */
    record Block(int start, int end, int kindLine, boolean speech) {
        int lines() {
            return end - start;
        }
    }

    Block block(List<Paragraph> ps) {
        if (ps.isEmpty()) {
            return new Block(0, 0, -1, false);
        }
        int kindLine = -1;
        boolean frontSeen = false;
        for (int i = 0; i < Math.min(ps.size(), FRONT_MAX); i++) {
            String t = ps.get(i).text().strip();
            if (titleCandidate(t)) {
                // below line 1 only under front matter: else a short body line naming a kind (a table cell 工作总结)
                // would push the real title (of an unknown kind) out
                if (i <= 1 || frontSeen) {
                    kindLine = i;
                }
                break;
            }
            frontSeen |= frontMatter(t) || (i == 0 && (t.indexOf('。') >= 0 || t.length() > TITLE_LINE_MAX));
        }
        int start;
        int end;
        if (kindLine < 0) {
            // no line names a kind: the first paragraph is the title (its kind is unknown)
            kindLine = 0;
            start = 0;
        } else {
            start = kindLine;
            if (kindLine > 0 && unitLine(ps.get(kindLine - 1).text())) {
                start = kindLine - 1;
            }
        }
        end = kindLine + 1;
        boolean speech = false;
        while (end < ps.size() && end - kindLine <= 2 && subtitle(ps.get(end).text())) {
            speech |= StructureVocabulary.startsWithAny(ps.get(end).text().strip(), vocabulary.cues().subtitles());
            end++;
        }
        // the first body line (after a speaker's name line) opens with a salutation: 各位代表：
        for (int i = end; i < Math.min(ps.size(), end + 2) && !speech; i++) {
            String t = ps.get(i).text().strip();
            if (StructureVocabulary.startsWithAny(t, vocabulary.cues().salutations()) && t.length() <= 30
                    && (t.endsWith("：") || t.endsWith(":"))) {
                speech = true;
            }
        }
        return new Block(start, end, kindLine, speech);
    }

    /** A short line naming a kind, that is not a table-of-contents entry, site text or a numbered heading. */
    private boolean titleCandidate(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= TITLE_LINE_MAX && t.indexOf('。') < 0 && !frontMatter(t)
                && HeadingFinder.marker(t) == null && vocabulary.namesKind(t);
    }

    private boolean frontMatter(String t) {
        return StructureVocabulary.startsWithAny(t, vocabulary.cues().contents())
                || StructureVocabulary.containsAny(t, vocabulary.cues().siteText());
    }

    /** The unit's name on its own line above the kind line (中共XX市水利局机关委员会). */
    private boolean unitLine(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= UNIT_LINE_MAX && !t.matches(".*[。，,；;：:！？].*") && !frontMatter(t)
                && HeadingFinder.marker(t) == null;
    }

    /** A subtitle under the kind line: ——在…会议上, （2024年1月10日）, a dash-led line. */
    private boolean subtitle(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > TITLE_LINE_MAX || t.indexOf('。') >= 0) {
            return false;
        }
        return t.startsWith("—") || t.startsWith("--") || t.startsWith("－")
                || StructureVocabulary.startsWithAny(t, vocabulary.cues().subtitles())
                || t.matches("^[（(]\\s*(?:19|20)\\d{2}\\s*年[^）)]{0,12}[）)]$");
    }

    /** The title's text: its lines joined, each stripped. */
    static String title(List<Paragraph> ps, Block b) {
        StringBuilder titleText = new StringBuilder();
        for (int i = b.start(); i < b.end(); i++) {
            titleText.append(ps.get(i).text().strip());
        }
        return titleText.toString();
    }

    /** The kind, from the kind line (and the unit line above it), speech-style or not. */
    DocumentKind kindOf(List<Paragraph> ps, Block b) {
        if (b.kindLine() < 0) {
            return DocumentKind.UNKNOWN;
        }
        StringBuilder t = new StringBuilder();
        for (int i = b.start(); i <= b.kindLine(); i++) {
            t.append(ps.get(i).text().strip());
        }
        return vocabulary.kindOf(t.toString(), b.speech());
    }
}
