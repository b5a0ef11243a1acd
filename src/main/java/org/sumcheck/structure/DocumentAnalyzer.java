package org.sumcheck.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;

/**
 * Recognises a document's structure from its text (most authors type numbering by hand): title, kind and
 * years, GB/T 9704 headings with their numbering, 一是…二是… enumerations, year mentions and parts.
 * Immutable and thread-safe; one instance serves every worker. Linear in the document's length.
 */
public final class DocumentAnalyzer {
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
    /** 一是 … 十是, after the start of the paragraph or a punctuation mark; not 是否. */
    private static final Pattern ENUM = Pattern.compile(
            "(?<![^。；;：:！？!?，,、\\s“”\"）)】])([一二三四五六七八九十]{1,2})是(?!否)");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d〇○零一二三四五六七八九])((?:19|20)\\d{2}|[二一][〇○零一二三四五六七八九]{3})\\s?年");
    private static final Pattern DATE_TAIL = Pattern.compile("^\\s?(\\d{1,2})\\s?月(?:\\s?(\\d{1,2})\\s?日)?");
    private static final Pattern STOP = Pattern.compile("[，。；：、！？,;:!?（）()《》“”\"]|(?:19|20)\\d{2}");
    /** How far after a year its period word may stand (title / body). */
    private static final int TITLE_WINDOW = 24;
    private static final int BODY_WINDOW = 12;
    private static final int OPENING_MAX = 3;
    /** A title line is at most this long. */
    private static final int TITLE_LINE_MAX = 40;
    private static final int SHORT_LINE = 16;
    /** A closing paragraph has at least this many characters (not a stray "##paidend##" or a signature). */
    private static final int CLOSING_MIN = 30;

    private final StructureVocabulary vocabulary;

    public DocumentAnalyzer(StructureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** An analyzer using the vocabulary bundled in the jar. */
    public static DocumentAnalyzer standard() {
        return new DocumentAnalyzer(StructureVocabulary.bundled());
    }

    public StructureVocabulary vocabulary() {
        return vocabulary;
    }

    public AnalyzedDocument analyze(Document doc) {
        List<Paragraph> ps = doc.paragraphs();
        int n = ps.size();
        int titleLines = titleLines(ps);
        StringBuilder titleText = new StringBuilder();
        for (int i = 0; i < titleLines; i++) {
            titleText.append(ps.get(i).text().strip());
        }
        String title = titleText.toString();
        List<Heading> headings = headings(ps, titleLines);
        Heading[] headingAt = new Heading[n];
        headings.forEach(h -> headingAt[h.paragraph()] = h);

        List<Region> regions = new ArrayList<>(n);
        boolean seenHeading = false;
        int openingCount = 0;
        for (int i = 0; i < n; i++) {
            if (i < titleLines) {
                regions.add(Region.TITLE);
            } else if (headingAt[i] != null) {
                seenHeading = true;
                regions.add(Region.HEADING);
            } else if (!seenHeading && openingCount < OPENING_MAX) {
                openingCount++;
                regions.add(Region.OPENING);
            } else {
                regions.add(Region.BODY);
            }
        }
        for (int i = n - 1; i > 0 && regions.get(i) != Region.HEADING; i--) {
            if (regions.get(i) == Region.BODY && ps.get(i).text().length() >= CLOSING_MIN) {
                regions.set(i, Region.CLOSING);
                break;
            }
        }

        PartsFound partsFound = parts(ps, headings, headingAt, regions);
        List<Enumeration> enumerations = enumerations(ps, headingAt, titleLines);
        List<YearMention> years = years(ps, headingAt, regions, partsFound.partOf);

        DocumentKind kind = vocabulary.kindOf(title);
        Integer reportYear = null;
        Integer planYear = null;
        boolean titleHasYear = false;
        for (YearMention y : years) {
            if (y.region() != Region.TITLE || y.role() == YearRole.HISTORY || y.quoted()) {
                continue;
            }
            titleHasYear = true;
            if (y.role() == YearRole.PLAN || kind == DocumentKind.PLAN) {
                planYear = planYear == null ? y.year() : planYear;
            } else {
                reportYear = reportYear == null ? y.year() : reportYear;
            }
        }
        if (!titleHasYear) {
            for (YearMention y : years) {
                if (y.region() == Region.OPENING && y.reporting() && !y.quoted()) {
                    if (y.role() == YearRole.PLAN && planYear == null) {
                        planYear = y.year();
                    } else if (y.role() == YearRole.REPORT && reportYear == null) {
                        reportYear = kind == DocumentKind.PLAN ? null : y.year();
                        if (kind == DocumentKind.PLAN && planYear == null) {
                            planYear = y.year();
                        }
                    }
                }
            }
        }
        if (kind == DocumentKind.SUMMARY && hasDatedPlanPart(years, headingAt)) {
            kind = DocumentKind.SUMMARY_PLAN; // a summary that carries a "2024年工作计划" part
        }
        if (kind == DocumentKind.SUMMARY_PLAN && planYear == null && reportYear != null) {
            planYear = reportYear + 1; // DOMAIN.md: the plan part is for the year after the summary
        }
        return new AnalyzedDocument(doc, title, titleLines - 1, kind, reportYear, planYear, titleHasYear,
                periodEndMonth(kind, title), headings, enumerations, years, partsFound.parts, regions, partsFound.partOf);
    }

    private static boolean hasDatedPlanPart(List<YearMention> years, Heading[] headingAt) {
        for (YearMention y : years) {
            if (y.region() == Region.HEADING && y.role() == YearRole.PLAN && headingAt[y.paragraph()] != null
                    && y.parts().contains("next-steps")) {
                return true;
            }
        }
        return false;
    }

    private static int periodEndMonth(DocumentKind kind, String title) {
        if (kind == DocumentKind.HALF_YEAR) {
            return title.contains("上半年") ? 6 : 12;
        }
        if (kind == DocumentKind.QUARTERLY) {
            String[][] q = {{"一季度", "1季度", "3"}, {"二季度", "2季度", "6"}, {"三季度", "3季度", "9"}};
            for (String[] x : q) {
                if (title.contains(x[0]) || title.contains(x[1])) {
                    return Integer.parseInt(x[2]);
                }
            }
        }
        return 12;
    }

    // ---------------------------------------------------------------- headings

    /**
     * The title is the first paragraph; or the first two when the first only names the unit
     * ("中共XX市水利局机关委员会") and the second, a short line, names the kind ("2023年党建工作总结").
     */
    private int titleLines(List<Paragraph> ps) {
        if (ps.isEmpty()) {
            return 0;
        }
        if (ps.size() > 1) {
            String first = ps.get(0).text();
            String second = ps.get(1).text().strip();
            if (vocabulary.kindOf(first) == DocumentKind.UNKNOWN && vocabulary.kindOf(second) != DocumentKind.UNKNOWN
                    && second.length() <= TITLE_LINE_MAX && first.length() <= TITLE_LINE_MAX && marker(second) == null
                    && second.indexOf('。') < 0 && first.indexOf('。') < 0) {
                return 2;
            }
        }
        return 1;
    }

    private List<Heading> headings(List<Paragraph> ps, int titleLines) {
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
            boolean partBoundary = m == null && (p.headingLevel() > 0 || isPartLabel(p.text()))
                    && !vocabulary.partsNamedBy(label(p.text())).isEmpty();
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

    private record Marker(MarkerStyle style, String text, int number, int end) {
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

    // ---------------------------------------------------------------- parts

    private record PartsFound(List<Part> parts, List<Set<String>> partOf) {
    }

    private PartsFound parts(List<Paragraph> ps, List<Heading> headings, Heading[] headingAt, List<Region> regions) {
        int top = Integer.MAX_VALUE; // the highest numbered level; level 0 (part boundaries) always names parts
        for (Heading h : headings) {
            if (h.level() > 0) {
                top = Math.min(top, h.level());
            }
        }
        List<Part> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Set<String>> partOf = new ArrayList<>(ps.size());
        Set<String> current = Set.of();
        Heading unnamedTop = null;
        for (int i = 0; i < ps.size(); i++) {
            Heading h = headingAt[i];
            String named = null;
            if (h != null && (h.level() == top || h.level() == 0)) {
                named = h.title();
            } else if (h == null && regions.get(i) != Region.TITLE && isPartLabel(ps.get(i).text())) {
                named = label(ps.get(i).text());
            }
            if (named != null) {
                List<StructureVocabulary.PartDef> defs = vocabulary.partsNamedBy(named);
                if (!defs.isEmpty()) {
                    Set<String> ids = new LinkedHashSet<>();
                    for (StructureVocabulary.PartDef d : defs) {
                        ids.add(d.id());
                        if (seen.add(d.id())) {
                            parts.add(new Part(d.id(), d.name(), i, named));
                        }
                    }
                    current = Set.copyOf(ids);
                } else if (h != null) {
                    current = Set.of();
                    if (unnamedTop == null) {
                        unnamedTop = h;
                    }
                }
            }
            partOf.add(current);
        }
        // implicit parts (主要工作 as topic headings): present when a top-level heading names no part,
        // or when the document has no headings to name parts at all
        if (unnamedTop != null || headings.isEmpty()) {
            for (StructureVocabulary.PartDef d : vocabulary.parts()) {
                if (d.implicit() && seen.add(d.id())) {
                    parts.add(new Part(d.id(), d.name(), unnamedTop == null ? -1 : unnamedTop.paragraph(),
                            unnamedTop == null ? "" : unnamedTop.title()));
                }
            }
        }
        return new PartsFound(parts, partOf);
    }

    /** A short stand-alone line ("存在问题") or a paragraph opening with a label and a colon ("存在问题：…"). */
    private static boolean isPartLabel(String text) {
        String t = text.strip();
        if (t.length() <= SHORT_LINE && !t.matches(".*[。，,；;].*")) {
            return true;
        }
        int colon = indexOfAny(t, "：:");
        return colon > 0 && colon <= SHORT_LINE && !t.substring(0, colon).matches(".*[。，,；;].*");
    }

    private static String label(String text) {
        String t = text.strip();
        int colon = indexOfAny(t, "：:");
        return colon > 0 && colon <= SHORT_LINE ? t.substring(0, colon) : t;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- enumerations

    private static List<Enumeration> enumerations(List<Paragraph> ps, Heading[] headingAt, int titleLines) {
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

    // ---------------------------------------------------------------- years

    private List<YearMention> years(List<Paragraph> ps, Heading[] headingAt, List<Region> regions,
                                    List<Set<String>> partOf) {
        List<YearMention> out = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            String text = ps.get(i).text();
            Matcher m = YEAR.matcher(text).useTransparentBounds(true);
            boolean[] quoted = null;
            Heading h = headingAt[i];
            int headingEnd = h == null ? 0 : h.marker().length() + h.title().length() + 1;
            for (int nian = text.indexOf('年', 4); nian >= 0; nian = text.indexOf('年', nian + 1)) {
                // only try the pattern just before a 年 (fast on long text)
                if (!m.region(Math.max(0, nian - 5), nian + 1).find()) {
                    continue;
                }
                if (quoted == null) {
                    quoted = quotedChars(text);
                }
                String digits = m.group(1);
                int year = Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits) : ChineseNumerals.parseYear(digits);
                if (year < 1900 || year > 2099) {
                    continue;
                }
                Region region = regions.get(i);
                if (region == Region.HEADING && m.start() > headingEnd) {
                    region = Region.BODY; // a year in the body text of a run-in heading
                }
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + TITLE_WINDOW + 8));
                int month = 0;
                int day = 0;
                YearRole role;
                Matcher d = DATE_TAIL.matcher(after);
                if (d.find()) {
                    month = Integer.parseInt(d.group(1));
                    day = d.group(2) == null ? 0 : Integer.parseInt(d.group(2));
                    role = YearRole.DATE;
                } else if (historyAround(text, m.start(), after)) {
                    role = YearRole.HISTORY;
                } else {
                    role = periodRole(after, region == Region.TITLE ? TITLE_WINDOW : BODY_WINDOW);
                }
                boolean reporting = sentenceHas(text, m.start(), vocabulary.reportingWords());
                int length = role == YearRole.DATE ? m.end() - m.start() + d.end() : m.end() - m.start();
                out.add(new YearMention(i, m.start(), length, year, month, day, role, region,
                        partOf.get(i), quoted[m.start()], reporting, opensSentence(text, m.start())));
            }
        }
        return out;
    }

    private boolean historyAround(String text, int start, String after) {
        String a = after.startsWith("度") ? after.substring(1) : after;
        for (String w : vocabulary.historyAfter()) {
            if (a.startsWith(w)) {
                return true;
            }
        }
        String before = text.substring(Math.max(0, start - 3), start);
        for (String w : vocabulary.historyBefore()) {
            if (before.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** PLAN when a plan word follows the year closely, REPORT when a report word does, else OTHER. */
    private YearRole periodRole(String after, int window) {
        String w = after.length() > window ? after.substring(0, window) : after;
        Matcher stop = STOP.matcher(w);
        if (stop.find()) {
            w = w.substring(0, stop.start());
        }
        for (String sep : vocabulary.yearSeparators()) {
            int k = w.indexOf(sep);
            if (k >= 0) {
                w = w.substring(0, k);
            }
        }
        if (StructureVocabulary.containsAny(w, vocabulary.planWords())) {
            return YearRole.PLAN;
        }
        if (StructureVocabulary.containsAny(w, vocabulary.reportWords())) {
            return YearRole.REPORT;
        }
        return YearRole.OTHER;
    }

    private static final Pattern LEADING_MARKER = Pattern.compile(
            "(?:[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十\\d]{1,2}[）)]|\\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}、)\\s*$");

    /** Nothing but blanks or an item marker (一是, （一）) between the sentence start and {@code at}. */
    private static boolean opensSentence(String text, int at) {
        int from = at;
        while (from > 0 && "。！？!?；;".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String before = text.substring(from, at).strip();
        return before.isEmpty() || LEADING_MARKER.matcher(before).matches();
    }

    private static boolean sentenceHas(String text, int at, List<String> words) {
        int from = at;
        while (from > 0 && "。！？!?".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < text.length() && "。！？!?".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return StructureVocabulary.containsAny(text.substring(from, to), words);
    }

    /** For each char of the text: is it inside 《…》? */
    static boolean[] quotedChars(String text) {
        boolean[] q = new boolean[text.length() + 1];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》' && depth > 0) {
                depth--;
            }
            q[i] = depth > 0;
        }
        return q;
    }
}
