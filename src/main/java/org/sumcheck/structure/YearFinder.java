package org.sumcheck.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.document.Paragraph;

/**
 * Finds year mentions (2023年, 二〇二三年) with what they stand for: a date, a period reported on or planned for,
 * history (2019年以来) or other; whether they are in a quoted title (《…》), in a sentence with a reporting word,
 * or open their sentence.
 */
final class YearFinder {
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d〇○零一二三四五六七八九])((?:19|20)\\d{2}|[二一][〇○零一二三四五六七八九]{3})\\s?年");
    /** A title year written without 年 (2022抓基层党建工作述职报告), or the first year of a span (2021—2025年). */
    private static final Pattern BARE = Pattern.compile("(?<![\\d.．A-Za-z])((?:19|20)\\d{2})(?![\\d年])");
    private static final Pattern SPAN_DASH = Pattern.compile("^\\s*[—–\\-~～至到]+\\s*(?:19|20)\\d{2}\\s*年");
    /** What may not follow a bare year: a unit (2022万元), a date or a model number. */
    private static final String NOT_AFTER_BARE = "年月日号万元人名个项次件户亩吨米%-./．";
    /** A year closing a span (2021—2025年): the span's end, not a period of its own in the body. */
    private static final Pattern SPAN_BEFORE = Pattern.compile("(?:19|20)\\d{2}\\s*年?\\s*[—–\\-~～至到]+\\s*$");
    private static final Pattern DATE_TAIL = Pattern.compile("^\\s?(\\d{1,2})\\s?月(?:\\s?(\\d{1,2})\\s?日)?");
    private static final Pattern STOP = Pattern.compile("[，。；：、！？,;:!?（）()《》“”\"]|(?:19|20)\\d{2}");
    /** How far after a year its period word may stand (title / body). */
    private static final int TITLE_WINDOW = 24;
    private static final int BODY_WINDOW = 12;

    private final StructureVocabulary vocabulary;

    YearFinder(StructureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<YearMention> years(List<Paragraph> ps, Heading[] headingAt, List<Region> regions,
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
                if (region != Region.TITLE && role != YearRole.DATE
                        && SPAN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
                    role = YearRole.OTHER; // 2021—2025年 in the body: a span, not the period reported on
                }
                boolean reporting = sentenceHas(text, m.start(), vocabulary.reportingWords());
                int length = role == YearRole.DATE ? m.end() - m.start() + d.end() : m.end() - m.start();
                out.add(new YearMention(i, m.start(), length, year, month, day, role, region,
                        partOf.get(i), quoted[m.start()], reporting, opensSentence(text, m.start())));
            }
            if (regions.get(i) == Region.TITLE) {
                bareTitleYears(i, text, partOf.get(i), out);
            }
        }
        return out;
    }

    /** Years in the title written without 年: 2022抓基层党建工作述职报告, the 2021 of 2021—2025年. */
    private void bareTitleYears(int i, String text, Set<String> parts, List<YearMention> out) {
        Matcher b = BARE.matcher(text);
        boolean[] quoted = quotedChars(text);
        while (b.find()) {
            String after = text.substring(b.end()).stripLeading(); // a PDF puts a space between digits and Chinese
            YearRole role;
            if (SPAN_DASH.matcher(after).find()) {
                Matcher end = SPAN_DASH.matcher(after);
                end.find();
                role = periodRole(after.substring(end.end()), TITLE_WINDOW);
            } else if (!after.isEmpty() && (isHan(after.charAt(0)) || after.startsWith("度"))
                    && NOT_AFTER_BARE.indexOf(after.charAt(0)) < 0) {
                role = periodRole(after.startsWith("度") ? after.substring(1) : after, TITLE_WINDOW);
            } else {
                continue;
            }
            int year = Integer.parseInt(b.group(1));
            out.add(new YearMention(i, b.start(), 4, year, 0, 0, role, Region.TITLE, parts, quoted[b.start()], false,
                    opensSentence(text, b.start())));
        }
        out.sort(java.util.Comparator.comparingInt(YearMention::paragraph).thenComparingInt(YearMention::offset));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The year mentions of the title block only (before the parts are known). */
    List<YearMention> titleYears(List<Paragraph> ps, Heading[] headingAt, List<Region> regions) {
        List<Set<String>> none = java.util.Collections.nCopies(ps.size(), Set.of());
        List<YearMention> all = new ArrayList<>();
        for (YearMention y : years(titleOnly(ps, regions), headingAt, regions, none)) {
            if (y.region() == Region.TITLE) {
                all.add(y);
            }
        }
        return all;
    }

    /** The paragraphs with every one outside the title block emptied (so a title-only scan stays cheap). */
    private static List<Paragraph> titleOnly(List<Paragraph> ps, List<Region> regions) {
        List<Paragraph> out = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            out.add(regions.get(i) == Region.TITLE ? p : Paragraph.of(i, ""));
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
