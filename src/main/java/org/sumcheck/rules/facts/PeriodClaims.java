package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.document.Paragraph;
import org.sumcheck.structure.AnalyzedDocument;
import org.sumcheck.structure.ChineseNumerals;
import org.sumcheck.structure.DocumentKind.PeriodReading;
import org.sumcheck.structure.Region;
import org.sumcheck.structure.StructureVocabulary;
import org.sumcheck.structure.YearMention;
import org.sumcheck.structure.YearRole;

/**
 * Phrases that fix a year by themselves, checked against the year their sentence names or the document's own period
 * ({@code data/periods.yaml}): 去年（2023年）, “十四五”开局之年, 新中国成立75周年, 前三季度 in a 上半年 summary,
 * 2024年要… in a 2025 plan, 2024年全年… in a 2025 summary, 2021年10月召开的党的二十大, an event a plan cannot yet
 * cite. Each becomes a {@link PeriodClaim} with the range the period allows; the DRL reports those outside it.
 */
public final class PeriodClaims {
    private static final String YEAR = "((?:19|20)\\d{2}|[二一][〇○零一二三四五六七八九]{3})\\s?年";
    private static final String SENTENCE_ENDS = "。！？；!?;";
    private static final String CLAUSE_ENDS = "，,；;。！？!?：:";
    private static final Pattern EVENT_DATE_BEFORE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?\\s*(?:胜利)?(?:召开|举行|开幕|闭幕)的?\\s*$");
    private static final Pattern EVENT_DATE_AFTER = Pattern.compile(
            "^\\s*[于在]\\s*((?:19|20)\\d{2})\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?\\s*(?:胜利)?(?:召开|举行|开幕|闭幕)");
    private static final String MONTH_NUM = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";
    private static final Pattern SUB_RANGE = Pattern.compile(
            "(?<![\\d年])" + MONTH_NUM + "\\s*月?\\s*[—–\\-~～至到]\\s*" + MONTH_NUM + "\\s*月(?![\\d日])");
    private static final Pattern SUB_FIRST_QUARTERS = Pattern.compile("前([一二三两])个?季度");
    private static final Pattern SUB_QUARTER = Pattern.compile("(?<![前\\d])第?([一二三四1-4])\\s*季度");
    private static final Pattern SUB_HALF = Pattern.compile("([上下])半年");
    private static final Pattern SUB_MONTH = Pattern.compile(
            "(?<![\\d年—–\\-~～至到月第])(\\d{1,2})\\s*月(?:份)?(?:上旬|中旬|下旬|初|底|末|中)?(?:\\s*\\d{1,2}\\s*日)?(?![\\d])");

    private final Map<String, Integer> relative = new LinkedHashMap<>();
    private final Pattern relativeThenYear;
    private final Pattern yearThenRelative;
    private final Map<String, Integer> fiveYearPlans = new LinkedHashMap<>();
    private final Pattern fiveYearPlan;
    private final List<String> startWords;
    private final Map<String, Integer> anniversaries = new LinkedHashMap<>();
    private final Pattern anniversary;
    private final List<String> actWords;
    private final List<String> linkWords;
    private final List<String> occasionAfter;
    private final List<String> futureBefore;
    private final List<String> futureAfter;
    private final List<String> futureSubjects;
    private final List<String> pastBefore;
    private final List<String> reportYearAfter;
    private final List<String> compareWords;
    private final List<String> notReported;
    private final List<String> subDoneWords;
    private final List<String> announceWords;
    private final List<String> subPlanWords;
    private final int monthsAhead;
    private final int planWrittenBy;

    public PeriodClaims(JsonNode data) {
        data.path("relative-years").fields().forEachRemaining(e -> relative.put(e.getKey(), e.getValue().asInt()));
        String rel = alternation(relative.keySet());
        relativeThenYear = rel == null ? null : Pattern.compile(
                "(" + rel + ")度?\\s*(?:[（(]\\s*)?(?:即|也就是|也即|是)?\\s*" + YEAR + "度?\\s*[）)]?");
        yearThenRelative = rel == null ? null : Pattern.compile(YEAR + "度?\\s*[（(]\\s*(" + rel + ")\\s*[）)]");
        data.path("five-year-plans").fields().forEachRemaining(e -> fiveYearPlans.put(e.getKey(), e.getValue().asInt()));
        startWords = StructureVocabulary.strings(data.path("plan-start-words"));
        List<String> endWords = StructureVocabulary.strings(data.path("plan-end-words"));
        List<String> periodWords = new ArrayList<>(startWords);
        periodWords.addAll(endWords);
        String plans = alternation(fiveYearPlans.keySet());
        String pw = alternation(periodWords);
        fiveYearPlan = plans == null || pw == null ? null : Pattern.compile(
                "[“\"]?(" + plans + ")[”\"’']?\\s*(?:规划)?(?:时期)?(?:实施)?的?(" + pw + ")");
        data.path("anniversaries").fields().forEachRemaining(e -> anniversaries.put(e.getKey(), e.getValue().asInt()));
        String names = alternation(anniversaries.keySet());
        anniversary = names == null ? null : Pattern.compile(
                "(" + names + ")\\s*(\\d{1,3}|[一二三四五六七八九十百零〇]{1,5})\\s*周年");
        actWords = StructureVocabulary.strings(data.path("anniversary-act-words"));
        linkWords = StructureVocabulary.strings(data.path("anchor-link-words"));
        occasionAfter = StructureVocabulary.strings(data.path("anniversary-occasion-after"));
        futureBefore = StructureVocabulary.strings(data.path("plan-future-before"));
        futureAfter = StructureVocabulary.strings(data.path("plan-future-after"));
        futureSubjects = StructureVocabulary.strings(data.path("plan-future-subjects"));
        pastBefore = StructureVocabulary.strings(data.path("plan-past-before"));
        reportYearAfter = StructureVocabulary.strings(data.path("report-year-after"));
        compareWords = StructureVocabulary.strings(data.path("report-compare-words"));
        notReported = StructureVocabulary.strings(data.path("sub-period-not-reported"));
        subDoneWords = StructureVocabulary.strings(data.path("sub-period-done-words"));
        announceWords = StructureVocabulary.strings(data.path("sub-period-announce-words"));
        subPlanWords = StructureVocabulary.strings(data.path("sub-period-plan-words"));
        monthsAhead = data.path("sub-period-months-ahead").asInt(3);
        planWrittenBy = data.path("plan-written-by-month").asInt(6);
    }

    public void scan(AnalyzedDocument doc, List<Object> out) {
        List<Object> found = new ArrayList<>();
        Integer current = currentYear(doc);
        List<Paragraph> ps = doc.document().paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            Region region = doc.regions().get(i);
            if (region == Region.FRONT || region == Region.TITLE) {
                continue;
            }
            String t = ps.get(i).text();
            if (current != null) {
                relativeYears(doc, i, t, current, found);
                fiveYearPlans(doc, i, t, current, found);
                anniversaries(doc, i, t, current, found);
            }
            subPeriods(doc, i, t, found);
        }
        planFuture(doc, found);
        reportYears(doc, found);
        events(doc, out, found);
        out.addAll(found);
    }

    /** The year the document calls 今年: the year reported on; in a plan or a government report, the year planned. */
    private static Integer currentYear(AnalyzedDocument doc) {
        PeriodReading p = doc.kind().period();
        if (p == PeriodReading.GOVERNMENT || p == PeriodReading.PLAN) {
            return doc.planYear();
        }
        return doc.reportYear() != null ? doc.reportYear() : doc.planYear();
    }

    private void relativeYears(AnalyzedDocument doc, int i, String t, int current, List<Object> out) {
        if (relativeThenYear == null) {
            return;
        }
        boolean inPlan = inPlan(doc, i);
        for (Pattern p : List.of(relativeThenYear, yearThenRelative)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                boolean wordFirst = p == relativeThenYear;
                int year = year(m.group(wordFirst ? 2 : 1));
                int off = relative.get(m.group(wordFirst ? 1 : 2));
                int expected = current + off;
                // in the plan part of a report, 今年 may already be the year the plan is for
                int latest = expected + (inPlan && off == 0 ? 1 : 0);
                out.add(new PeriodClaim(PeriodClaim.Kind.RELATIVE, i, m.start(), m.end() - m.start(), m.group(),
                        year, expected, latest));
            }
        }
    }

    private void fiveYearPlans(AnalyzedDocument doc, int i, String t, int current, List<Object> out) {
        if (fiveYearPlan == null) {
            return;
        }
        Matcher m = fiveYearPlan.matcher(t);
        while (m.find()) {
            Integer anchor = anchor(doc, i, t, m.start(), current, linkWords);
            if (anchor == null) {
                continue; // "在“十四五”开局之年…" alone names no year of its own
            }
            int first = fiveYearPlans.get(m.group(1));
            int year = startWords.contains(m.group(2)) ? first : first + 4;
            out.add(new PeriodClaim(PeriodClaim.Kind.FIVE_YEAR_PLAN, i, m.start(), m.end() - m.start(), m.group(),
                    year, anchor, anchor));
        }
    }

    private void anniversaries(AnalyzedDocument doc, int i, String t, int current, List<Object> out) {
        if (anniversary == null) {
            return;
        }
        Matcher m = anniversary.matcher(t);
        while (m.find()) {
            int count = count(m.group(2));
            if (count <= 0) {
                continue;
            }
            String after = t.substring(m.end(), Math.min(t.length(), m.end() + 8));
            if (startsWithAny(after.startsWith("的") ? after.substring(1) : after, occasionAfter)) {
                continue; // …100周年大会上的重要讲话: an earlier occasion, cited
            }
            List<String> links = new ArrayList<>(linkWords);
            links.addAll(actWords); // 2022年7月1日，举行庆祝…周年: the year it is celebrated in
            Integer anchor = anchor(doc, i, t, m.start(), current, links);
            int expected;
            int latest;
            if (anchor != null) {
                expected = anchor;
                latest = anchor;
            } else if (containsAny(t.substring(sentenceStart(t, m.start()), m.start()), actWords)) {
                expected = current; // celebrated in the document's own year (its plan part: maybe the next)
                latest = inPlan(doc, i) && doc.kind().period() != PeriodReading.PLAN ? current + 1 : current;
            } else {
                continue;
            }
            int year = anniversaries.get(m.group(1)) + count;
            out.add(new PeriodClaim(PeriodClaim.Kind.ANNIVERSARY, i, m.start(), m.end() - m.start(), m.group(),
                    year, expected, latest));
        }
    }

    /**
     * The year a phrase's sentence names before it: the last written year (2024年是…, 2022年7月1日…举行) or relative
     * word (今年是…); null when there is none, or the year is history (2019年以来) or inside a quoted title.
     */
    private Integer anchor(AnalyzedDocument doc, int i, String t, int at, int current, List<String> links) {
        int from = sentenceStart(t, at);
        Integer year = null;
        int yearAt = -1;
        for (YearMention y : doc.years()) {
            if (y.paragraph() == i && y.offset() >= from && y.offset() < at) {
                if (y.quoted() || y.role() == YearRole.HISTORY) {
                    year = null;
                    yearAt = y.offset();
                    continue;
                }
                year = y.year();
                yearAt = y.offset();
            }
        }
        String before = t.substring(Math.max(from, yearAt + 1), at);
        if (year != null && !containsAny(before, links)) {
            year = null; // the year is about something else in the sentence
        }
        int best = -1;
        Integer rel = null;
        for (Map.Entry<String, Integer> e : relative.entrySet()) {
            int k = before.lastIndexOf(e.getKey());
            if (k > best && containsAny(before.substring(k + e.getKey().length()), links)) {
                best = k;
                rel = current + e.getValue();
            }
        }
        return rel != null ? rel : year;
    }

    private void subPeriods(AnalyzedDocument doc, int i, String t, List<Object> out) {
        int endMonth = doc.periodEndMonth();
        if (doc.reportYear() == null || endMonth >= 12 || !doc.kind().reportsOnPeriod()
                || doc.kind().period() == PeriodReading.GOVERNMENT || inPlan(doc, i)) {
            return;
        }
        Region region = doc.regions().get(i);
        boolean[] taken = new boolean[t.length() + 1];
        for (Pattern p : List.of(SUB_RANGE, SUB_FIRST_QUARTERS, SUB_QUARTER, SUB_HALF, SUB_MONTH)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (taken[m.start()]) {
                    continue;
                }
                for (int k = m.start(); k < m.end(); k++) {
                    taken[k] = true;
                }
                int to;
                if (p == SUB_RANGE) {
                    to = month(m.group(2));
                } else if (p == SUB_FIRST_QUARTERS) {
                    to = 3 * ("一二三".indexOf(m.group(1).replace('两', '二')) + 1);
                } else if (p == SUB_QUARTER) {
                    String q = m.group(1);
                    to = 3 * (Character.isDigit(q.charAt(0)) ? Integer.parseInt(q) : "一二三四".indexOf(q) + 1);
                } else if (p == SUB_HALF) {
                    to = m.group(1).equals("上") ? 6 : 12;
                } else {
                    to = Integer.parseInt(m.group(1));
                }
                if (to < 1 || to > 12) {
                    continue;
                }
                String before = t.substring(Math.max(0, m.start() - 3), m.start());
                if (before.contains("年") || before.contains("同期") || before.endsWith("为")) {
                    continue; // 2025年四季度, 去年四季度: another year's
                }
                String around = t.substring(clauseStart(t, m.start()), sentenceEnd(t, m.end()));
                for (String w : announceWords) {
                    around = around.replace(w, ""); // the 将 of 现将 is no plan
                }
                String next = t.substring(m.end(), Math.min(t.length(), m.end() + 8));
                int stop = indexOfAny(next, CLAUSE_ENDS + "和及与、");
                if (containsAny(around, notReported) || containsAny(stop < 0 ? next : next.substring(0, stop), subPlanWords)) {
                    continue;
                }
                boolean announces = region == Region.HEADING && m.start() < firstSentenceEnd(t)
                        || region == Region.OPENING && containsAny(t.substring(sentenceStart(t, m.start()),
                        sentenceEnd(t, m.end())), announceWords);
                int expected = 1;
                int latest = endMonth;
                if (announces) {
                    expected = endMonth; // the heading or the 现将…如下 sentence names the period itself
                } else if (doc.partsOf().get(i).contains("problems")) {
                    continue; // the problems part looks ahead as often as back
                } else if (p == SUB_MONTH && (to > endMonth + monthsAhead || !containsAny(around, subDoneWords))) {
                    continue; // a month alone counts only as a thing done soon after the period
                }
                out.add(new PeriodClaim(PeriodClaim.Kind.SUB_PERIOD, i, m.start(), m.end() - m.start(), m.group(),
                        to, expected, latest));
            }
        }
    }

    private void planFuture(AnalyzedDocument doc, List<Object> out) {
        Integer plan = doc.planYear();
        PeriodReading p = doc.kind().period();
        if (plan == null || (p != PeriodReading.PLAN && p != PeriodReading.REPORT_PLAN)) {
            return;
        }
        int planTo = doc.planYearTo() == null ? plan : doc.planYearTo();
        for (YearMention y : doc.years()) {
            Region r = y.region();
            boolean scope = p == PeriodReading.PLAN ? r != Region.TITLE && r != Region.FRONT : r == Region.CLOSING;
            if (!scope || y.quoted() || y.role() == YearRole.HISTORY || y.role() == YearRole.DATE || y.year() >= plan) {
                continue;
            }
            String t = doc.paragraph(y.paragraph()).text();
            String before = t.substring(clauseStart(t, y.offset()), y.offset());
            if (containsAny(before, pastBefore)) {
                continue;
            }
            String after = t.substring(y.offset() + y.length(), Math.min(t.length(), y.offset() + y.length() + 12));
            if (containsAny(before, futureBefore) || futureAfter(after)) {
                out.add(new PeriodClaim(PeriodClaim.Kind.PLAN_FUTURE, y.paragraph(), y.offset(), y.length(),
                        y.year() + "年", y.year(), plan, planTo));
            }
        }
    }

    /** 2024年要…, 2024年，全镇将…: the year's own clause speaks of what is still to do. */
    private boolean futureAfter(String after) {
        String a = after.startsWith("度") ? after.substring(1) : after;
        a = a.replaceFirst("^\\s*[，,]?\\s*", "");
        for (String s : futureSubjects) {
            if (a.startsWith(s)) {
                a = a.substring(s.length());
                break;
            }
        }
        for (String w : futureAfter) {
            if (a.startsWith(w) && !(w.equals("要") && a.startsWith("要求")) && !(w.equals("计划") && a.startsWith("计划》"))) {
                return true;
            }
        }
        return false;
    }

    private void reportYears(AnalyzedDocument doc, List<Object> out) {
        Integer ry = doc.reportYear();
        if (ry == null || doc.periodEndMonth() != 12 || !doc.kind().reportsOnPeriod()) {
            return;
        }
        for (YearMention y : doc.years()) {
            if (y.year() == ry || y.quoted() || y.role() == YearRole.HISTORY || y.role() == YearRole.DATE
                    || inPlan(doc, y.paragraph()) || inPlanPeriod(doc, y.year())) {
                continue;
            }
            String t = doc.paragraph(y.paragraph()).text();
            boolean heading = y.region() == Region.HEADING && y.role() == YearRole.REPORT && y.leading()
                    && topLevelHeading(doc, y.paragraph()) && y.offset() < firstSentenceEnd(t);
            boolean passage = false;
            if (!heading && (y.region() == Region.BODY || y.region() == Region.HEADING)) {
                String after = t.substring(y.offset() + y.length());
                String sentence = t.substring(sentenceStart(t, y.offset()), sentenceEnd(t, y.offset()));
                passage = startsWithAny(after, reportYearAfter) && !containsAny(sentence, compareWords)
                        && !sentence.contains(ry + "年");
            }
            if (heading || passage) {
                out.add(new PeriodClaim(PeriodClaim.Kind.REPORT_YEAR, y.paragraph(), y.offset(), y.length(),
                        y.year() + "年", y.year(), ry, ry));
            }
        }
    }

    private void events(AnalyzedDocument doc, List<Object> facts, List<Object> out) {
        boolean plan = doc.kind().period() == PeriodReading.PLAN && doc.planYear() != null;
        int writtenBy = plan ? doc.planYear() * 100 + (doc.title().contains("下半年") ? Math.max(planWrittenBy, 7) : planWrittenBy) : 0;
        for (Object o : facts) {
            if (!(o instanceof EventMention e) || !e.body()) {
                continue;
            }
            String t = doc.paragraph(e.paragraph()).text();
            Matcher b = EVENT_DATE_BEFORE.matcher(t.substring(Math.max(0, e.offset() - 20), e.offset()));
            Matcher a = EVENT_DATE_AFTER.matcher(t.substring(e.offset() + e.length(), Math.min(t.length(), e.offset() + e.length() + 20)));
            if (b.find()) {
                int start = e.offset() - (b.end() - b.start());
                out.add(new PeriodClaim(PeriodClaim.Kind.EVENT_DATE, e.paragraph(), start, e.offset() + e.length() - start,
                        t.substring(start, e.offset() + e.length()), Integer.parseInt(b.group(1)), e.since() / 100, e.since() / 100));
            } else if (a.find()) {
                out.add(new PeriodClaim(PeriodClaim.Kind.EVENT_DATE, e.paragraph(), e.offset(), e.length() + a.end(),
                        t.substring(e.offset(), e.offset() + e.length() + a.end()), Integer.parseInt(a.group(1)),
                        e.since() / 100, e.since() / 100));
            } else if (plan && !e.future() && e.since() > writtenBy) {
                out.add(new PeriodClaim(PeriodClaim.Kind.EVENT_IN_PLAN, e.paragraph(), e.offset(), e.length(), e.event(),
                        e.since(), 0, writtenBy));
            }
        }
    }

    /** 一、2024年工作开展情况: the heading of a part of the document, not of a topic (（三）2023年度考核问题整改情况). */
    private static boolean topLevelHeading(AnalyzedDocument doc, int paragraph) {
        for (org.sumcheck.structure.Heading h : doc.headings()) {
            if (h.paragraph() == paragraph) {
                return h.level() == 1;
            }
        }
        return false;
    }

    private static boolean inPlan(AnalyzedDocument doc, int paragraph) {
        return doc.partsOf().get(paragraph).contains("next-steps");
    }

    private static boolean inPlanPeriod(AnalyzedDocument doc, int year) {
        Integer from = doc.planYear();
        Integer to = doc.planYearTo() == null ? from : doc.planYearTo();
        return from != null && year >= from && year <= to;
    }

    private static int year(String digits) {
        return Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits) : ChineseNumerals.parseYear(digits);
    }

    private static int month(String s) {
        return Character.isDigit(s.charAt(0)) ? Integer.parseInt(s) : ChineseNumerals.parse(s);
    }

    /** 75, 七十五, 一百, 一百零三. */
    private static int count(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        int hundred = s.indexOf('百');
        if (hundred < 0) {
            return ChineseNumerals.parse(s);
        }
        int h = hundred == 0 ? 1 : ChineseNumerals.parse(s.substring(0, hundred));
        String rest = s.substring(hundred + 1).replaceFirst("^[零〇]", "");
        int r = rest.isEmpty() ? 0 : ChineseNumerals.parse(rest.startsWith("十") ? "一" + rest : rest);
        return h <= 0 || r < 0 ? -1 : h * 100 + r;
    }

    private static String alternation(Iterable<String> words) {
        List<String> ws = new ArrayList<>();
        words.forEach(ws::add);
        if (ws.isEmpty()) {
            return null;
        }
        ws.sort((x, y) -> y.length() - x.length()); // longest first: 中华人民共和国成立 before 建国
        return String.join("|", ws.stream().map(Pattern::quote).toList());
    }

    private static int sentenceStart(String t, int at) {
        int from = at;
        while (from > 0 && SENTENCE_ENDS.indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    private static int sentenceEnd(String t, int at) {
        int to = at;
        while (to < t.length() && SENTENCE_ENDS.indexOf(t.charAt(to)) < 0) {
            to++;
        }
        return to;
    }

    private static int clauseStart(String t, int at) {
        int from = at;
        while (from > 0 && CLAUSE_ENDS.indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /** Where a run-in heading's own title ends (its first full stop), else the paragraph's end. */
    private static int firstSentenceEnd(String t) {
        int k = t.indexOf('。');
        return k < 0 ? t.length() : k;
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        for (int k = 0; k < s.length(); k++) {
            if (chars.indexOf(s.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean startsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
