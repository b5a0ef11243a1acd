package org.sumcheck.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.document.Paragraph;

/**
 * Finds the parts a work document is made of (主要工作, 存在问题, 下一步打算 …, rules/data/parts.yaml), and which parts
 * each paragraph belongs to.
 *
 * <p>A part is named by meaning: a top-level heading or an unnumbered part line containing a synonym, or a heading of
 * any level one of whose phrases ends with a part's head word where the words before it only qualify it
 * (存在的主要短板; not 聚焦突出问题). Forward-looking head words (举措, 安排) need a next-period cue. A body lead-in
 * (工作目标是：…) never names a part. Inside the problems part, a paragraph analysing causes (究其原因…) is the reasons
 * part when it has no heading of its own.
 */
final class PartFinder {
    /** A label line is at most this long ("存在问题", "下一步打算："). */
    private static final int SHORT_LINE = 16;
    /** Splits a heading into its phrases: 存在问题及下一步打算, 思路、目标和举措. */
    private static final Pattern PHRASE_SPLIT = Pattern.compile("以及|及其|及|和|与|暨|、|，|,|；|;|并");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final String TRIM = "。：:，,；;、！？ 　\t";
    /** A paragraph's lead clause: up to a colon, or a first sentence that an enumeration follows. */
    private static final Pattern LEAD_CLAUSE = Pattern.compile(
            "([^。：:；;]{4,80}?)(?:[：:]|。\\s*(?=一是|首先|其一|（一）|1[.、．]))");

    private final StructureVocabulary vocabulary;

    PartFinder(StructureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The parts in order of first appearance, and for each paragraph the ids of the parts it is in. */
    record PartsFound(List<Part> parts, List<Set<String>> partOf) {
    }

    /**
     * @param laterYear true for a year that lies after the period reported on (a next-period cue: 2024年工作思路
     *                  under a 2023 summary)
     */
    PartsFound parts(List<Paragraph> ps, List<Heading> headings, Heading[] headingAt, List<Region> regions,
                     IntPredicate laterYear) {
        int top = Integer.MAX_VALUE; // the highest numbered level; level 0 (part boundaries) always names parts
        for (Heading h : headings) {
            if (h.level() > 0) {
                top = Math.min(top, h.level());
            }
        }
        List<Part> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Set<String>> partOf = new ArrayList<>(ps.size());
        Set<String> current = Set.of();   // the part named at the top level
        Set<String> sub = null;           // a part named by a lower heading, while it is open
        int subLevel = Integer.MAX_VALUE;
        Heading unnamedTop = null;
        for (int i = 0; i < ps.size(); i++) {
            Heading h = headingAt[i];
            Region r = regions.get(i);
            List<StructureVocabulary.PartDef> defs = List.of();
            boolean topish = false;
            String named = null;
            if (h != null) {
                topish = h.level() == top || h.level() == 0;
                named = h.title();
                defs = topish ? topNames(named, laterYear) : withAnywhere(headNames(named, laterYear), named);
                if (hasNextCue(strip(named), laterYear)) { // 下一步工作举措 is the plan, not the year's 工作举措
                    defs = defs.stream().filter(d -> !d.past()).toList();
                }
                if (sub != null && h.level() <= subLevel) {
                    sub = null;
                    subLevel = Integer.MAX_VALUE;
                }
            } else if (r != Region.TITLE && r != Region.FRONT && isPartLabel(ps.get(i).text())) {
                named = label(ps.get(i).text());
                defs = labelNames(ps.get(i).text());
                topish = true;
            }
            if (!defs.isEmpty()) {
                Set<String> ids = new LinkedHashSet<>();
                for (StructureVocabulary.PartDef d : defs) {
                    ids.add(d.id());
                    if (seen.add(d.id())) {
                        parts.add(new Part(d.id(), d.name(), i, named));
                    }
                }
                if (topish) {
                    current = Set.copyOf(ids);
                    sub = null;
                    subLevel = Integer.MAX_VALUE;
                } else {
                    sub = Set.copyOf(ids);
                    subLevel = h.level();
                }
            } else if (h != null && topish) {
                current = Set.of();
                sub = null;
                if (unnamedTop == null) {
                    unnamedTop = h;
                }
            }
            Set<String> here = sub != null ? sub : current;
            if (h == null && defs.isEmpty() && (r == Region.OPENING || r == Region.BODY || r == Region.CLOSING)) {
                // a part stated in prose, not under a heading: "但仍存在一些不容忽视的问题：一是…"
                List<StructureVocabulary.PartDef> stated = new ArrayList<>(leadInNames(ps.get(i).text()));
                if (r == Region.OPENING) { // 以…思想为指导: a plan's opening states its guiding thought
                    for (StructureVocabulary.PartDef d : vocabulary.parts()) {
                        if (!stated.contains(d) && StructureVocabulary.containsAny(unquoted(ps.get(i).text()), d.openingWords())) {
                            stated.add(d);
                        }
                    }
                }
                for (StructureVocabulary.PartDef d : stated) {
                    if (!here.contains(d.id())) {
                        Set<String> with = new LinkedHashSet<>(here);
                        with.add(d.id());
                        here = Set.copyOf(with);
                    }
                    if (seen.add(d.id())) {
                        parts.add(new Part(d.id(), d.name(), i, ""));
                    }
                }
            }
            partOf.add(here);
            // causes analysed in a paragraph of the problems part (究其原因…) are the reasons part
            if (here.contains("problems") && r != Region.FRONT && r != Region.TITLE) {
                String text = ps.get(i).text();
                String body = h == null ? text : text.substring(Math.min(text.length(), h.marker().length() + named.length()));
                for (StructureVocabulary.PartDef d : vocabulary.parts()) {
                    if (!d.bodyWords().isEmpty() && !seen.contains(d.id())
                            && StructureVocabulary.containsAny(unquoted(body), d.bodyWords())) {
                        seen.add(d.id());
                        parts.add(new Part(d.id(), d.name(), i, ""));
                    }
                }
            }
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

    /** A top-level heading: a synonym anywhere in it, or a head word ending one of its phrases. */
    private List<StructureVocabulary.PartDef> topNames(String title, IntPredicate laterYear) {
        List<StructureVocabulary.PartDef> out = new ArrayList<>(vocabulary.partsNamedBy(title));
        for (StructureVocabulary.PartDef d : headNames(title, laterYear)) {
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Adds the parts whose synonyms name them at any level (廉洁 in （四）坚守廉洁底线). */
    private List<StructureVocabulary.PartDef> withAnywhere(List<StructureVocabulary.PartDef> defs, String title) {
        List<StructureVocabulary.PartDef> out = new ArrayList<>(defs);
        for (StructureVocabulary.PartDef d : vocabulary.parts()) {
            if (d.anywhere() && !out.contains(d) && StructureVocabulary.containsAny(title, d.synonyms())) {
                out.add(d);
            }
        }
        return out;
    }

    private boolean hasNextCue(String t, IntPredicate laterYear) {
        return StructureVocabulary.containsAny(t, vocabulary.cues().nextCues()) || hasLaterYear(t, laterYear);
    }

    /** The parts a heading names by head words (at any level). */
    List<StructureVocabulary.PartDef> headNames(String title, IntPredicate laterYear) {
        List<StructureVocabulary.PartDef> out = new ArrayList<>();
        String t = strip(title);
        boolean cue = hasNextCue(t, laterYear);
        for (String phrase : PHRASE_SPLIT.split(t)) {
            String ph = strip(withoutYears(phrase));
            boolean trimmed = true;
            while (trimmed) { // 问题与差距分析, 履职情况: the tail is not the head
                trimmed = false;
                for (String tail : vocabulary.cues().tails()) {
                    if (!tail.isEmpty() && ph.endsWith(tail) && ph.length() > tail.length()) {
                        ph = ph.substring(0, ph.length() - tail.length());
                        trimmed = true;
                    }
                }
            }
            for (StructureVocabulary.PartDef d : vocabulary.parts()) {
                if (out.contains(d)) {
                    continue;
                }
                for (String head : d.heads()) {
                    if (head.isEmpty() || !ph.endsWith(head)
                            || !qualifiesOnly(ph.substring(0, ph.length() - head.length()), d.heads())) {
                        continue;
                    }
                    if (d.nextCue() && !cue && !d.futureHeads().contains(head)) {
                        continue;
                    }
                    out.add(d);
                    break;
                }
            }
        }
        return out;
    }

    /** The words before a head word only qualify it (存在的主要), or say it was found (查摆出的). */
    private boolean qualifiesOnly(String before, List<String> ownHeads) {
        if (before.isEmpty() || StructureVocabulary.containsAny(before, vocabulary.cues().found())) {
            return true;
        }
        String b = before;
        boolean stripped = true;
        while (!b.isEmpty() && stripped) {
            stripped = false;
            for (List<String> words : List.of(vocabulary.cues().modifiers(), ownHeads)) {
                for (String m : words) {
                    if (!m.isEmpty() && b.startsWith(m)) {
                        b = b.substring(m.length());
                        stripped = true;
                        break;
                    }
                }
                if (stripped) {
                    break;
                }
            }
        }
        return b.isEmpty();
    }

    private static boolean hasLaterYear(String t, IntPredicate laterYear) {
        Matcher m = YEAR.matcher(t);
        while (m.find()) {
            if (laterYear.test(Integer.parseInt(m.group(1)))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutYears(String s) {
        return YEAR.matcher(s).replaceAll("").replaceFirst("^度", "");
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && TRIM.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && TRIM.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    /** The parts an unnumbered part line names: its label ends with a synonym or a head word (never a lead-in). */
    List<StructureVocabulary.PartDef> labelNames(String text) {
        String l = strip(label(text));
        List<StructureVocabulary.PartDef> out = new ArrayList<>();
        for (StructureVocabulary.PartDef d : vocabulary.parts()) {
            if (StructureVocabulary.endsWithAny(l, d.synonyms())) {
                out.add(d);
            }
        }
        for (StructureVocabulary.PartDef d : headNames(l, y -> false)) {
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The parts a body paragraph states in prose: its lead clause (before a colon, or a first sentence followed by
     * 一是 / 首先 / （一）) holds one of a part's lead-ins followed by one of its head words (or ending with one:
     * 指导思想 in "2024年工作的指导思想是：…").
     */
    List<StructureVocabulary.PartDef> leadInNames(String text) {
        Matcher m = LEAD_CLAUSE.matcher(text.strip());
        if (!m.lookingAt()) {
            return List.of();
        }
        String lead = unquoted(m.group(1));
        List<StructureVocabulary.PartDef> out = new ArrayList<>();
        for (StructureVocabulary.PartDef d : vocabulary.parts()) {
            for (String w : d.leadIns()) {
                int at = w.isEmpty() ? -1 : lead.indexOf(w);
                if (at >= 0 && (StructureVocabulary.endsWithAny(w, d.heads())
                        || StructureVocabulary.containsAny(lead.substring(at + w.length()), d.heads()))) {
                    out.add(d);
                    break;
                }
            }
        }
        return out;
    }

    /** The text outside 《…》 (a quoted title's words are its own). */
    private static String unquoted(String text) {
        return text.replaceAll("《[^》]*》", "");
    }

    /** A short stand-alone line ("存在问题") or a paragraph opening with a label and a colon ("存在问题：…"). */
    static boolean isPartLabel(String text) {
        String t = text.strip();
        if (t.length() <= SHORT_LINE && !t.matches(".*[。，,；;].*")) {
            return true;
        }
        int colon = indexOfAny(t, "：:");
        return colon > 0 && colon <= SHORT_LINE && !t.substring(0, colon).matches(".*[。，,；;].*");
    }

    /** The label of a label line: the text before its colon, or the whole line. */
    static String label(String text) {
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
}
