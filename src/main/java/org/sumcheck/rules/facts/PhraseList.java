package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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
    private final LiteralFinder literals;
    private final List<Pattern> patterns = new ArrayList<>();
    private final List<Entry> patternEntries = new ArrayList<>();

    public PhraseList(String id, List<Entry> entries) {
        this.id = id;
        this.entries = List.copyOf(entries);
        List<String> words = new ArrayList<>();
        for (Entry e : this.entries) {
            if (e.pattern() != null) {
                patterns.add(Pattern.compile(e.pattern()));
                patternEntries.add(e);
            } else {
                words.add(e.wrong());
            }
        }
        this.literals = new LiteralFinder(words);
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

    /** Adds a PhraseHit for every wrong form in the paragraphs (plain words: one indexOf pass each). */
    public void scan(List<Paragraph> paragraphs, List<Object> out) {
        for (Paragraph p : paragraphs) {
            String t = p.text();
            for (LiteralFinder.Hit h : literals.find(t)) {
                Entry e = literalEntry(h.word());
                if (!excepted(t, h.start(), h.end(), e.except())) {
                    out.add(new PhraseHit(id, h.word(), e.right(), p.index(), h.start(), h.word().length()));
                }
            }
            for (int i = 0; i < patterns.size(); i++) {
                Entry e = patternEntries.get(i);
                Matcher m = patterns.get(i).matcher(t);
                while (m.find()) {
                    if (m.end() > m.start() && !excepted(t, m.start(), m.end(), e.except())) {
                        out.add(new PhraseHit(id, m.group(), e.right(), p.index(), m.start(), m.end() - m.start()));
                    }
                }
            }
        }
    }

    private Entry literalEntry(String word) {
        for (Entry e : entries) {
            if (e.pattern() == null && e.wrong().equals(word)) {
                return e;
            }
        }
        throw new IllegalStateException(word);
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
