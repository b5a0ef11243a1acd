package org.sumcheck.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.document.Paragraph;

/**
 * Finds 一是…二是… enumerations, each with the ordinal before it (a passage may span paragraphs under a heading).
 * Words inside quotation marks are someone else's (a quoted idiom “一是一、二是二”), never the author's enumeration.
 */
final class EnumerationFinder {
    /** 一是 … 十是, after the start of the paragraph or a punctuation mark; not 是否. */
    private static final Pattern ENUM = Pattern.compile(
            "(?<![^。；;：:！？!?，,、\\s“”\"）)】])([一二三四五六七八九十]{1,2})是(?!否)");

    private EnumerationFinder() {
    }

    static List<Enumeration> enumerations(List<Paragraph> ps, Heading[] headingAt, int bodyStart) {
        List<Enumeration> out = new ArrayList<>();
        int lastUnderHeading = 0; // last ordinal seen since the last heading, for passages spanning paragraphs
        for (int i = Math.max(1, bodyStart); i < ps.size(); i++) {
            if (headingAt[i] != null) {
                lastUnderHeading = 0;
            }
            String text = ps.get(i).text();
            Matcher m = ENUM.matcher(text);
            int prevInParagraph = 0;
            boolean[] quoted = null;
            for (int shi = text.indexOf('是', 1); shi >= 0; shi = text.indexOf('是', shi + 1)) {
                // only try the pattern just before a 是 (fast on long text)
                if (!m.region(Math.max(0, shi - 2), shi + 1).useTransparentBounds(true).find()) {
                    continue;
                }
                int ordinal = ChineseNumerals.parse(m.group(1));
                if (ordinal <= 0) {
                    continue;
                }
                if (quoted == null) {
                    quoted = insideQuotes(text);
                }
                if (quoted[m.start()]) {
                    continue;
                }
                int previous;
                boolean samePara = prevInParagraph > 0;
                if (samePara) {
                    previous = prevInParagraph;
                } else if (m.start() == 0 && ordinal != 1) {
                    previous = lastUnderHeading; // "二是…" opening a paragraph continues the passage above it
                } else {
                    previous = 0;
                }
                out.add(new Enumeration(i, m.start(), m.group(), ordinal, previous, samePara));
                prevInParagraph = ordinal;
                lastUnderHeading = ordinal;
            }
        }
        return out;
    }

    /** For each char: is it inside “…” or 「…」 (an opening mark left open quotes the rest of the paragraph)? */
    static boolean[] insideQuotes(String text) {
        boolean[] q = new boolean[text.length() + 1];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '「') {
                depth++;
            } else if ((c == '”' || c == '」') && depth > 0) {
                depth--;
            }
            q[i] = depth > 0;
        }
        return q;
    }
}
