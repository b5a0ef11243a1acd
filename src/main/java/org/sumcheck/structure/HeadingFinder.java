package org.sumcheck.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.document.Paragraph;

/**
 * Finds GB/T 9704 headings (一、 （一） 1. （1） ①, or a Word heading style) with their numbering, level and parent;
 * an unnumbered line naming a part (存在问题) is a level-0 boundary under which numbering starts afresh.
 */
final class HeadingFinder {
    private static final String CN = "[一二三四五六七八九十]{1,3}";
    /** 一、 (and the wrong 一. 一． 一，), not "一、二季度". */
    private static final Pattern L1 = Pattern.compile("^(" + CN + ")([、.．，,])(?![一二三四五六七八九十])");
    /** （一） possibly followed by a wrong 、 or .; OCR's 〈一）, 《一）, 二） read as the same level */
    private static final Pattern L2 = Pattern.compile("^([（(〈《<［\\[]?)\\s*(" + CN + ")\\s*([）)〉》>］\\]])([、.．，,]?)");
    /** 1. 1． 1、 but not 1.5 */
    private static final Pattern L3 = Pattern.compile("^(\\d{1,2})([.．、])(?!\\d)");
    /** （1） possibly followed by a wrong 、 or .; also 1） and OCR's 〈1） */
    private static final Pattern L4 = Pattern.compile("^([（(〈《<［\\[]?)\\s*(\\d{1,2})\\s*([）)〉》>］\\]])([、.．，,]?)");
    private static final String CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    /** A run-in heading ends at the first full stop (or colon); the rest is body text. */
    private static final Pattern HEADING_END = Pattern.compile("[。！？：:]");

    private final StructureVocabulary vocabulary;

    HeadingFinder(StructureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Heading> headings(List<Paragraph> ps, int titleLines) {
        List<Heading> out = new ArrayList<>();
        // the open heading at each level (index = level), to find parents
        Heading[] open = new Heading[7];
        // last sibling per (parent, level)
        Map<Long, Heading> lastSibling = new HashMap<>();
        Map<Long, Integer> siblingCount = new HashMap<>();
        for (int i = Math.max(1, titleLines); i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            Marker m = marker(p.text());
            // an unnumbered line that names a part (存在问题, a styled 下一步打算) is a part boundary, level 0:
            // the numbering under it starts afresh
            boolean partBoundary = m == null && (p.headingLevel() > 0 || PartFinder.isPartLabel(p.text()))
                    && !vocabulary.partsNamedBy(PartFinder.label(p.text())).isEmpty();
            if (m == null && p.headingLevel() == 0 && !partBoundary) {
                continue;
            }
            String text = p.text();
            int level = m != null ? m.style.level() : partBoundary ? 0 : Math.min(p.headingLevel(), 6);
            int bodyStart = m != null ? m.end : 0;
            String rest = text.substring(bodyStart).strip();
            Matcher end = HEADING_END.matcher(rest);
            boolean runIn = false;
            String title = rest;
            if (end.find()) {
                title = rest.substring(0, end.start());
                runIn = end.end() < rest.length();
            }
            int parent = -1;
            int parentLevel = 0;
            for (int l = level - 1; l >= 0; l--) {
                if (open[l] != null) {
                    parent = open[l].paragraph();
                    parentLevel = l;
                    break;
                }
            }
            long key = ((long) parent << 8) | level;
            Heading prev = m != null ? lastSibling.get(key) : null;
            int position = m != null ? siblingCount.merge(key, 1, Integer::sum) : 0;
            Heading h = new Heading(i, level, m != null ? m.style : MarkerStyle.NONE, m != null ? m.text : "",
                    m != null ? m.number : 0, title, runIn, parent, parentLevel, prev == null ? 0 : prev.number(),
                    prev == null ? null : prev.style(), position);
            out.add(h);
            if (m != null) {
                lastSibling.put(key, h);
            }
            open[level] = h;
            for (int l = level + 1; l < open.length; l++) {
                open[l] = null;
            }
        }
        return out;
    }

    record Marker(MarkerStyle style, String text, int number, int end) {
    }

    /** The numbering marker a paragraph starts with, or null. */
    static Marker marker(String text) {
        Matcher m;
        if ((m = L1.matcher(text)).find()) {
            int n = ChineseNumerals.parse(m.group(1));
            return n <= 0 ? null : new Marker(m.group(2).equals("、") ? MarkerStyle.CHINESE_COMMA : MarkerStyle.CHINESE_DOT,
                    m.group(), n, m.end());
        }
        if ((m = L2.matcher(text)).find()) {
            int n = ChineseNumerals.parse(m.group(2));
            return n <= 0 ? null : new Marker(standardParens(m) ? MarkerStyle.CHINESE_PAREN
                    : MarkerStyle.CHINESE_PAREN_EXTRA, m.group(), n, m.end());
        }
        if ((m = L3.matcher(text)).find()) {
            int n = Integer.parseInt(m.group(1));
            return n <= 0 ? null : new Marker(m.group(2).equals("、") ? MarkerStyle.ARABIC_COMMA : MarkerStyle.ARABIC_DOT,
                    m.group(), n, m.end());
        }
        if ((m = L4.matcher(text)).find()) {
            int n = Integer.parseInt(m.group(2));
            return n <= 0 ? null : new Marker(standardParens(m) ? MarkerStyle.ARABIC_PAREN
                    : MarkerStyle.ARABIC_PAREN_EXTRA, m.group(), n, m.end());
        }
        if (!text.isEmpty() && CIRCLED_DIGITS.indexOf(text.charAt(0)) >= 0) {
            return new Marker(MarkerStyle.CIRCLED, text.substring(0, 1), CIRCLED_DIGITS.indexOf(text.charAt(0)) + 1, 1);
        }
        return null;
    }

    /** （一） or (一) with nothing after: the GB/T form (half-width brackets are the punctuation rules' business). */
    private static boolean standardParens(Matcher m) {
        String open = m.group(1);
        String close = m.group(3);
        return m.group(4).isEmpty() && ((open.equals("（") && close.equals("）")) || (open.equals("(") && close.equals(")")));
    }
}
