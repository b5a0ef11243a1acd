package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sumcheck.document.Paragraph;
import org.sumcheck.structure.StructureVocabulary;

/**
 * Finds paragraphs and long sentences that occur twice (settings in {@code data/duplicate.yaml}). Text is
 * compared by a key of its letters and digits only (spaces, punctuation and full/half width ignored, leading
 * numbering such as 一是 or （三） dropped), kept in a hash map: one pass, no pairwise comparison.
 * <p>
 * Left out: the title and standalone headings (short text that may legitimately repeat, such as a running
 * header), and the sentences of a paragraph that is itself reported as a repeat (one finding, not one per
 * sentence). A sentence repeated inside its own paragraph is reported too: it is the same paste error.
 */
public final class DuplicateScanner {
    private final int minParagraphChars;
    private final int minSentenceChars;
    private final String sentenceEnds;
    private final Pattern leadingMarker;

    public DuplicateScanner(JsonNode data) {
        minParagraphChars = data.path("min-paragraph-chars").asInt(20);
        minSentenceChars = data.path("min-sentence-chars").asInt(20);
        sentenceEnds = data.path("sentence-ends").asText(TextSpans.SENTENCE_ENDS);
        List<String> markers = StructureVocabulary.strings(data.path("leading-markers"));
        TextSpans.patterns(markers, "duplicate.yaml leading-markers", 0); // names a bad one
        leadingMarker = markers.isEmpty() ? null
                : Pattern.compile(markers.stream().map(m -> "(?:" + m + ")").collect(Collectors.joining("|")));
    }

    /**
     * @param skip paragraphs never compared (the title, standalone headings)
     */
    public void scan(List<Paragraph> paragraphs, Set<Integer> skip, List<Object> out) {
        // the title and headings, and body paragraphs repeating them (a PDF's running header), are never reported
        Set<String> ignored = new HashSet<>();
        for (int i : skip) {
            if (i >= 0 && i < paragraphs.size()) {
                String t = paragraphs.get(i).text();
                ignored.add(key(t, afterMarker(t, 0), t.length()));
            }
        }
        Map<String, Span> seenParagraphs = new HashMap<>();
        boolean[] repeated = new boolean[paragraphs.size()];
        for (Paragraph p : paragraphs) {
            if (skip.contains(p.index())) {
                continue;
            }
            String t = p.text();
            String key = key(t, afterMarker(t, 0), t.length());
            if (key.length() < minParagraphChars || ignored.contains(key)) {
                continue;
            }
            Span here = new Span(p.index(), 0, t.length());
            Span first = seenParagraphs.putIfAbsent(key, here);
            if (first != null) {
                repeated[p.index()] = true;
                out.add(new DuplicateHit(DuplicateHit.Kind.PARAGRAPH, p.index(), 0, t.length(), first));
            }
        }
        Map<String, Span> seenSentences = new HashMap<>();
        for (Paragraph p : paragraphs) {
            if (skip.contains(p.index()) || repeated[p.index()]) {
                continue;
            }
            String t = p.text();
            for (int[] s : TextSpans.sentences(t, sentenceEnds)) {
                int start = afterMarker(t, s[0]);
                String key = key(t, start, s[1]);
                if (key.length() < minSentenceChars || ignored.contains(key)) {
                    continue;
                }
                Span here = new Span(p.index(), start, s[1] - start);
                Span first = seenSentences.putIfAbsent(key, here);
                if (first != null) {
                    out.add(new DuplicateHit(DuplicateHit.Kind.SENTENCE, p.index(), start, s[1] - start, first));
                }
            }
        }
    }

    /** Where the text proper starts: blanks and a leading number (一是, （三）, 1.) skipped. */
    private int afterMarker(String t, int from) {
        int s = from;
        while (s < t.length() && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        if (leadingMarker != null) {
            Matcher m = leadingMarker.matcher(t).region(s, t.length());
            if (m.lookingAt()) {
                s = m.end();
            }
        }
        return s;
    }

    /** Letters and digits only, full-width Latin letters and digits folded to ASCII, case folded. */
    static String key(String t, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0); // full-width ＡＢ１２ → AB12
            }
            if (c >= 'A' && c <= 'Z') {
                sb.append((char) (c + 32));
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
