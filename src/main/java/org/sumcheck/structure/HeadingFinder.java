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
    /** 一、 (and the wrong 一. 一． 一，). */
    private static final Pattern L1 = Pattern.compile("^(" + CN + ")([、.．，,])");
    /** After 一、: a numeral range of periods (一、二季度), never a heading. */
    /** After 一、: a later numeral naming a period or group makes it a list (一、二季度), not a heading (一、一季度工作…). */
    private static final Pattern NUMERAL_RANGE = Pattern.compile("^([一二三四五六七八九十]+)\\s*(?:季度|月份|月|年级|批|期)");
    /** After 1.: a year (20.2025年底前…), read as the item's text when the number continues its list. */
    private static final Pattern YEAR_AHEAD = Pattern.compile("^(?:19|20)\\d{2}\\s*年");
    /** （一） possibly followed by a wrong 、 or .; OCR's 〈一）, 《一）, 二） read as the same level */
    private static final Pattern L2 = Pattern.compile("^([（(〈《<［\\[]?)\\s*(" + CN + ")\\s*([）)〉》>］\\]])([、.．，,]?)");
    /** 1. 1． 1、 (1.5 only where the number continues its list, see {@link Marker#needsSequence}) */
    private static final Pattern L3 = Pattern.compile("^(\\d{1,2})([.．、])");
    /** （1） possibly followed by a wrong 、 or .; also 1） and OCR's 〈1） */
    private static final Pattern L4 = Pattern.compile("^([（(〈《<［\\[]?)\\s*(\\d{1,2})\\s*([）)〉》>］\\]])([、.．，,]?)");
    private static final String CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    /** A run-in heading ends at the first full stop (or colon); the rest is body text. */
    private static final Pattern HEADING_END = Pattern.compile("[。！？：:]");

    private final PartFinder partFinder;

    HeadingFinder(PartFinder partFinder) {
        this.partFinder = partFinder;
    }

    /** The headings below the title block (front matter above it is never a heading). */
    List<Heading> headings(List<Paragraph> ps, int bodyStart) {
        List<Heading> out = new ArrayList<>();
        // the open heading at each level (index = level), to find parents
        Heading[] open = new Heading[7];
        // last sibling per (parent, level)
        Map<Long, Heading> lastSibling = new HashMap<>();
        Map<Long, Integer> siblingCount = new HashMap<>();
        // the last numbered heading of each level anywhere: items numbered on across sections (工作要点's 1.–30.)
        Heading[] lastAtLevel = new Heading[7];
        for (int i = Math.max(1, bodyStart); i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            Marker m = marker(p.text());
            if (m != null && m.needsSequence()) {
                // 一、一心一意… or 20.2025年…: a heading only where it continues its level's sequence
                int lv = m.style.level();
                Heading prev = lastSibling.get(((long) parentOf(open, lv) << 8) | lv);
                boolean continues = prev == null ? m.number == 1 || (lastAtLevel[lv] != null
                        && lastAtLevel[lv].number() + 1 == m.number) : prev.number() + 1 == m.number;
                if (!continues || (lv == 3 && m.number < 2 && !m.yearAhead())) {
                    m = null;
                }
            }
            // an unnumbered line that names a part (存在问题, a styled 下一步打算) is a part boundary, level 0:
            // the numbering under it starts afresh
            boolean partBoundary = m == null && (p.headingLevel() > 0 || PartFinder.isPartLabel(p.text()))
                    && !partFinder.labelNames(p.text()).isEmpty();
            if (m == null && p.headingLevel() == 0 && !partBoundary) {
                continue;
            }
            String text = p.text();
            int level = m != null ? m.style.level() : partBoundary ? 0 : Math.min(p.headingLevel(), 6);
            int markerEnd = m != null ? m.end : 0;
            String rest = text.substring(markerEnd).strip();
            Matcher end = HEADING_END.matcher(rest);
            boolean runIn = false;
            String title = rest;
            if (end.find()) {
                title = rest.substring(0, end.start());
                runIn = end.end() < rest.length();
            }
            int parent = parentOf(open, level);
            int parentLevel = parent < 0 ? 0 : levelOf(open, parent);
            long key = ((long) parent << 8) | level;
            Heading prev = m != null ? lastSibling.get(key) : null;
            if (m != null && prev == null && m.number > 1 && lastAtLevel[level] != null
                    && lastAtLevel[level].number() + 1 == m.number && lastAtLevel[level].inPlace()) {
                prev = lastAtLevel[level]; // numbered on from the previous section: not a gap
                siblingCount.put(key, prev.position());
            }
            int position = m != null ? siblingCount.merge(key, 1, Integer::sum) : 0;
            Heading h = new Heading(i, level, m != null ? m.style : MarkerStyle.NONE, m != null ? m.text : "",
                    m != null ? m.number : 0, title, runIn, parent, parentLevel, prev == null ? 0 : prev.number(),
                    prev == null ? null : prev.style(), position, null);
            out.add(h);
            if (m != null) {
                lastSibling.put(key, h);
                lastAtLevel[level] = h;
            }
            open[level] = h;
            for (int l = level + 1; l < open.length; l++) {
                open[l] = null;
            }
        }
        return withGroupStyles(out);
    }

    /** Paragraph index of the enclosing open heading for a heading of this level, or -1. */
    private static int parentOf(Heading[] open, int level) {
        for (int l = level - 1; l >= 0; l--) {
            if (open[l] != null) {
                return open[l].paragraph();
            }
        }
        return -1;
    }

    private static int levelOf(Heading[] open, int paragraph) {
        for (int l = 0; l < open.length; l++) {
            if (open[l] != null && open[l].paragraph() == paragraph) {
                return l;
            }
        }
        return 0;
    }

    /**
     * Each numbered heading with the dominant marker style of its sibling group (same parent, same level): the
     * most used one, the GB/T one on a tie. The marker breaking it is the one mistake (1. 2、 3.: 2、 only).
     */
    private static List<Heading> withGroupStyles(List<Heading> hs) {
        Map<Long, Map<MarkerStyle, Integer>> counts = new HashMap<>();
        for (Heading h : hs) {
            if (h.numbered()) {
                counts.computeIfAbsent(groupKey(h), k -> new java.util.EnumMap<>(MarkerStyle.class))
                        .merge(h.style(), 1, Integer::sum);
            }
        }
        Map<Long, MarkerStyle> dominant = new HashMap<>();
        counts.forEach((k, c) -> dominant.put(k, c.entrySet().stream()
                .max(java.util.Comparator.<Map.Entry<MarkerStyle, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().standard()))
                .map(Map.Entry::getKey).orElseThrow()));
        List<Heading> out = new ArrayList<>(hs.size());
        for (Heading h : hs) {
            out.add(h.numbered() ? h.withGroupStyle(dominant.get(groupKey(h))) : h);
        }
        return out;
    }

    private static long groupKey(Heading h) {
        return ((long) h.parent() << 8) | h.level();
    }

    /**
     * A numbering marker.
     *
     * @param needsSequence what follows the marker is itself a numeral or a number (一、一心一意…, 20.2025年…):
     *                      the marker is one only where it continues its level's sequence
     * @param yearAhead     a year follows the marker (20.2025年)
     */
    record Marker(MarkerStyle style, String text, int number, int end, boolean needsSequence, boolean yearAhead) {
        Marker(MarkerStyle style, String text, int number, int end) {
            this(style, text, number, end, false, false);
        }
    }

    /** The numbering marker a paragraph starts with, or null. */
    static Marker marker(String text) {
        Matcher m;
        if ((m = L1.matcher(text)).find()) {
            int n = ChineseNumerals.parse(m.group(1));
            String after = text.substring(m.end()).stripLeading();
            Matcher range = NUMERAL_RANGE.matcher(after);
            if (n <= 0 || (range.find() && ChineseNumerals.parse(range.group(1)) > n)) {
                return null;
            }
            return new Marker(m.group(2).equals("、") ? MarkerStyle.CHINESE_COMMA : MarkerStyle.CHINESE_DOT,
                    m.group(), n, m.end(), !after.isEmpty() && "一二三四五六七八九十".indexOf(after.charAt(0)) >= 0, false);
        }
        if ((m = L2.matcher(text)).find()) {
            int n = ChineseNumerals.parse(m.group(2));
            return n <= 0 ? null : new Marker(standardParens(m) ? MarkerStyle.CHINESE_PAREN
                    : MarkerStyle.CHINESE_PAREN_EXTRA, m.group(), n, m.end());
        }
        if ((m = L3.matcher(text)).find()) {
            int n = Integer.parseInt(m.group(1));
            String after = text.substring(m.end());
            boolean digit = !after.isEmpty() && Character.isDigit(after.charAt(0));
            return n <= 0 ? null : new Marker(m.group(2).equals("、") ? MarkerStyle.ARABIC_COMMA : MarkerStyle.ARABIC_DOT,
                    m.group(), n, m.end(), digit, digit && YEAR_AHEAD.matcher(after).find());
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
