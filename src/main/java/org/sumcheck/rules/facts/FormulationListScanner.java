package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sumcheck.document.Paragraph;
import org.sumcheck.structure.StructureVocabulary;

/**
 * Checks the standard enumerations of {@code data/formulation.yaml} ({@code enumerations:}) where a document
 * writes them out: items joined by 、 (the last may be joined by 和/及/与). A run of 、-joined items counts as
 * the enumeration when it names all its items but one (at least three, all of a three-item list); lists whose
 * items are common words (创新、协调) also need the enumeration's name in the sentence (label: 新发展理念).
 * Then it reports items dropped, items added (a word with the items' common ending, 责任意识), items out of the
 * canonical order, and outdated items (全面建成小康社会 in the 四个全面). One pass per clause.
 */
public final class FormulationListScanner {
    private static final String QUOTES = "“”‘’\"'「」 \t\u3000";
    private static final String CLAUSE_ENDS = "，,；;：:。！？!?";
    private static final String[] JOINERS = {"以及", "和", "及", "与"};

    /** One enumeration of the data file. */
    record Enumeration(String name, List<String> items, List<String> labels, boolean labelRequired,
                       Map<String, String> outdated, String suffix) {
    }

    /** An item of a list as written: which enumeration item it is, where (raw offsets). */
    private record Item(Enumeration list, int index, String text, boolean outdated, int start, int end) {
    }

    private final List<Enumeration> lists = new ArrayList<>();

    public FormulationListScanner(JsonNode data) {
        for (JsonNode e : data.path("enumerations")) {
            List<String> items = StructureVocabulary.strings(e.path("items"));
            Map<String, String> outdated = new HashMap<>();
            e.path("outdated").fields().forEachRemaining(o -> outdated.put(o.getKey(), o.getValue().asText()));
            if (items.size() < 2) {
                throw new IllegalArgumentException("formulation.yaml enumeration " + e.path("name").asText()
                        + ": needs at least two items");
            }
            lists.add(new Enumeration(e.path("name").asText(), items, StructureVocabulary.strings(e.path("labels")),
                    e.path("label-required").asBoolean(false), outdated, commonSuffix(items)));
        }
    }

    private static String commonSuffix(List<String> items) {
        String s = items.get(0);
        for (String i : items) {
            int k = 0;
            while (k < s.length() && k < i.length() && s.charAt(s.length() - 1 - k) == i.charAt(i.length() - 1 - k)) {
                k++;
            }
            s = s.substring(s.length() - k);
        }
        return s;
    }

    public void scan(List<Paragraph> paragraphs, List<Object> out) {
        if (lists.isEmpty()) {
            return;
        }
        for (Paragraph p : paragraphs) {
            String t = p.text();
            if (t.indexOf('、') < 0) {
                continue;
            }
            for (int[] s : TextSpans.sentences(t, "。！？!?；;")) {
                String sentence = t.substring(s[0], s[1]);
                if (sentence.indexOf('、') < 0) {
                    continue;
                }
                int c = s[0];
                for (int i = s[0]; i <= s[1]; i++) {
                    if (i == s[1] || CLAUSE_ENDS.indexOf(t.charAt(i)) >= 0) {
                        if (i > c) {
                            clause(p.index(), t, c, i, sentence, out);
                        }
                        c = i + 1;
                    }
                }
            }
        }
    }

    /** One clause [from, to) of a sentence: its 、-joined run of items, if it is one of the enumerations. */
    private void clause(int paragraph, String t, int from, int to, String sentence, List<Object> out) {
        // the clause without quotes and blanks, with the raw offset of each kept character
        StringBuilder c = new StringBuilder();
        int[] pos = new int[to - from + 1];
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            if (QUOTES.indexOf(ch) < 0) {
                pos[c.length()] = i;
                c.append(ch);
            }
        }
        pos[c.length()] = to;
        String clean = c.toString();
        if (clean.indexOf('、') < 0) {
            return;
        }
        String[] pieces = clean.split("、", -1);
        List<Item> found = new ArrayList<>();
        List<int[]> extraCandidates = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < pieces.length; k++) {
            String piece = pieces[k];
            boolean firstPiece = k == 0;
            boolean lastPiece = k == pieces.length - 1;
            Item item = null;
            for (Enumeration e : lists) {
                item = firstPiece ? endsWithItem(e, piece, at, pos) : lastPiece ? startsWithItem(e, piece, at, pos)
                        : isItem(e, piece, at, pos);
                if (item != null) {
                    break;
                }
            }
            if (item != null) {
                found.add(item);
                if (lastPiece) {
                    Item joined = joinedItem(item.list(), piece.substring(item.text().length()),
                            at + item.text().length(), pos);
                    if (joined != null) {
                        found.add(joined);
                    }
                }
            } else if (!firstPiece) {
                extraCandidates.add(new int[]{at, at + piece.length(), k});
            }
            at += piece.length() + 1;
        }
        if (found.size() < 2) {
            return;
        }
        // the enumeration most of the items belong to
        Map<Enumeration, Integer> votes = new HashMap<>();
        found.forEach(i -> votes.merge(i.list(), 1, Integer::sum));
        Enumeration e = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        List<Item> items = found.stream().filter(i -> i.list() == e).toList();
        boolean labelled = e.labels().stream().anyMatch(sentence::contains);
        Set<Integer> distinct = new LinkedHashSet<>();
        items.forEach(i -> distinct.add(i.index()));
        // written out: all items but one (at least three; all of a three-item list). A label alone is not enough:
        // "贯彻新发展理念，推动创新、开放" names two items on purpose.
        int needed = Math.min(Math.max(3, e.items().size() - 1), e.items().size());
        // a label right before the run (一体推进不敢腐、不想腐) says the whole formula is meant: all items but one will do
        int runStart = items.get(0).start();
        String lead = t.substring(Math.max(0, runStart - 6), runStart);
        if (!e.labelRequired() && e.labels().stream().anyMatch(lead::endsWith)) {
            needed = Math.min(needed, e.items().size() - 1);
        }
        if (distinct.size() < needed || (e.labelRequired() && !labelled)) {
            return;
        }
        int start = items.get(0).start();
        int end = items.get(items.size() - 1).end();
        String canonical = String.join("、", e.items());
        // added items: a piece inside the run with the items' common ending (责任意识 among the 四个意识)
        List<String> extras = new ArrayList<>();
        if (!e.suffix().isEmpty()) {
            for (int[] x : extraCandidates) {
                String piece = clean.substring(x[0], x[1]);
                boolean last = x[2] == pieces.length - 1;
                String word = last ? leadingWord(piece, e.suffix()) : piece;
                if (word != null && word.endsWith(e.suffix()) && word.length() <= 8 && isHanRun(word)) {
                    extras.add(word);
                    int rawStart = pos[x[0]];
                    int rawEnd = pos[x[0] + word.length() - 1] + 1;
                    start = Math.min(start, rawStart);
                    end = Math.max(end, rawEnd);
                }
            }
        }
        String match = t.substring(start, end);
        for (Item i : items) {
            if (i.outdated()) {
                out.add(new ListProblem(ListProblem.Kind.OUTDATED, e.name(), i.text(), paragraph, i.start(), i.end() - i.start(),
                        i.text(), e.items().get(i.index())));
            }
        }
        if (!extras.isEmpty()) {
            out.add(new ListProblem(ListProblem.Kind.EXTRA, e.name(), match, paragraph, start, end - start, String.join("、", extras),
                    canonical));
        }
        if (distinct.size() < e.items().size()) {
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < e.items().size(); k++) {
                // an item written elsewhere in the sentence (…、制度自信，坚定文化自信) is not missing
                if (!distinct.contains(k) && !sentence.replaceAll("[“”‘’\"']", "").contains(e.items().get(k))) {
                    missing.add(e.items().get(k));
                }
            }
            if (!missing.isEmpty()) {
                out.add(new ListProblem(ListProblem.Kind.MISSING, e.name(), match, paragraph, start, end - start,
                        String.join("、", missing), canonical));
            }
        }
        for (int k = 1; k < items.size(); k++) {
            if (items.get(k).index() <= items.get(k - 1).index()) {
                out.add(new ListProblem(ListProblem.Kind.ORDER, e.name(), match, paragraph, start, end - start,
                        items.get(k).text(), canonical));
                break;
            }
        }
    }

    private static boolean isHanRun(String s) {
        return s.chars().allMatch(ch -> TextSpans.isHan((char) ch));
    }

    /** The shortest run of Chinese characters at the start of the piece that ends with the suffix. */
    private static String leadingWord(String piece, String suffix) {
        int k = piece.indexOf(suffix);
        return k < 0 ? null : piece.substring(0, k + suffix.length());
    }

    private static Item endsWithItem(Enumeration e, String piece, int at, int[] pos) {
        for (int k = 0; k < e.items().size(); k++) {
            Item i = endsWith(e, piece, e.items().get(k), k, false, at, pos);
            if (i != null) {
                return i;
            }
        }
        for (Map.Entry<String, String> o : e.outdated().entrySet()) {
            Item i = endsWith(e, piece, o.getKey(), e.items().indexOf(o.getValue()), true, at, pos);
            if (i != null) {
                return i;
            }
        }
        return null;
    }

    private static Item endsWith(Enumeration e, String piece, String word, int index, boolean outdated, int at, int[] pos) {
        if (!piece.endsWith(word)) {
            return null;
        }
        int s = at + piece.length() - word.length();
        return new Item(e, index, word, outdated, pos[s], pos[s + word.length() - 1] + 1);
    }

    private static Item startsWithItem(Enumeration e, String piece, int at, int[] pos) {
        Item best = null;
        for (int k = 0; k < e.items().size(); k++) {
            String w = e.items().get(k);
            if (piece.startsWith(w) && (best == null || w.length() > best.text().length())) {
                best = new Item(e, k, w, false, pos[at], pos[at + w.length() - 1] + 1);
            }
        }
        for (Map.Entry<String, String> o : e.outdated().entrySet()) {
            if (best == null && piece.startsWith(o.getKey())) {
                best = new Item(e, e.items().indexOf(o.getValue()), o.getKey(), true, pos[at],
                        pos[at + o.getKey().length() - 1] + 1);
            }
        }
        return best;
    }

    private static Item isItem(Enumeration e, String piece, int at, int[] pos) {
        if (piece.isEmpty()) {
            return null;
        }
        for (int k = 0; k < e.items().size(); k++) {
            if (piece.equals(e.items().get(k))) {
                return new Item(e, k, piece, false, pos[at], pos[at + piece.length() - 1] + 1);
            }
        }
        String now = e.outdated().get(piece);
        return now == null ? null : new Item(e, e.items().indexOf(now), piece, true, pos[at], pos[at + piece.length() - 1] + 1);
    }

    /** 社会建设和生态文明建设: the last item joined by 和/及/与 after the last 、. */
    private static Item joinedItem(Enumeration e, String rest, int at, int[] pos) {
        for (String j : JOINERS) {
            if (rest.startsWith(j)) {
                Item i = startsWithItem(e, rest.substring(j.length()), at + j.length(), pos);
                if (i != null) {
                    return i;
                }
            }
        }
        return null;
    }
}
