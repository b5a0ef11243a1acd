package org.sumcheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.rules.facts.EventTable;
import org.sumcheck.rules.facts.PhraseList;
import org.sumcheck.rules.facts.PlaceholderScanner;
import org.sumcheck.rules.facts.TextScanners;
import org.sumcheck.structure.StructureVocabulary;

/**
 * The data files of a rules folder ({@code data/}), read once when the rule base loads: word lists,
 * patterns and tables a reviewer edits. Immutable.
 *
 * @param placeholderData data/placeholders.yaml as read (the scanner is rebuilt when a run adds words)
 * @param phraseLists     every {@code phrases:} list of every data/*.yaml, by id {@code <file>.<list>}
 * @param text            the scanners of the residue, duplicate, punctuation and formulation-list rules
 */
record RuleData(StructureVocabulary vocabulary, JsonNode placeholderData, PlaceholderScanner placeholders,
                Map<String, PhraseList> phraseLists, EventTable events, TextScanners text, JsonNode crossdoc,
                List<String> standardWording, List<String> leadingMarkers) {

    /** The lists a DRL rule selects phrase hits by ({@code PhraseHit(list == "formulation.truncated")}). */
    private static final Pattern DRL_LIST = Pattern.compile("PhraseHit\\(\\s*list\\s*==\\s*\"([^\"]+)\"");

    /**
     * Reads the data files and checks them against the rules: every list of a data file names the rule(s) it
     * feeds under {@code feeds:}, every rule named exists ({@code ruleIds}), and every phrase list a DRL rule
     * selects exists. A mistake is an {@link IllegalArgumentException} naming the file and the list.
     */
    static RuleData load(RuleFolder folder, Set<String> ruleIds) {
        String kinds = folder.require("data/kinds.yaml");
        String partsText = folder.require("data/parts.yaml");
        StructureVocabulary vocabulary = StructureVocabulary.parse(kinds, partsText);
        JsonNode placeholders = StructureVocabulary.yaml(folder.require("data/placeholders.yaml"), "placeholders.yaml");
        Map<String, PhraseList> lists = new LinkedHashMap<>();
        for (String name : folder.list("data", ".yaml")) {
            JsonNode doc = StructureVocabulary.yaml(folder.require(name), name);
            String base = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
            checkFeeds(name, doc, ruleIds);
            doc.path("phrases").fields().forEachRemaining(e -> {
                String id = base + "." + e.getKey();
                lists.put(id, PhraseList.parse(id, e.getValue()));
            });
        }
        for (String drl : folder.list("", ".drl")) {
            Matcher m = DRL_LIST.matcher(folder.require(drl));
            while (m.find()) {
                if (!lists.containsKey(m.group(1))) {
                    throw new IllegalArgumentException(drl + " selects phrase list " + m.group(1)
                            + ", which no data/*.yaml holds (lists: " + String.join(", ", lists.keySet()) + ")");
                }
            }
        }
        List<String> futureWords = new ArrayList<>();
        folder.read("data/year.yaml").ifPresent(y -> futureWords.addAll(
                StructureVocabulary.strings(StructureVocabulary.yaml(y, "year.yaml").path("future-words"))));
        EventTable events = folder.read("data/events.csv").map(csv -> EventTable.parse(csv, futureWords))
                .orElseGet(() -> new EventTable(List.of(), futureWords));
        return new RuleData(vocabulary, placeholders, new PlaceholderScanner(placeholders, List.of()), Map.copyOf(lists),
                events,
                TextScanners.of(optional(folder, "residue.yaml"), optional(folder, "duplicate.yaml"),
                        optional(folder, "punctuation.yaml"), optional(folder, "formulation.yaml"),
                        optional(folder, "lexicon.yaml"), optional(folder, "done-dates.yaml"),
                        optional(folder, "periods.yaml")),
                optional(folder, "crossdoc.yaml"), standardWording(folder),
                StructureVocabulary.strings(optional(folder, "duplicate.yaml").path("leading-markers")));
    }

    /** The standard formulations any submission may write (the lexicon's terms, the canonical enumerations' items). */
    private static List<String> standardWording(RuleFolder folder) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : optional(folder, "lexicon.yaml").path("terms")) {
            out.add(t.path("term").asText(""));
        }
        for (JsonNode e : optional(folder, "formulation.yaml").path("enumerations")) {
            out.addAll(StructureVocabulary.strings(e.path("items")));
            out.addAll(StructureVocabulary.strings(e.path("labels")));
        }
        out.removeIf(String::isBlank);
        return List.copyOf(out);
    }

    /** Every top-level list (each {@code phrases.<name>}) is named under {@code feeds:}, with rules that exist. */
    private static void checkFeeds(String file, JsonNode doc, Set<String> ruleIds) {
        JsonNode feeds = doc.path("feeds");
        if (!feeds.isObject()) {
            throw new IllegalArgumentException(file + ": no 'feeds:' naming the rule each list feeds");
        }
        List<String> lists = new ArrayList<>();
        doc.fieldNames().forEachRemaining(k -> {
            if (k.equals("phrases")) {
                doc.path("phrases").fieldNames().forEachRemaining(p -> lists.add("phrases." + p));
            } else if (!k.equals("feeds")) {
                lists.add(k);
            }
        });
        for (String list : lists) {
            List<String> rules = StructureVocabulary.strings(feeds.path(list));
            if (rules.isEmpty()) {
                throw new IllegalArgumentException(file + ": list '" + list + "' names no rule under 'feeds:'");
            }
        }
        feeds.fields().forEachRemaining(e -> {
            if (!lists.contains(e.getKey())) {
                throw new IllegalArgumentException(file + ": 'feeds:' names list '" + e.getKey() + "', which the file does not hold");
            }
            for (String id : StructureVocabulary.strings(e.getValue())) {
                if (!ruleIds.contains(id)) {
                    throw new IllegalArgumentException(file + ": list '" + e.getKey() + "' feeds rule " + id
                            + ", which no *.rules.yaml defines");
                }
            }
        });
    }

    private static JsonNode optional(RuleFolder folder, String name) {
        return folder.read("data/" + name).map(t -> StructureVocabulary.yaml(t, name))
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    /** The scanner for a run: the bundled lists, plus the run's extra placeholder words if any. */
    PlaceholderScanner placeholdersWith(List<String> extraWords) {
        return extraWords.isEmpty() ? placeholders : new PlaceholderScanner(placeholderData, extraWords);
    }


}
