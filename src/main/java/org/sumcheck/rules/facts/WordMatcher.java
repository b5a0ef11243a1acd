package org.sumcheck.rules.facts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds plain words in text, leftmost and longest first, without overlaps. Words are indexed by their first
 * character, so a position costs one map look-up however long the list is (a regex alternation of quoted words
 * tries every word at every position: 80 words made a 1 MB text take seconds).
 */
final class WordMatcher {
    /** A word found at [start, end). */
    record Hit(String word, int start, int end) {
    }

    private final Map<Character, List<String>> byFirst = new HashMap<>();
    private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);

    WordMatcher(List<String> words) {
        for (String w : words.stream().filter(w -> !w.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            firstChars.set(w.charAt(0));
        }
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    List<Hit> find(String t, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        if (byFirst.isEmpty()) {
            return hits;
        }
        int i = from;
        while (i < to) {
            List<String> candidates = firstChars.get(t.charAt(i)) ? byFirst.get(t.charAt(i)) : null;
            String found = null;
            if (candidates != null) {
                for (String w : candidates) {
                    if (i + w.length() <= to && t.startsWith(w, i)) {
                        found = w;
                        break;
                    }
                }
            }
            if (found != null) {
                hits.add(new Hit(found, i, i + found.length()));
                i += found.length();
            } else {
                i++;
            }
        }
        return hits;
    }
}
