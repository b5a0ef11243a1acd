package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sumcheck.structure.AnalyzedDocument;
import org.sumcheck.structure.Heading;
import org.sumcheck.structure.StructureVocabulary;

/**
 * The scanners of the text rules (residue, duplicate, punctuation, the formulation enumerations), built once
 * from a rules folder's data files when the rule base loads. Each scan is linear in the text's length.
 */
public final class TextScanners {
    /** The {@code sumcheck.yaml} word list that adds advert phrases. */
    public static final String ADVERT_WORDS = "residue.advert";

    private final JsonNode residueData;
    private final ResidueScanner residue;
    private final DuplicateScanner duplicates;
    private final PunctuationScanner punctuation;
    private final FormulationListScanner lists;
    private final FormulationLexicon lexicon;
    private final DoneDates doneDates;
    private final PeriodClaims periodClaims;

    private TextScanners(JsonNode residueData, JsonNode duplicateData, JsonNode punctuationData, JsonNode formulationData,
                         JsonNode lexiconData, JsonNode doneDatesData, JsonNode periodsData) {
        this.residueData = residueData;
        this.residue = new ResidueScanner(residueData, List.of());
        this.duplicates = new DuplicateScanner(duplicateData);
        this.punctuation = new PunctuationScanner(punctuationData);
        this.lists = new FormulationListScanner(formulationData);
        this.lexicon = new FormulationLexicon(lexiconData);
        this.doneDates = new DoneDates(doneDatesData);
        this.periodClaims = new PeriodClaims(periodsData);
    }

    /** Reads data/residue.yaml, duplicate.yaml, punctuation.yaml and formulation.yaml (a missing file: no checks). */
    public static TextScanners load(Path dataDir) {
        return new TextScanners(read(dataDir, "residue.yaml"), read(dataDir, "duplicate.yaml"),
                read(dataDir, "punctuation.yaml"), read(dataDir, "formulation.yaml"), read(dataDir, "lexicon.yaml"),
                read(dataDir, "done-dates.yaml"), read(dataDir, "periods.yaml"));
    }

    /** From the data files' contents (a missing file: MissingNode, no checks); the rules folder may be inside a jar. */
    public static TextScanners of(JsonNode residue, JsonNode duplicate, JsonNode punctuation, JsonNode formulation) {
        return new TextScanners(residue, duplicate, punctuation, formulation, MissingNode.getInstance(),
                MissingNode.getInstance(), MissingNode.getInstance());
    }

    /**
     * As {@link #of(JsonNode, JsonNode, JsonNode, JsonNode)}, with the lexicon of standard formulations (lexicon.yaml)
     * and the words that state a date as done (done-dates.yaml).
     */
    public static TextScanners of(JsonNode residue, JsonNode duplicate, JsonNode punctuation, JsonNode formulation,
                                  JsonNode lexicon, JsonNode doneDates) {
        return new TextScanners(residue, duplicate, punctuation, formulation, lexicon, doneDates,
                MissingNode.getInstance());
    }

    /** As above, with the phrases that fix a year by themselves (periods.yaml). */
    public static TextScanners of(JsonNode residue, JsonNode duplicate, JsonNode punctuation, JsonNode formulation,
                                  JsonNode lexicon, JsonNode doneDates, JsonNode periods) {
        return new TextScanners(residue, duplicate, punctuation, formulation, lexicon, doneDates, periods);
    }

    private static JsonNode read(Path dir, String name) {
        Path f = dir.resolve(name);
        return Files.exists(f) ? StructureVocabulary.read(f) : MissingNode.getInstance();
    }

    /**
     * Adds the facts of the text rules to {@code out}.
     *
     * @param extraWords the run's additions to a word list by list id (sumcheck.yaml)
     */
    public void scan(AnalyzedDocument doc, Function<String, List<String>> extraWords, List<Object> out) {
        var paragraphs = doc.document().paragraphs();
        List<String> advert = extraWords.apply(ADVERT_WORDS);
        (advert.isEmpty() ? residue : new ResidueScanner(residueData, advert)).scan(paragraphs, out);
        Set<Integer> notCompared = new HashSet<>();
        notCompared.add(doc.titleParagraph());
        for (Heading h : doc.headings()) {
            if (!h.runIn()) {
                notCompared.add(h.paragraph());
            }
        }
        duplicates.scan(paragraphs, notCompared, out);
        punctuation.scan(paragraphs, doc.document().ocr(), out);
        lists.scan(paragraphs, out);
        // the lexicon speaks only where the word lists and enumerations have not already
        List<org.sumcheck.structure.Located> taken = new java.util.ArrayList<>();
        for (Object o : out) {
            if (o instanceof PhraseHit h && h.list().startsWith("formulation.") || o instanceof ListProblem) {
                taken.add((org.sumcheck.structure.Located) o);
            }
        }
        lexicon.scan(paragraphs, taken, out);
        doneDates.scan(doc, out);
        periodClaims.scan(doc, out);
    }
}
