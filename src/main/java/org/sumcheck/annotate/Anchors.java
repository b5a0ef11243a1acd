package org.sumcheck.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sumcheck.report.Finding;

/**
 * Finds, in the paragraphs of the file itself, the very occurrence a finding reports (not the first copy of the same
 * words). A finding's location counts characters in the extracted text, which can differ from the file's own runs
 * (automatic numbering rendered in, say); its excerpt is that text around the match, 20 characters either side, so
 * the excerpt is aligned with the paragraph first, and the offset decides only among equal candidates. Places with no
 * excerpt (the other places of a grouped finding) use the offset shift learnt on their paragraph and never take a
 * spot the same rule already holds. Shared by the Word annotator and the fixer; stateful per file, not thread-safe.
 */
public final class Anchors {
    /** As in the rule engine's finding collector: the excerpt is the match and up to this many characters each side. */
    static final int EXCERPT_CONTEXT = 20;

    private final List<String> texts;
    private final Map<Integer, Integer> shift = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    public Anchors(List<String> texts) {
        this.texts = texts;
    }

    /**
     * {paragraph index into {@code texts}, start of the match in it}; start is -1 when the finding is about the whole
     * paragraph or document, or its words are not in the file as such (then the comment goes on the paragraph).
     */
    public int[] target(Finding f) {
        int expected = Math.min(Math.max(0, f.location().paragraph()), texts.size() - 1);
        String m = f.match();
        if (f.location().length() == 0 || m.isEmpty()) {
            return new int[] {expected, -1};
        }
        int bestParagraph = -1;
        int bestScore = 0;
        int bestDistance = Integer.MAX_VALUE;
        int bestStart = -1;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (!text.contains(m)) {
                continue;
            }
            int[] aligned = aligned(text, f, i);
            int score = aligned != null ? 2 + aligned[1] : 1;
            int distance = Math.abs(i - f.location().paragraph());
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                bestParagraph = i;
                bestScore = score;
                bestDistance = distance;
                bestStart = aligned != null ? aligned[0] : -1;
            }
        }
        if (bestParagraph < 0) {
            return new int[] {expected, -1};
        }
        String text = texts.get(bestParagraph);
        int start = bestStart;
        if (start < 0) {
            int guess = f.location().offset() - shift.getOrDefault(bestParagraph, 0);
            start = nearestFree(text, m, guess, f.rule(), bestParagraph);
        } else if (!f.excerpt().isEmpty()) {
            shift.putIfAbsent(bestParagraph, f.location().offset() - start);
        }
        if (start < 0) {
            start = nearest(text, m, f.location().offset());
        }
        taken.add(key(f.rule(), bestParagraph, start));
        return new int[] {bestParagraph, start};
    }

    /**
     * Where the excerpt sits in {@code text} with the match at its reported place: {start, how much context agreed}
     * (more is better); null when the excerpt is absent or not found. Context is cut from the left first (numbering
     * rendered into the extracted text is missing from the file's runs), then from the right.
     */
    private int[] aligned(String text, Finding f, int paragraph) {
        String e = f.excerpt();
        String m = f.match();
        if (e.isEmpty()) {
            return null;
        }
        int before = matchInExcerpt(f);
        if (before < 0) {
            return null;
        }
        for (int cut = 0; cut <= before + (e.length() - before - m.length()); cut++) {
            int left = Math.min(cut, before);
            int right = cut - left;
            String piece = e.substring(left, e.length() - right);
            int at = before - left;
            List<Integer> starts = new ArrayList<>();
            for (int q = text.indexOf(piece); q >= 0; q = text.indexOf(piece, q + 1)) {
                starts.add(q + at);
            }
            if (!starts.isEmpty()) {
                int guess = f.location().offset() - shift.getOrDefault(paragraph, 0);
                int best = -1;
                for (int s : starts) {
                    boolean free = !taken.contains(key(f.rule(), paragraph, s));
                    if (free && (best < 0 || Math.abs(s - guess) < Math.abs(best - guess))) {
                        best = s;
                    }
                }
                if (best < 0) {
                    best = starts.get(0); // two findings of one rule on the same words: both go there
                }
                // a context of the match alone proves nothing about which occurrence it is
                return piece.length() > m.length() ? new int[] {best, piece.length()} : null;
            }
        }
        return null;
    }

    /** Where the match starts inside the excerpt: at min(20, offset) as the collector cut it, else the nearest copy. */
    static int matchInExcerpt(Finding f) {
        String e = f.excerpt();
        String m = f.match();
        int expected = Math.min(EXCERPT_CONTEXT, f.location().offset());
        if (e.startsWith(m, expected)) {
            return expected;
        }
        return nearest(e, m, expected);
    }

    private int nearestFree(String text, String m, int guess, String rule, int paragraph) {
        int best = -1;
        for (int at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) {
            if (!taken.contains(key(rule, paragraph, at)) && (best < 0 || Math.abs(at - guess) < Math.abs(best - guess))) {
                best = at;
            }
        }
        return best;
    }

    static int nearest(String text, String m, int guess) {
        int best = -1;
        for (int at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) {
            if (best < 0 || Math.abs(at - guess) < Math.abs(best - guess)) {
                best = at;
            }
        }
        return best;
    }

    private static String key(String rule, int paragraph, int start) {
        return rule + '\u0000' + paragraph + '\u0000' + start;
    }
}
