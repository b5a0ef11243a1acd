package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sumcheck.document.Paragraph;

/**
 * One {@code phrases:} list of a data file: wrong forms (plain text or patterns) with their right form.
 * All entries are compiled into one pattern, so a list costs one pass per paragraph however long it is.
 */
public final class PhraseList {
    /** One wrong form; {@code except} holds look-alikes that contain it but are right. */
    public record Entry(String wrong, String pattern, String right, List<String> except) {
    }

    private final String id;
    private final List<Entry> entries;
    private final Pattern pattern;
    private final BitSet firstChars;

    public PhraseList(String id, List<Entry> entries) {
        this.id = id;
        this.entries = List.copyOf(entries);
        StringBuilder re = new StringBuilder();
        for (Entry e : this.entries) {
            if (re.length() > 0) {
                re.append('|');
            }
            re.append("(?:").append(e.pattern() != null ? e.pattern() : Pattern.quote(e.wrong())).append(')');
        }
        this.pattern = this.entries.isEmpty() ? null : Pattern.compile(re.toString());
        this.firstChars = firstChars(this.entries);
    }

    private static boolean topLevelAlternation(String re) {
        int depth = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters the entries start with, or null when a pattern's first character is not a plain one.
     * Scanning then tries the alternation only where one of them stands: java.util.regex tries every entry at
     * every position otherwise, which made a list of 20 words cost 300 ms per MB of text.
     */
    private static BitSet firstChars(List<Entry> entries) {
        BitSet cs = new BitSet();
        for (Entry e : entries) {
            String s = e.pattern() != null ? e.pattern() : e.wrong();
            if (s == null || s.isEmpty()) {
                return null;
            }
            char c = s.charAt(0);
            boolean literal = e.pattern() == null || ("\\[](){}.*+?^$|".indexOf(c) < 0
                    && (s.length() < 2 || "?*+{".indexOf(s.charAt(1)) < 0) && !topLevelAlternation(s));
            if (!literal) {
                return null;
            }
            cs.set(c);
        }
        return cs;
    }

    public String id() {
        return id;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads a list from YAML: a sequence of {wrong|pattern, right, except}. Bad patterns name the list. */
    public static PhraseList parse(String id, JsonNode node) {
        List<Entry> es = new ArrayList<>();
        for (JsonNode n : node) {
            if (n.isTextual()) {
                es.add(new Entry(n.asText(), null, null, List.of()));
                continue;
            }
            String pattern = n.hasNonNull("pattern") ? n.get("pattern").asText() : null;
            if (pattern != null) {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException ex) {
                    throw new IllegalArgumentException("phrase list " + id + ": bad pattern " + pattern + ": "
                            + ex.getDescription());
                }
            }
            List<String> except = new ArrayList<>();
            n.path("except").forEach(x -> except.add(x.asText()));
            es.add(new Entry(n.path("wrong").asText(null), pattern, n.path("right").asText(null), except));
        }
        es.sort(Comparator.comparingInt((Entry e) -> e.pattern() == null ? -e.wrong().length() : -1000));
        return new PhraseList(id, es);
    }

    /** This list with words added (by the run's settings) as plain wrong forms. */
    public PhraseList with(List<String> words) {
        if (words.isEmpty()) {
            return this;
        }
        List<Entry> es = new ArrayList<>(entries);
        words.forEach(w -> es.add(new Entry(w, null, null, List.of())));
        return new PhraseList(id, es);
    }

    public void scan(List<Paragraph> paragraphs, List<Object> out) {
        if (pattern == null) {
            return;
        }
        for (Paragraph p : paragraphs) {
            String t = p.text();
            Matcher m = pattern.matcher(t);
            for (int at = next(m, t, 0); at >= 0; at = next(m, t, Math.max(m.end(), at + 1))) {
                Entry e = entryFor(m.group());
                if (excepted(t, m.start(), m.end(), e.except())) {
                    continue;
                }
                out.add(new PhraseHit(id, m.group(), e.right(), p.index(), m.start(), m.end() - m.start()));
            }
        }
    }

    /**
     * Finds the next match from {@code from} on, as {@link Matcher#find(int)} would, but trying the alternation
     * only where an entry's first character stands. Returns the match's start, or -1.
     */
    private int next(Matcher m, String t, int from) {
        if (firstChars == null) {
            return from <= t.length() && m.find(from) ? m.start() : -1;
        }
        for (int i = from; i < t.length(); i++) {
            if (firstChars.get(t.charAt(i))) {
                m.region(i, t.length()).useTransparentBounds(true).useAnchoringBounds(false);
                if (m.lookingAt()) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Which entry matched: the first whose own pattern matches the whole hit (hits are rare; lists are short). */
    private Entry entryFor(String hit) {
        for (Entry e : entries) {
            if (e.pattern() != null ? Pattern.matches(e.pattern(), hit) : e.wrong().equals(hit)) {
                return e;
            }
        }
        return entries.get(0);
    }

    private static boolean excepted(String t, int s, int e, List<String> except) {
        for (String x : except) {
            for (int k = t.indexOf(x, Math.max(0, e - x.length())); k >= 0 && k <= s; k = t.indexOf(x, k + 1)) {
                if (k + x.length() >= e) {
                    return true;
                }
            }
        }
        return false;
    }
}
