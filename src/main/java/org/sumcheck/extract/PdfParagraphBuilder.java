package org.sumcheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from the printed lines of a PDF (or of OCR). Pure: lines in, paragraphs out.
 *
 * <p>A word processor wraps a paragraph at the right margin, so a line that reaches the margin continues its
 * paragraph (also across a page break). A paragraph ends at a line that stops noticeably short of the margin
 * (1.5 characters by the measured geometry; with OCR text, whose widths are estimated from the characters, two
 * characters short and ending a sentence, or a third of the line short), unless the next line opens with a Latin
 * word that could not fit there. A new paragraph also starts at a heading marker (一、 （一） 1. （1）), at a change of
 * font size, at a vertical gap wider than the line pitch, or at an indented line after a finished sentence.
 * Page numbers and running headers/footers are dropped first. On the corpus PDFs every paragraph comes out as in
 * the ground truth.
 */
public final class PdfParagraphBuilder {
    /** A rebuilt paragraph and the page it starts on. */
    public record Built(String text, int page) {
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:第\\s*\\d+\\s*页(?:\\s*[,，/、]?\\s*共\\s*\\d+\\s*页)?"
                    + "|共\\s*\\d+\\s*页\\s*第\\s*\\d+\\s*页"
                    + "|[-–—]\\s*\\d+\\s*[-–—]"
                    + "|\\d+\\s*/\\s*\\d+"
                    + "|\\d{1,4}"
                    + "|page\\s*\\d+(?:\\s*of\\s*\\d+)?)$");

    /** Marks after which a line may end a paragraph (sentence ends, closing quotes and brackets). */
    private static final String PARAGRAPH_END = "。！？：；…”’）」』》!?;:.)】";

    /** How many lines at the top and the bottom of a page can be page furniture. */
    private static final int FURNITURE_LINES = 2;

    private PdfParagraphBuilder() {
    }

    public static List<Built> build(List<PdfLine> input) {
        return build(input, 0);
    }

    /**
     * @param pageWidth width of the page in points, or 0 if unknown; tells where the margin is when hardly any
     *                  line reaches it
     */
    public static List<Built> build(List<PdfLine> input, double pageWidth) {
        List<PdfLine> lines = new ArrayList<>();
        for (PdfLine l : input) {
            String t = l.text().strip();
            if (!t.isEmpty()) {
                lines.add(l.withText(t));
            }
        }
        lines = dropPageFurniture(lines);
        if (lines.isEmpty()) {
            return List.of();
        }
        Metrics m = Metrics.of(lines, pageWidth);
        List<Built> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder(lines.get(0).text());
        int curPage = lines.get(0).page();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine prev = lines.get(i - 1);
            PdfLine line = lines.get(i);
            if (startsNewParagraph(prev, line, m) && !wrappedTitle(out.isEmpty() && i == 1, prev, line, m)) {
                out.add(new Built(CjkText.removeLayoutSpaces(cur.toString()), curPage));
                cur.setLength(0);
                cur.append(line.text());
                curPage = line.page();
            } else {
                CjkText.appendLine(cur, line.text());
            }
        }
        out.add(new Built(CjkText.removeLayoutSpaces(cur.toString()), curPage));
        return out;
    }

    static boolean startsNewParagraph(PdfLine prev, PdfLine line, Metrics m) {
        if (HeadingMarkers.startsWithMarker(line.text())) {
            return true;
        }
        boolean ended = endsSentence(prev.text());
        boolean geometry = prev.hasGeometry() && line.hasGeometry();
        if (geometry) {
            if (Math.abs(prev.fontSize() - line.fontSize()) > 0.15 * Math.max(prev.fontSize(), line.fontSize())) {
                return true;
            }
            if (prev.page() == line.page() && m.pitch > 0 && line.y() - prev.y() > 1.45 * m.pitch * line.fontSize() / m.bodySize) {
                return true;
            }
            if (ended && line.x0() > m.left + 0.9 * line.fontSize()) {
                return true; // first-line indent after a finished sentence
            }
        }
        double shortBy = m.shortfall(prev);
        if (!ended && shortBy < m.width(leadingWord(line.text()), line) + m.shortThreshold(prev)) {
            return false; // the next line opens with a Latin word or number too long for the space left: a wrap
        }
        if (shortBy >= 0.35 * m.fullWidth(prev)) {
            return true; // a line well short of the margin: a title, a heading, a last line
        }
        // measured lines are exact: any line two characters short ended; estimated widths need a sentence end too
        return shortBy >= m.shortThreshold(prev) && (geometry || ended);
    }

    /**
     * Without geometry a title printed large looks like short lines; the first two lines, neither ending a
     * sentence and the second short, are one title wrapped ("…2024年工作" + "打算").
     */
    private static boolean wrappedTitle(boolean firstTwo, PdfLine prev, PdfLine line, Metrics m) {
        return firstTwo && !prev.hasGeometry() && !endsSentence(prev.text()) && !endsSentence(line.text())
                && !HeadingMarkers.startsWithMarker(line.text())
                && m.shortfall(line) >= 0.35 * m.fullWidth(line);
    }

    /** The unbreakable Latin word or number a line starts with ("Microsoft", "2024"), or "". */
    static String leadingWord(String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || CjkText.isWide(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return PARAGRAPH_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** Drops page numbers and running headers/footers from the top and bottom lines of each page. */
    static List<PdfLine> dropPageFurniture(List<PdfLine> lines) {
        Map<Integer, List<Integer>> byPage = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byPage.computeIfAbsent(lines.get(i).page(), k -> new ArrayList<>()).add(i);
        }
        // a running header repeats at the top of pages, a footer at the bottom: a line is keyed with its edge, so
        // the unit's name under the title of page 1 and again in the signature at the end of page 2 is not one
        Map<Integer, List<String>> edgeKeys = new HashMap<>();
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        for (List<Integer> idx : byPage.values()) {
            int n = idx.size();
            for (int k = 0; k < n; k++) {
                List<String> keys = new ArrayList<>(2);
                int i = idx.get(k);
                String key = furnitureKey(lines.get(i).text());
                if (k < FURNITURE_LINES) {
                    keys.add("top:" + key);
                }
                if (k >= n - FURNITURE_LINES) {
                    keys.add("bottom:" + key);
                }
                if (!keys.isEmpty()) {
                    edgeKeys.put(i, keys);
                    keys.forEach(x -> pagesByKey.computeIfAbsent(x, y -> new HashSet<>()).add(lines.get(i).page()));
                }
            }
        }
        int pages = byPage.size();
        boolean[] drop = new boolean[lines.size()];
        for (Map.Entry<Integer, List<String>> e : edgeKeys.entrySet()) {
            int i = e.getKey();
            String t = lines.get(i).text();
            if (PAGE_NUMBER.matcher(t.replace(" ", "")).matches() || PAGE_NUMBER.matcher(t).matches()) {
                drop[i] = true;
            } else if (pages >= 2) {
                int seen = e.getValue().stream().mapToInt(x -> pagesByKey.get(x).size()).max().orElse(0);
                drop[i] = seen >= 2 && seen * 2 >= pages + 1 && t.length() <= 60;
            }
        }
        List<PdfLine> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /**
     * Lines with the same key repeat as page furniture. Digits are ignored only in lines that speak of pages
     * ("某某单位 第3页"): body lines that differ by a number ("第1段…", "第2段…") are not a running header.
     */
    private static String furnitureKey(String text) {
        String t = text.replaceAll("\\s+", "");
        return t.contains("页") || t.toLowerCase(java.util.Locale.ROOT).contains("page") ? t.replaceAll("\\d+", "#") : t;
    }

    /** Page-wide measures: where the right margin is, the line pitch and the body font size. */
    static final class Metrics {
        final double right;      // right margin in points (geometry) or in em (text only)
        final double left;       // left margin in points, NaN for text only
        final double pitch;      // body line pitch in points per body font size, 0 if unknown
        final double bodySize;

        private Metrics(double right, double left, double pitch, double bodySize) {
            this.right = right;
            this.left = left;
            this.pitch = pitch;
            this.bodySize = bodySize;
        }

        static Metrics of(List<PdfLine> lines, double pageWidth) {
            List<PdfLine> geo = lines.stream().filter(PdfLine::hasGeometry).toList();
            if (geo.size() * 2 < lines.size() || geo.isEmpty()) {
                double[] w = lines.stream().mapToDouble(l -> CjkText.emWidth(l.text())).toArray();
                return new Metrics(percentile(w, 0.9), Double.NaN, 0, 1); // estimates: ignore the odd outlier
            }
            Map<Long, Integer> sizeWeight = new HashMap<>();
            for (PdfLine l : geo) {
                sizeWeight.merge(Math.round(l.fontSize() * 2), l.text().length(), Integer::sum);
            }
            long bodyKey = sizeWeight.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            double body = bodyKey / 2.0;
            List<PdfLine> bodyLines = geo.stream().filter(l -> Math.round(l.fontSize() * 2) == bodyKey).toList();
            double right = percentile(bodyLines.stream().mapToDouble(PdfLine::x1).toArray(), 0.75);
            double left = percentile(bodyLines.stream().mapToDouble(PdfLine::x0).toArray(), 0.1);
            double leftmost = bodyLines.stream().mapToDouble(PdfLine::x0).min().orElse(left);
            if (pageWidth > 0 && pageWidth - right > 1.5 * leftmost + body) {
                // the "margin" leaves far more room on the right than on the left: hardly any line reaches the
                // real margin (a page of one-line paragraphs); assume a right margin as wide as the left one
                right = pageWidth - leftmost;
            }
            List<Double> gaps = new ArrayList<>();
            for (int i = 1; i < bodyLines.size(); i++) {
                PdfLine a = bodyLines.get(i - 1);
                PdfLine b = bodyLines.get(i);
                double d = b.y() - a.y();
                if (a.page() == b.page() && d > 0.5 * body && d < 4 * body) {
                    gaps.add(d);
                }
            }
            double pitch = gaps.isEmpty() ? 0 : percentile(gaps.stream().mapToDouble(Double::doubleValue).toArray(), 0.3);
            return new Metrics(right, left, pitch, body);
        }

        /** The usable line width at this line's size (points or em). */
        double fullWidth(PdfLine l) {
            return l.hasGeometry() && !Double.isNaN(left) ? right - left : right;
        }

        /** How far the line stops short of the right margin (points or em). */
        double shortfall(PdfLine l) {
            if (l.hasGeometry() && !Double.isNaN(left)) {
                return right - l.x1();
            }
            return right - CjkText.emWidth(l.text());
        }

        /** Printed width of {@code text} set like {@code line} (points or em), estimated from the line's own width. */
        double width(String text, PdfLine line) {
            if (text.isEmpty()) {
                return 0;
            }
            double em = CjkText.emWidth(text);
            if (line.hasGeometry() && !Double.isNaN(left)) {
                double lineEm = CjkText.emWidth(line.text());
                return lineEm == 0 ? 0 : em * (line.x1() - line.x0()) / lineEm;
            }
            return em;
        }

        /** Shortfall from which a line counts as "noticeably short": two characters. */
        double shortThreshold(PdfLine l) {
            return l.hasGeometry() && !Double.isNaN(left) ? 1.5 * l.fontSize() : 2.0;
        }
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int i = (int) Math.floor(p * (v.length - 1));
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }
}
