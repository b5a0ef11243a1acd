package org.sumcheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                Map<String, PhraseList> phraseLists, EventTable events, TextScanners text) {

    static RuleData load(RuleFolder folder) {
        String kinds = folder.require("data/kinds.yaml");
        String partsText = folder.require("data/parts.yaml");
        StructureVocabulary vocabulary = StructureVocabulary.parse(kinds, partsText);
        JsonNode placeholders = StructureVocabulary.yaml(folder.require("data/placeholders.yaml"), "placeholders.yaml");
        Map<String, PhraseList> lists = new LinkedHashMap<>();
        for (String name : folder.list("data", ".yaml")) {
            JsonNode doc = StructureVocabulary.yaml(folder.require(name), name);
            String base = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
            doc.path("phrases").fields().forEachRemaining(e -> {
                String id = base + "." + e.getKey();
                lists.put(id, PhraseList.parse(id, e.getValue()));
            });
        }
        List<String> futureWords = new ArrayList<>();
        folder.read("data/year.yaml").ifPresent(y -> futureWords.addAll(
                StructureVocabulary.strings(StructureVocabulary.yaml(y, "year.yaml").path("future-words"))));
        EventTable events = folder.read("data/events.csv").map(csv -> EventTable.parse(csv, futureWords))
                .orElseGet(() -> new EventTable(List.of(), futureWords));
        return new RuleData(vocabulary, placeholders, new PlaceholderScanner(placeholders, List.of()), Map.copyOf(lists),
                events,
                TextScanners.of(optional(folder, "residue.yaml"), optional(folder, "duplicate.yaml"),
                        optional(folder, "punctuation.yaml"), optional(folder, "formulation.yaml")));
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
