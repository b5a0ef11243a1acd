package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sumcheck.document.Paragraph;
import org.sumcheck.structure.StructureVocabulary;

/**
 * Finds placeholders with the word lists of {@code data/placeholders.yaml}. The lists are compiled once into
 * a single pattern; scanning is one pass per paragraph. Name placeholders repeated through the document
 * (the same "XX" standing for the unit's name 40 times) are grouped so that a rule can report them once.
 */
public final class PlaceholderScanner {
    private static final String LATIN = "A-Za-zＡ-Ｚａ-ｚ";

    private final Pattern tokens;
    private final LiteralFinder exceptions;
    private final List<String> countWords;
    private final List<String[]> numberContexts;
    private final List<String> bracketWords;
    private final List<String> letterWords;
    private final String singleChars;
    /** Characters a placeholder can start with: the scanner only tries the pattern there (fast on Chinese text). */
    private final java.util.BitSet firstChars = new java.util.BitSet(0x10000);
    private final PlaceholderShapes shapes;

    /** The data file's lists plus words added by the run's settings. */
    public PlaceholderScanner(JsonNode data, List<String> extraWords) {
        List<String> repeated = StructureVocabulary.strings(data.path("repeated-chars"));
        List<String> words = new ArrayList<>(StructureVocabulary.strings(data.path("words")));
        words.addAll(extraWords);
        singleChars = String.join("", StructureVocabulary.strings(data.path("single-chars")));
        countWords = sortedLongestFirst(StructureVocabulary.strings(data.path("count-words")));
        numberContexts = new ArrayList<>();
        for (String c : StructureVocabulary.strings(data.path("number-contexts"))) {
            int k = c.indexOf("{}");
            if (k >= 0) {
                numberContexts.add(new String[]{c.substring(0, k), c.substring(k + 2)});
            }
        }
        bracketWords = StructureVocabulary.strings(data.path("bracket-words"));
        letterWords = StructureVocabulary.strings(data.path("letter-words"));
        StringBuilder re = new StringBuilder();
        re.append("(?<bracket>【[^【】]{0,16}】)");
        re.append("|(?<blank>[_＿]{2,})");
        if (!repeated.isEmpty()) {
            re.append("|(?<run>").append(charClass(repeated)).append("{2,})");
        }
        List<String> ws = sortedLongestFirst(words);
        if (!ws.isEmpty()) {
            re.append("|(?<word>").append(ws.stream().map(Pattern::quote).collect(Collectors.joining("|"))).append(')');
        }
        if (!singleChars.isEmpty()) {
            re.append("|(?<single>").append(charClass(StructureVocabulary.strings(data.path("single-chars")))).append(')');
        }
        re.append("|(?<letter>[A-Z])");
        tokens = Pattern.compile(re.toString());
        for (String c : List.of("【", "_", "＿", singleChars, String.join("", repeated))) {
            c.chars().forEach(firstChars::set);
        }
        ws.forEach(w -> firstChars.set(w.charAt(0)));
        firstChars.set('A', 'Z' + 1);
        exceptions = new LiteralFinder(StructureVocabulary.strings(data.path("exceptions")));
        shapes = new PlaceholderShapes(data);
    }

    private static String charClass(List<String> chars) {
        StringBuilder sb = new StringBuilder("[");
        for (String c : chars) {
            for (char ch : c.toCharArray()) {
                if ("\\[]^-&".indexOf(ch) >= 0) {
                    sb.append('\\');
                }
                sb.append(ch);
            }
        }
        return sb.append(']').toString();
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        return words.stream().filter(w -> !w.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** All placeholders of the document in document order, name placeholders grouped by token. */
    public List<PlaceholderHit> scan(List<Paragraph> paragraphs, int firstParagraph) {
        List<PlaceholderHit> raw = new ArrayList<>();
        for (int i = Math.max(0, firstParagraph); i < paragraphs.size(); i++) {
            int before = raw.size();
            scanParagraph(i, paragraphs.get(i).text(), raw);
            shapes.scan(i, paragraphs.get(i).text(), raw, before);
        }
        Map<String, List<PlaceholderHit>> names = new LinkedHashMap<>();
        for (PlaceholderHit h : raw) {
            if (h.kind() == PlaceholderHit.Kind.NAME) {
                names.computeIfAbsent(groupKey(h.token()), k -> new ArrayList<>()).add(h);
            }
        }
        List<PlaceholderHit> out = new ArrayList<>(raw.size());
        for (PlaceholderHit h : raw) {
            if (h.kind() != PlaceholderHit.Kind.NAME) {
                out.add(h);
                continue;
            }
            List<PlaceholderHit> group = names.get(groupKey(h.token()));
            boolean first = group.get(0) == h;
            List<Span> others = first
                    ? group.subList(1, group.size()).stream().map(x -> new Span(x.paragraph(), x.offset(), x.length())).toList()
                    : List.of();
            out.add(new PlaceholderHit(PlaceholderHit.Kind.NAME, h.token(), h.paragraph(), h.offset(), h.length(), first, group.size(), others));
        }
        return out;
    }

    private static String groupKey(String token) {
        return Normalizer.normalize(token, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    }

    private void scanParagraph(int index, String t, List<PlaceholderHit> out) {
        boolean[] excepted = null;
        for (LiteralFinder.Hit e : exceptions.find(t)) {
            if (excepted == null) {
                excepted = new boolean[t.length()];
            }
            for (int k = e.start(); k < e.end(); k++) {
                excepted[k] = true;
            }
        }
        Matcher m = tokens.matcher(t).useTransparentBounds(true);
        for (int i = 0; i < t.length(); i++) {
            if (!firstChars.get(t.charAt(i))) {
                continue;
            }
            m.region(i, t.length());
            if (!m.lookingAt()) {
                continue;
            }
            i = m.end() - 1;
            int s = m.start();
            int e = m.end();
            if (excepted != null && (excepted[s] || excepted[e - 1])) {
                continue;
            }
            String tok = m.group();
            PlaceholderHit.Kind kind = null;
            if (m.group("bracket") != null) {
                kind = fillInBracket(tok.substring(1, tok.length() - 1)) ? PlaceholderHit.Kind.BRACKET : null;
            } else if (m.group("blank") != null) {
                kind = PlaceholderHit.Kind.BLANK;
            } else {
                boolean latin = isLatin(tok.charAt(0));
                char before = s > 0 ? t.charAt(s - 1) : ' ';
                char after = e < t.length() ? t.charAt(e) : ' ';
                if (latin && (isLatin(before) || isLatin(after))) {
                    continue; // part of a Latin word or model number: PPT, XXL, XC-200
                }
                // a capital letter other than the placeholder letters before a count word is a name or code (“N个1”)
                boolean placeholderLetter = m.group("letter") == null || singleChars.indexOf(tok.charAt(0)) >= 0;
                boolean number = placeholderLetter && (countFollows(t, e) || inNumberContext(t, s, e)
                        || PlaceholderShapes.inYearRange(t, s, e));
                boolean digitNext = Character.isDigit(before) || Character.isDigit(after) || after == '-' || after == '－';
                if (latin && digitNext && !number && !PlaceholderShapes.inYearRange(t, s, e)) {
                    continue; // 4A, X-200, X1
                }
                if (number) {
                    kind = PlaceholderHit.Kind.COUNT;
                } else if (m.group("run") != null && separatorLine(t, tok)) {
                    continue; // a line of *** between sections is decoration, not a blank
                } else if (m.group("run") != null || m.group("word") != null) {
                    kind = PlaceholderHit.Kind.NAME;
                } else if ((m.group("letter") != null || latin) && loneLetter(t, s)) {
                    kind = PlaceholderHit.Kind.LETTER;
                }
            }
            if (kind != null) {
                out.add(new PlaceholderHit(kind, tok, index, s, e - s, true, 1, List.of()));
            }
        }
    }

    private static boolean separatorLine(String paragraph, String run) {
        return (run.charAt(0) == '*' || run.charAt(0) == '＊') && paragraph.replace(" ", "").equals(run);
    }

    private boolean fillInBracket(String inside) {
        String t = inside.strip();
        if (t.isEmpty()) {
            return true;
        }
        for (String w : bracketWords) {
            if (t.contains(w)) {
                return true;
            }
        }
        return t.chars().allMatch(c -> singleChars.indexOf(c) >= 0);
    }

    private boolean countFollows(String t, int end) {
        int k = end;
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        for (String w : countWords) {
            if (t.startsWith(w, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean inNumberContext(String t, int s, int e) {
        for (String[] c : numberContexts) {
            if (t.startsWith(c[0], s - c[0].length()) && t.startsWith(c[1], e) && (c[0].length() + c[1].length() > 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A single capital letter between two Chinese characters, not part of a known word (A股, X光); or the letter X
     * alone after a mark (联系人：X, “X”同志), where it can only stand for something to fill in.
     */
    private boolean loneLetter(String t, int s) {
        char c = t.charAt(s);
        if (!(c >= 'A' && c <= 'Z') && c != 'x' && c != 'Ｘ') {
            return false;
        }
        boolean afterMark = (c == 'X' || c == 'x' || c == 'Ｘ') && PlaceholderShapes.xAfterMark(t, s);
        if (!afterMark && (s == 0 || s + 1 >= t.length() || !isHan(t.charAt(s - 1)) || !isHan(t.charAt(s + 1)))) {
            return false;
        }
        for (String w : letterWords) {
            for (int k = w.indexOf(c); k >= 0; k = w.indexOf(c, k + 1)) {
                if (t.startsWith(w, s - k)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
