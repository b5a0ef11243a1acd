package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import org.sumcheck.document.Paragraph;
import org.sumcheck.structure.StructureVocabulary;

/**
 * The lexicon of standard formulations ({@code data/lexicon.yaml}) matched against the text: near misses of a
 * term (one character wrong, two when both sound alike, a character doubled, dropped or two swapped), the leading
 * name dropped, a wrong number in a numbered formula, a near-synonym inside, missing quotation marks and outdated
 * names. Reviewers see standard formulations as fixed strings, so any deviation is what they send back.
 * <p>
 * Candidates come from a bigram index of the terms (a window with at most two wrong characters keeps one of the
 * term's bigrams in place for terms of six characters or more), so a paragraph costs one pass plus a few checks.
 * Guards keep ordinary right text silent: a window that is itself a term or an allowed phrase, a wrong character
 * that is a numeral or an exchangeable place word (全国/全省), and a substituted character that neither sounds nor
 * looks like the right one (unless the term is long). Thread-safe: the pinyin cache is the only mutable state.
 */
public final class FormulationLexicon {
    private static final String NUMERALS = "零一二两三四五六七八九十百千";
    private static final String OPEN_QUOTES = "“\"‘「『";
    private static final String CLOSE_QUOTES = "”\"’」』";
    /** Characters whose insertion into a term makes ordinary text (中国特色的社会主义), not a typo. */
    private static final String INSERT_EXCLUDED = "的之和与及或等、地得了着们";

    record Term(String text, String number, boolean quoted, String quotedPart, String name, int from, int until,
                String now) {
    }

    private final List<Term> terms = new ArrayList<>();
    private final Map<String, Term> byText = new HashMap<>();
    private final Map<Integer, List<int[]>> bigrams = new HashMap<>();
    private final Map<Character, Set<Character>> shapes = new HashMap<>();
    private final List<String> exchangeable;
    private final LiteralFinder exact;
    private final Set<String> allowed = new HashSet<>();
    private final LiteralFinder wrongForms;
    private final Map<String, String> wrongOf = new HashMap<>();
    private final LiteralFinder variants;
    private final Map<String, String[]> variantOf = new HashMap<>(); // variant → {term, near-synonym, word replaced}
    private final List<Object[]> numberPatterns = new ArrayList<>(); // {Pattern, Term}
    private final LiteralFinder quotedFinder;
    private final Map<String, Term> quotedOf = new HashMap<>();
    private final LiteralFinder namedFinder;
    private final Map<String, Term> namedOf = new HashMap<>();
    private final int minLength;
    private final int anyCharLength;
    private final int twoHomophonesLength;
    private final List<String> droppable;
    private final Map<Character, Set<String>> pinyin = new ConcurrentHashMap<>();

    public FormulationLexicon(JsonNode data) {
        JsonNode fuzzy = data.path("fuzzy");
        minLength = fuzzy.path("min-length").asInt(4);
        anyCharLength = fuzzy.path("any-character-min-length").asInt(9);
        twoHomophonesLength = fuzzy.path("two-homophones-min-length").asInt(5);
        droppable = StructureVocabulary.strings(fuzzy.path("droppable"));
        exchangeable = StructureVocabulary.strings(data.path("exchangeable"));
        for (String g : StructureVocabulary.strings(data.path("similar-shapes"))) {
            for (char a : g.toCharArray()) {
                for (char b : g.toCharArray()) {
                    if (a != b) {
                        shapes.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    }
                }
            }
        }
        for (JsonNode n : data.path("terms")) {
            String text = n.path("term").asText("");
            if (text.isEmpty()) {
                continue;
            }
            Term t = new Term(text, n.path("number").asText(null), n.path("quoted").asBoolean(false),
                    n.path("quoted-part").asText(null), n.path("name").asText(null), yyyymm(n.path("from"), 0),
                    yyyymm(n.path("until"), 0), n.path("now").asText(null));
            terms.add(t);
            byText.put(text, t);
            for (String w : StructureVocabulary.strings(n.path("wrong"))) {
                wrongOf.put(w, text);
            }
        }
        wrongForms = new LiteralFinder(new ArrayList<>(wrongOf.keySet()));
        allowed.addAll(StructureVocabulary.strings(data.path("allowed")));
        List<String> exactWords = new ArrayList<>(byText.keySet());
        exactWords.addAll(StructureVocabulary.strings(data.path("allowed")));
        exact = new LiteralFinder(exactWords);
        for (int i = 0; i < terms.size(); i++) {
            String s = terms.get(i).text();
            if (s.length() < minLength) {
                continue;
            }
            for (int p = 0; p + 1 < s.length(); p++) {
                bigrams.computeIfAbsent(key(s.charAt(p), s.charAt(p + 1)), k -> new ArrayList<>()).add(new int[]{i, p});
            }
        }
        // near-synonyms: every term with a word replaced
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        data.path("near-synonyms").fields().forEachRemaining(e -> synonyms.put(e.getKey(), StructureVocabulary.strings(e.getValue())));
        for (Term t : terms) {
            for (Map.Entry<String, List<String>> e : synonyms.entrySet()) {
                for (int k = t.text().indexOf(e.getKey()); k >= 0; k = t.text().indexOf(e.getKey(), k + 1)) {
                    for (String syn : e.getValue()) {
                        String v = t.text().substring(0, k) + syn + t.text().substring(k + e.getKey().length());
                        if (!byText.containsKey(v)) {
                            variantOf.putIfAbsent(v, new String[]{t.text(), syn, e.getKey()});
                        }
                    }
                }
            }
            if (t.number() != null && t.text().startsWith(t.number())) {
                String rest = t.text().substring(t.number().length());
                numberPatterns.add(new Object[]{Pattern.compile("(?<![第0-9" + NUMERALS + "])([" + NUMERALS + "]+)"
                        + Pattern.quote(rest)), t});
            }
            if (t.quoted() || t.quotedPart() != null) {
                quotedOf.put(t.quotedPart() != null ? t.quotedPart() : t.text(), t);
            }
            if (t.name() != null && t.text().startsWith(t.name())) {
                namedOf.put(t.text().substring(t.name().length()), t);
            }
        }
        variants = new LiteralFinder(new ArrayList<>(variantOf.keySet()));
        quotedFinder = new LiteralFinder(new ArrayList<>(quotedOf.keySet()));
        namedFinder = new LiteralFinder(new ArrayList<>(namedOf.keySet()));
    }

    private static int yyyymm(JsonNode n, int dflt) {
        String s = n.asText("").strip();
        if (!s.matches("\\d{4}-\\d{1,2}")) {
            return dflt;
        }
        String[] f = s.split("-");
        return Integer.parseInt(f[0]) * 100 + Integer.parseInt(f[1]);
    }

    private static int key(char a, char b) {
        return (a << 16) | b;
    }

    /** The terms, for tests and the benchmark. */
    public List<String> terms() {
        return terms.stream().map(Term::text).toList();
    }

    /**
     * Adds a LexiconHit for every deviation in the paragraphs, except where {@code taken} (findings of the other
     * formulation rules already made) covers it.
     */
    public void scan(List<Paragraph> paragraphs, List<? extends org.sumcheck.structure.Located> taken, List<Object> out) {
        if (terms.isEmpty()) {
            return;
        }
        for (Paragraph p : paragraphs) {
            String t = p.text();
            boolean[] right = new boolean[t.length()];
            for (LiteralFinder.Hit h : exact.find(t)) {
                for (int k = h.start(); k < h.end(); k++) {
                    right[k] = true;
                }
            }
            List<LexiconHit> hits = new ArrayList<>();
            nearMisses(p.index(), t, right, hits);
            for (LiteralFinder.Hit h : wrongForms.find(t)) {
                String term = wrongOf.get(h.word());
                hits.add(new LexiconHit(LexiconHit.Kind.NEAR_MISS, term, h.word(), term, h.word(), term, 0, p.index(), h.start(),
                        h.word().length()));
            }
            numbers(p.index(), t, hits);
            synonyms(p.index(), t, right, hits);
            quotes(p.index(), t, hits);
            names(p.index(), t, hits);
            outdated(p.index(), t, hits);
            // one finding per place: the longer (more specific) hit wins, and other rules' findings come first
            // (at equal length a structural finding says more than "a character is wrong")
            hits.sort(Comparator.comparingInt(LexiconHit::length).reversed()
                    .thenComparing(h -> h.kind() == LexiconHit.Kind.NEAR_MISS).thenComparingInt(LexiconHit::offset));
            List<LexiconHit> kept = new ArrayList<>();
            for (LexiconHit h : hits) {
                boolean overlaps = kept.stream().anyMatch(k -> overlap(k.offset(), k.length(), h.offset(), h.length()));
                boolean other = taken.stream().anyMatch(k -> k.paragraph() == p.index()
                        && overlap(k.offset(), k.length(), h.offset(), h.length()));
                if (!overlaps && !other) {
                    kept.add(h);
                }
            }
            kept.sort(Comparator.comparingInt(LexiconHit::offset));
            out.addAll(kept);
        }
    }

    private static boolean overlap(int s1, int l1, int s2, int l2) {
        return s1 < s2 + l2 && s2 < s1 + l1;
    }

    // ---- near misses ----

    private void nearMisses(int index, String t, boolean[] right, List<LexiconHit> out) {
        Set<Long> tried = new HashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            List<int[]> cands = bigrams.get(key(t.charAt(i), t.charAt(i + 1)));
            if (cands == null) {
                continue;
            }
            for (int[] c : cands) {
                int s = i - c[1];
                for (int d = -2; d <= 2; d++) {
                    long id = ((long) c[0] << 32) | ((s + d) & 0xffffffffL);
                    if (s + d >= 0 && tried.add(id)) {
                        check(index, t, right, terms.get(c[0]), s + d, out);
                    }
                }
            }
        }
    }

    private void check(int index, String t, boolean[] right, Term term, int s, List<LexiconHit> out) {
        String w = term.text();
        int n = w.length();
        // same length: one character wrong, two homophones, or two neighbours swapped
        if (s + n <= t.length()) {
            int[] diff = new int[3];
            int nd = 0;
            for (int k = 0; k < n && nd < 3; k++) {
                if (t.charAt(s + k) != w.charAt(k)) {
                    diff[nd++] = k;
                }
            }
            if (nd == 1 || nd == 2) {
                boolean ok;
                String detail;
                String fix;
                if (nd == 2 && diff[1] == diff[0] + 1 && t.charAt(s + diff[0]) == w.charAt(diff[1])
                        && t.charAt(s + diff[1]) == w.charAt(diff[0])) {
                    ok = TextSpans.isHan(w.charAt(diff[0])) && TextSpans.isHan(w.charAt(diff[1]));
                    detail = t.substring(s + diff[0], s + diff[1] + 1);
                    fix = w.substring(diff[0], diff[1] + 1);
                } else if (nd == 1) {
                    ok = substitutable(w.charAt(diff[0]), t.charAt(s + diff[0]), n, false);
                    detail = String.valueOf(t.charAt(s + diff[0]));
                    fix = String.valueOf(w.charAt(diff[0]));
                } else {
                    ok = n >= twoHomophonesLength && substitutable(w.charAt(diff[0]), t.charAt(s + diff[0]), n, true)
                            && substitutable(w.charAt(diff[1]), t.charAt(s + diff[1]), n, true);
                    detail = t.charAt(s + diff[0]) + "、" + t.charAt(s + diff[1]);
                    fix = w.charAt(diff[0]) + "、" + w.charAt(diff[1]);
                }
                if (ok && !right[s + diff[0]] && !right[s + diff[nd - 1]] && !byText.containsKey(t.substring(s, s + n))) {
                    out.add(new LexiconHit(LexiconHit.Kind.NEAR_MISS, w, t.substring(s, s + n), w, detail, fix, 0, index, s, n));
                    return;
                }
            }
        }
        // a character doubled (中国特特色社会主义, 两个维护护”) or, in terms of five characters or more, one inserted
        // (政治执行能力); a doubled first or last character only next to a mark, else it is often the next word's (治党党员)
        if (s + n + 1 <= t.length()) {
            String x = t.substring(s, s + n + 1);
            for (int k = 0; k <= n; k++) {
                char extra = x.charAt(k);
                if (!TextSpans.isHan(extra) || !(x.substring(0, k) + x.substring(k + 1)).equals(w)) {
                    continue;
                }
                boolean withPrevious = k > 0 && x.charAt(k - 1) == extra;
                boolean doubled = withPrevious || k < n && x.charAt(k + 1) == extra;
                int j = withPrevious ? k - 1 : k; // the doubled character's place in the term
                boolean ok;
                if (doubled) {
                    ok = j > 0 && j < n - 1
                            || j == 0 && (s == 0 || !TextSpans.isHan(t.charAt(s - 1)))
                            || j == n - 1 && (s + n + 1 >= t.length() || !TextSpans.isHan(t.charAt(s + n + 1)));
                } else {
                    ok = k > 0 && k < n && n >= 5 && INSERT_EXCLUDED.indexOf(extra) < 0;
                }
                if (ok && !right[s + k] && !byText.containsKey(x)) {
                    out.add(new LexiconHit(LexiconHit.Kind.NEAR_MISS, w, x, w, doubled ? String.valueOf(extra) + extra : x.substring(k, k + 1),
                            doubled ? String.valueOf(extra) : "", 0, index, s, n + 1));
                    return;
                }
            }
        }
        // one inner character dropped (terms of six characters or more: 中国特色社会义), or two neighbours (ten or more:
        // 坚决维护党中央权威和集中领导)
        for (int drop = 1; drop <= 2; drop++) {
            if (n < (drop == 1 ? 6 : 10) || s + n - drop > t.length()) {
                continue;
            }
            String x = t.substring(s, s + n - drop);
            for (int k = 1; k + drop < n; k++) {
                String gone = w.substring(k, k + drop);
                if (isHanRun(gone) && !droppable.contains(gone) && (w.substring(0, k) + w.substring(k + drop)).equals(x)
                        && !byText.containsKey(x) && !allowed.contains(x) && !right[s] && !right[s + n - drop - 1]) {
                    out.add(new LexiconHit(LexiconHit.Kind.NEAR_MISS, w, x, w, x.substring(k - 1, k + 1), w.substring(k - 1, k + drop + 1),
                            0, index, s, n - drop));
                    return;
                }
            }
        }
    }

    private static boolean isHanRun(String s) {
        return s.chars().allMatch(c -> TextSpans.isHan((char) c));
    }

    /** May {@code wrong} stand for {@code right} as a typo? */
    private boolean substitutable(char right, char wrong, int termLength, boolean strictHomophone) {
        if (!TextSpans.isHan(right) || !TextSpans.isHan(wrong)) {
            return false;
        }
        if (NUMERALS.indexOf(right) >= 0 && NUMERALS.indexOf(wrong) >= 0) {
            return false; // 十九届 for 二十届 is another meeting (the year rules speak about dates)
        }
        for (String g : exchangeable) {
            if (g.indexOf(right) >= 0 && g.indexOf(wrong) >= 0) {
                return false;
            }
        }
        if (strictHomophone) {
            return sounds(right, wrong, false);
        }
        return termLength >= anyCharLength || sounds(right, wrong, true)
                || shapes.getOrDefault(right, Set.of()).contains(wrong);
    }

    /** Do the two characters share a reading (tone ignored; loosely: zh/z ch/c sh/s n/l -ng/-n alike)? */
    boolean sounds(char a, char b, boolean loose) {
        for (String x : readings(a)) {
            for (String y : readings(b)) {
                if (x.equals(y) || (loose && loosen(x).equals(loosen(y)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Set<String> readings(char c) {
        return pinyin.computeIfAbsent(c, ch -> {
            String[] r = PinyinHelper.toHanyuPinyinStringArray(ch);
            Set<String> s = new HashSet<>();
            if (r != null) {
                for (String x : r) {
                    s.add(x.replaceAll("[0-9]", ""));
                }
            }
            return s;
        });
    }

    private static String loosen(String py) {
        String s = py.replaceFirst("^zh", "z").replaceFirst("^ch", "c").replaceFirst("^sh", "s").replaceFirst("^l", "n");
        return s.endsWith("ng") ? s.substring(0, s.length() - 1) : s;
    }

    // ---- structural checks ----

    /** 三个意识 for 四个意识, 二个维护 for 两个维护. */
    private void numbers(int index, String t, List<LexiconHit> out) {
        for (Object[] np : numberPatterns) {
            Pattern p = (Pattern) np[0];
            Term term = (Term) np[1];
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (!m.group(1).equals(term.number()) && !byText.containsKey(m.group()) && !allowed.contains(m.group())) {
                    out.add(new LexiconHit(LexiconHit.Kind.NUMBER, term.text(), m.group(), term.text(), m.group(1), term.number(), 0, index, m.start(),
                            m.end() - m.start()));
                }
            }
        }
    }

    /** 四种意识, 两个树立, 不忘初衷: a word of the term replaced by a near-synonym. */
    private void synonyms(int index, String t, boolean[] right, List<LexiconHit> out) {
        for (LiteralFinder.Hit h : variants.find(t)) {
            if (right[h.start()] && right[h.end() - 1]) {
                continue;
            }
            String[] v = variantOf.get(h.word());
            out.add(new LexiconHit(LexiconHit.Kind.SYNONYM, v[0], h.word(), v[0], v[1], v[2], 0, index, h.start(),
                    h.word().length()));
        }
    }

    /** 增强四个意识: a formula that is always written in quotation marks. */
    private void quotes(int index, String t, List<LexiconHit> out) {
        for (LiteralFinder.Hit h : quotedFinder.find(t)) {
            boolean open = h.start() > 0 && OPEN_QUOTES.indexOf(t.charAt(h.start() - 1)) >= 0;
            boolean close = h.end() < t.length() && CLOSE_QUOTES.indexOf(t.charAt(h.end())) >= 0;
            if (open && close || insideTitle(t, h.start())) {
                continue;
            }
            String q = "“" + h.word() + "”";
            out.add(new LexiconHit(LexiconHit.Kind.UNQUOTED, quotedOf.get(h.word()).text(), h.word(), q, h.word(), q, 0, index, h.start(),
                    h.word().length()));
        }
    }

    /** 新时代中国特色社会主义思想 without 习近平. */
    private void names(int index, String t, List<LexiconHit> out) {
        for (LiteralFinder.Hit h : namedFinder.find(t)) {
            Term term = namedOf.get(h.word());
            int k = h.start();
            while (k > 0 && (Character.isWhitespace(t.charAt(k - 1)) || OPEN_QUOTES.indexOf(t.charAt(k - 1)) >= 0)) {
                k--;
            }
            if (t.startsWith(term.name(), k - term.name().length()) || insideTitle(t, h.start())) {
                continue;
            }
            out.add(new LexiconHit(LexiconHit.Kind.NAME_DROPPED, term.text(), h.word(), term.text(), h.word(), term.name(), 0, index, h.start(),
                    h.word().length()));
        }
    }

    /** 中央纪委监察部 after 2018-03: the organ's old name (not inside a cited title, not after 原). */
    private void outdated(int index, String t, List<LexiconHit> out) {
        for (Term term : terms) {
            if (term.until() == 0 || term.now() == null) {
                continue;
            }
            for (int k = t.indexOf(term.text()); k >= 0; k = t.indexOf(term.text(), k + 1)) {
                if ((k > 0 && t.charAt(k - 1) == '原') || insideTitle(t, k)) {
                    continue;
                }
                out.add(new LexiconHit(LexiconHit.Kind.OUTDATED, term.text(), term.text(), term.now(), term.text(), term.now(),
                        term.until(), index, k, term.text().length()));
            }
        }
    }

    /** Inside 《…》: part of a cited title, written as it was then. */
    static boolean insideTitle(String t, int at) {
        int open = t.lastIndexOf('《', at);
        return open >= 0 && t.lastIndexOf('》', at) < open && t.indexOf('》', at) >= 0;
    }
}
