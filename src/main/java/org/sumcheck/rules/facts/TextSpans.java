package org.sumcheck.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

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

    /** Start of the sentence holding {@code at}: just after the previous sentence end, blanks skipped. */
    static int sentenceStart(String t, int at) {
        int s = at;
        while (s > 0 && SENTENCE_ENDS.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        while (s < at && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        return s;
    }

    /** End (exclusive) of the sentence holding {@code at}: its closing mark included, and a closing quote after it. */
    static int sentenceEnd(String t, int at) {
        int e = at;
        while (e < t.length() && SENTENCE_ENDS.indexOf(t.charAt(e)) < 0) {
            e++;
        }
        if (e < t.length()) {
            e++;
            while (e < t.length() && "”’）)".indexOf(t.charAt(e)) >= 0) {
                e++;
            }
        }
        return e;
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

    /** One pattern of plain words (longest first), or null for none. */
    static Pattern words(List<String> words) {
        List<String> ws = words.stream().filter(w -> !w.isEmpty()).distinct()
                .sorted((a, b) -> b.length() - a.length()).toList();
        return ws.isEmpty() ? null : Pattern.compile(ws.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }

    /** One pattern of alternatives (regular expressions), or null for none; a bad one names its file and key. */
    static Pattern patterns(List<String> res, String where, int flags) {
        if (res.isEmpty()) {
            return null;
        }
        for (String re : res) {
            try {
                Pattern.compile(re);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": bad pattern " + re + ": " + e.getDescription());
            }
        }
        return Pattern.compile(res.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|")), flags);
    }
}
