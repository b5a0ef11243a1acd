package org.sumcheck.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Character classes and sentence boundaries the text scanners share. */
final class TextSpans {
    /** Marks that end a sentence in Chinese text (half-width ones too, as authors type them). */
    static final String SENTENCE_ENDS = "。！？!?";

    private TextSpans() {
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isLatinOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** The sentences of a paragraph as [start, end) pairs (end includes the closing mark). */
    static List<int[]> sentences(String t, String ends) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || ends.indexOf(t.charAt(i)) >= 0) {
                int e = i < t.length() ? i + 1 : i;
                if (e > s) {
                    out.add(new int[]{s, e});
                }
                s = e;
            }
        }
        return out;
    }

    /**
     * The regular expressions of a data list, each compiled on its own (one alternation of them all would lose
     * each one's first-character optimisation and cost several times more per character). A bad one names its
     * file and key.
     */
    static List<Pattern> patterns(List<String> res, String where, int flags) {
        List<Pattern> out = new ArrayList<>();
        for (String re : res) {
            try {
                out.add(Pattern.compile(re, flags));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": bad pattern " + re + ": " + e.getDescription());
            }
        }
        return List.copyOf(out);
    }
}
