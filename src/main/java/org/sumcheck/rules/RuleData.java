package org.sumcheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
 * @param requirements    kind id → level (required/recommended) → part ids, from data/parts.yaml
 * @param text            the scanners of the residue, duplicate, punctuation and formulation-list rules
 */
record RuleData(StructureVocabulary vocabulary, JsonNode placeholderData, PlaceholderScanner placeholders,
                Map<String, PhraseList> phraseLists, EventTable events,
                Map<String, Map<String, List<String>>> requirements, TextScanners text) {

    static RuleData load(Path dataDir) {
        StructureVocabulary vocabulary = StructureVocabulary.load(dataDir);
        JsonNode placeholders = StructureVocabulary.read(dataDir.resolve("placeholders.yaml"));
        JsonNode parts = StructureVocabulary.read(dataDir.resolve("parts.yaml"));
        Map<String, PhraseList> lists = new LinkedHashMap<>();
        for (Path f : list(dataDir, ".yaml")) {
            JsonNode doc = StructureVocabulary.read(f);
            String base = f.getFileName().toString().replaceFirst("\\.yaml$", "");
            doc.path("phrases").fields().forEachRemaining(e -> {
                String id = base + "." + e.getKey();
                lists.put(id, PhraseList.parse(id, e.getValue()));
            });
        }
        List<String> futureWords = new ArrayList<>();
        Path yearData = dataDir.resolve("year.yaml");
        if (Files.exists(yearData)) {
            futureWords.addAll(StructureVocabulary.strings(StructureVocabulary.read(yearData).path("future-words")));
        }
        EventTable events;
        try {
            Path csv = dataDir.resolve("events.csv");
            events = Files.exists(csv) ? EventTable.parse(Files.readString(csv), futureWords)
                    : new EventTable(List.of(), futureWords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleData(vocabulary, placeholders, new PlaceholderScanner(placeholders, List.of()), Map.copyOf(lists),
                events, StructureVocabulary.requirements(parts), TextScanners.load(dataDir));
    }

    /** The scanner for a run: the bundled lists, plus the run's extra placeholder words if any. */
    PlaceholderScanner placeholdersWith(List<String> extraWords) {
        return extraWords.isEmpty() ? placeholders : new PlaceholderScanner(placeholderData, extraWords);
    }

    static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
