package org.sumcheck.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.document.Paragraph;

/** Finds 一是…二是… enumerations, each with the ordinal before it (a passage may span paragraphs under a heading). */
final class EnumerationFinder {
    /** 一是 … 十是, after the start of the paragraph or a punctuation mark; not 是否. */
    private static final Pattern ENUM = Pattern.compile(
            "(?<![^。；;：:！？!?，,、\\s“”\"）)】])([一二三四五六七八九十]{1,2})是(?!否)");

    private EnumerationFinder() {
    }

    static List<Enumeration> enumerations(List<Paragraph> ps, Heading[] headingAt, int titleLines) {
        List<Enumeration> out = new ArrayList<>();
        int lastUnderHeading = 0; // last ordinal seen since the last heading, for passages spanning paragraphs
        for (int i = Math.max(1, titleLines); i < ps.size(); i++) {
            if (headingAt[i] != null) {
                lastUnderHeading = 0;
            }
            String text = ps.get(i).text();
            Matcher m = ENUM.matcher(text);
            int prevInParagraph = 0;
            for (int shi = text.indexOf('是', 1); shi >= 0; shi = text.indexOf('是', shi + 1)) {
                // only try the pattern just before a 是 (fast on long text)
                if (!m.region(Math.max(0, shi - 2), shi + 1).useTransparentBounds(true).find()) {
                    continue;
                }
                int ordinal = ChineseNumerals.parse(m.group(1));
                if (ordinal <= 0) {
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
}
