package org.sumcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sumcheck.rules.facts.DocFact;
import org.sumcheck.rules.facts.PhraseList;
import org.sumcheck.rules.facts.RequiredPart;
import org.sumcheck.structure.AnalyzedDocument;
import org.sumcheck.structure.StructureVocabulary;

/** Turns an analysed document into the facts the DRL rules match: one pass over the text per list. */
final class FactBuilder {
    private FactBuilder() {
    }

    static List<Object> facts(AnalyzedDocument doc, RuleData data, RuleSettings settings) {
        List<Object> facts = new ArrayList<>();
        facts.add(new DocFact(doc.kind().id(), doc.reportYear(), doc.planYear(), doc.titleHasYear(), doc.periodEnd(),
                doc.titleParagraph(), doc.title()));
        facts.addAll(doc.headings());
        facts.addAll(doc.enumerations());
        facts.addAll(doc.years());
        facts.addAll(doc.parts());
        Map<String, List<String>> levels = data.requirements().getOrDefault(doc.kind().id(), Map.of());
        levels.forEach((level, ids) -> {
            for (String id : ids) {
                String name = data.vocabulary().parts().stream().filter(p -> p.id().equals(id))
                        .map(StructureVocabulary.PartDef::name).findFirst().orElse(id);
                facts.add(new RequiredPart(id, name, level));
            }
        });
        facts.addAll(data.placeholdersWith(settings.words("placeholder")).scan(doc.document().paragraphs(), 0));
        for (PhraseList list : data.phraseLists().values()) {
            list.with(settings.words(list.id())).scan(doc.document().paragraphs(), facts);
        }
        data.events().scan(doc.document().paragraphs(), doc.regions(), doc.partsOf(), facts);
        data.text().scan(doc, settings::words, facts); // residue, duplicate, punctuation, formulation lists
        return facts;
    }
}
