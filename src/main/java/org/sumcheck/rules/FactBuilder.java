package org.sumcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.sumcheck.rules.facts.DatedMention;
import org.sumcheck.rules.facts.DocFact;
import org.sumcheck.rules.facts.MarkerStyleUse;
import org.sumcheck.rules.facts.Span;
import org.sumcheck.rules.facts.PartLayout;
import org.sumcheck.structure.Heading;
import org.sumcheck.structure.Part;
import org.sumcheck.structure.YearMention;
import org.sumcheck.structure.YearRole;
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
        facts.add(new DocFact(doc.kind().id(), doc.reportYear(), doc.plannedYear(), doc.plannedYearTo(), doc.titleHasYear(),
                doc.periodEnd(), doc.titleParagraph(), doc.title(), doc.document().ocr(), doc.kind().known(),
                doc.kind().reportsOnPeriod(), doc.kind().titleYear()));
        facts.addAll(doc.headings());
        facts.addAll(doc.enumerations());
        facts.addAll(doc.years());
        facts.addAll(doc.parts());
        // the parts the kind calls for (kinds.yaml); an unknown kind calls for none
        addRequired(facts, data, doc.kind().required(), RequiredPart.Level.REQUIRED);
        addRequired(facts, data, doc.kind().recommended(), RequiredPart.Level.RECOMMENDED);
        facts.addAll(data.placeholdersWith(settings.words("placeholder")).scan(doc.document().paragraphs(), 0));
        for (PhraseList list : data.phraseLists().values()) {
            list.with(settings.words(list.id())).scan(doc.document().paragraphs(), facts);
        }
        data.events().scan(doc.document().paragraphs(), doc.regions(), doc.partsOf(), facts);
        for (YearMention y : doc.years()) {
            if (y.role() == YearRole.DATE) {
                String before = sentenceBefore(doc.paragraph(y.paragraph()).text(), y.offset());
                // 到/至 2024年9月 is a target or a span. 截至 states a fact as of a date: the month after the period is
                // when the report is written (截至7月10日 in a 上半年 summary); later, the report contradicts its period
                String near = before.substring(Math.max(0, before.length() - 3));
                boolean asOf = near.endsWith("截至") || near.endsWith("截止");
                boolean writingTime = asOf && doc.periodEnd() != null && y.year() * 12 + y.month()
                        <= (doc.periodEnd() / 100) * 12 + doc.periodEnd() % 100 + 1;
                boolean cutoff = data.events().future(before) || writingTime
                        || (!asOf && StructureVocabulary.containsAny(near, data.vocabulary().historyBefore()));
                facts.add(new DatedMention(y, cutoff));
            }
        }
        facts.addAll(partLayout(doc, doc.kind().order()));
        facts.addAll(styleUses(doc));
        data.text().scan(doc, settings::words, facts); // residue, duplicate, punctuation, formulation lists
        return facts;
    }

    private static void addRequired(List<Object> facts, RuleData data, List<String> ids, RequiredPart.Level level) {
        for (String id : ids) {
            String name = data.vocabulary().parts().stream().filter(p -> p.id().equals(id))
                    .map(StructureVocabulary.PartDef::name).findFirst().orElse(id);
            facts.add(new RequiredPart(id, name, level));
        }
    }

    /** Each way of writing markers (the marker with its number normalised: 1、 2、 are one, 一、 another), at its first heading. */
    private static List<MarkerStyleUse> styleUses(AnalyzedDocument doc) {
        Map<String, List<Heading>> byShape = new java.util.LinkedHashMap<>();
        for (Heading h : doc.headings()) {
            if (h.numbered() && !h.breaksGroupStyle()) { // a lone odd marker is NUMBERING-008's
                byShape.computeIfAbsent(h.marker().replaceAll("[一二三四五六七八九十]+", "一").replaceAll("\\d+", "1"), k -> new ArrayList<>()).add(h);
            }
        }
        List<MarkerStyleUse> out = new ArrayList<>();
        byShape.forEach((shape, hs) -> out.add(new MarkerStyleUse(hs.get(0).style(), hs.get(0), hs.size(),
                hs.subList(1, hs.size()).stream().map(h -> new Span(h.paragraph(), h.offset(), h.length())).toList())));
        return out;
    }

    /** Where each named part stands: before a part it should follow? a heading with nothing under it? */
    private static List<PartLayout> partLayout(AnalyzedDocument doc, List<String> order) {
        Map<Integer, Heading> headingAt = new HashMap<>();
        doc.headings().forEach(h -> headingAt.put(h.paragraph(), h));
        List<PartLayout> out = new ArrayList<>();
        List<Part> seen = new ArrayList<>();
        for (Part p : doc.parts()) {
            Heading h = headingAt.get(p.paragraph());
            if (p.paragraph() < 0 || h == null) {
                continue; // implied parts and label lines have no heading to point at
            }
            String comesBefore = null;
            int rank = order.indexOf(p.id());
            for (Part earlier : seen) {
                int r = order.indexOf(earlier.id());
                if (rank >= 0 && r > rank && earlier.paragraph() < p.paragraph()) {
                    comesBefore = earlier.name();
                    break;
                }
            }
            seen.add(p);
            Heading next = headingAt.get(p.paragraph() + 1);
            boolean last = p.paragraph() + 1 >= doc.document().paragraphs().size();
            // an unnumbered part line right under a numbered heading ("四、存在问题及下半年打算" then "存在问题：…") is
            // that heading's content, not a sibling that leaves it empty
            boolean empty = !h.runIn() && (last || (next != null && next.level() <= h.level()
                    && !(next.level() == 0 && h.level() > 0)));
            int length = doc.paragraph(p.paragraph()).text().length();
            if (comesBefore != null || empty) {
                out.add(new PartLayout(p.id(), p.name(), p.paragraph(), length, comesBefore, empty));
            }
        }
        return out;
    }

    private static String sentenceBefore(String t, int at) {
        int from = at;
        while (from > 0 && "。！？；!?;".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return t.substring(from, at);
    }
}
