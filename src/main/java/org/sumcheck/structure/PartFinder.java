package org.sumcheck.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sumcheck.document.Paragraph;

/**
 * Finds the parts a work document is made of (主要工作, 存在问题, 下一步打算 …, rules/data/parts.yaml) from
 * top-level headings and label lines, and which parts each paragraph belongs to.
 */
final class PartFinder {
    /** A label line is at most this long ("存在问题", "下一步打算："). */
    private static final int SHORT_LINE = 16;

    private final StructureVocabulary vocabulary;

    PartFinder(StructureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The parts in order of first appearance, and for each paragraph the ids of the parts it is in. */
    record PartsFound(List<Part> parts, List<Set<String>> partOf) {
    }

    PartsFound parts(List<Paragraph> ps, List<Heading> headings, Heading[] headingAt, List<Region> regions) {
        int top = Integer.MAX_VALUE; // the highest numbered level; level 0 (part boundaries) always names parts
        for (Heading h : headings) {
            if (h.level() > 0) {
                top = Math.min(top, h.level());
            }
        }
        List<Part> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Set<String>> partOf = new ArrayList<>(ps.size());
        Set<String> current = Set.of();
        Heading unnamedTop = null;
        for (int i = 0; i < ps.size(); i++) {
            Heading h = headingAt[i];
            String named = null;
            if (h != null && (h.level() == top || h.level() == 0)) {
                named = h.title();
            } else if (h == null && regions.get(i) != Region.TITLE && isPartLabel(ps.get(i).text())) {
                named = label(ps.get(i).text());
            }
            if (named != null) {
                List<StructureVocabulary.PartDef> defs = vocabulary.partsNamedBy(named);
                if (!defs.isEmpty()) {
                    Set<String> ids = new LinkedHashSet<>();
                    for (StructureVocabulary.PartDef d : defs) {
                        ids.add(d.id());
                        if (seen.add(d.id())) {
                            parts.add(new Part(d.id(), d.name(), i, named));
                        }
                    }
                    current = Set.copyOf(ids);
                } else if (h != null) {
                    current = Set.of();
                    if (unnamedTop == null) {
                        unnamedTop = h;
                    }
                }
            }
            partOf.add(current);
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
