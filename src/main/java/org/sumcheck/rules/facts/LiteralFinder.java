package org.sumcheck.rules.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds plain words in a text, leftmost and longest first, without overlaps. One String.indexOf pass per word:
 * much faster on Chinese text than a regex alternation, which tries every branch at every character.
 */
public final class LiteralFinder {
    /** A word found at a position. */
    public record Hit(String word, int start) {
        public int end() {
            return start + word.length();
        }
    }

    private final List<String> words;

    public LiteralFinder(List<String> words) {
        this.words = words.stream().filter(w -> !w.isEmpty()).distinct().toList();
    }

    public List<Hit> find(String text) {
        List<Hit> all = new ArrayList<>();
        for (String w : words) {
            for (int k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 1)) {
                all.add(new Hit(w, k));
            }
        }
        if (all.size() < 2) {
            return all;
        }
        all.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -h.word().length()));
        List<Hit> out = new ArrayList<>();
        int end = -1;
        for (Hit h : all) {
            if (h.start() >= end) {
                out.add(h);
                end = h.end();
            }
        }
        return out;
    }
}
