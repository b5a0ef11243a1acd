package org.sumcheck.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import org.sumcheck.document.Location;
import org.sumcheck.document.Paragraph;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Severity;
import org.sumcheck.structure.AnalyzedDocument;
import org.sumcheck.structure.Located;

/**
 * The DRL global {@code report}: rules hand it what they found; it makes the Finding (rule id from the firing
 * rule's name, category and severity from the catalog and the run's settings, excerpt from the paragraph).
 * One per session, used by one thread.
 */
public final class FindingCollector {
    /** Characters of context either side of the match. */
    static final int EXCERPT_CONTEXT = 20;

    private final AnalyzedDocument doc;
    private final Map<String, RuleDefinition> catalog;
    private final RuleSettings settings;
    private final List<Finding> findings = new ArrayList<>();
    private final FindingLimits limits;
    private final Map<String, Integer> perRule = new java.util.HashMap<>();
    private final Map<String, Integer> cut = new java.util.TreeMap<>();

    FindingCollector(AnalyzedDocument doc, Map<String, RuleDefinition> catalog, RuleSettings settings) {
        this(doc, catalog, settings, FindingLimits.DEFAULT);
    }

    FindingCollector(AnalyzedDocument doc, Map<String, RuleDefinition> catalog, RuleSettings settings, FindingLimits limits) {
        this.doc = doc;
        this.catalog = catalog;
        this.settings = settings;
        this.limits = limits;
    }

    /** Every finding enters here: past a cap it is counted, not kept. */
    private void keep(Finding f) {
        int n = perRule.merge(f.rule(), 1, Integer::sum);
        if (n > limits.perRule() || findings.size() >= limits.perFile()) {
            cut.merge(f.rule(), 1, Integer::sum);
            return;
        }
        findings.add(f);
    }

    /** Findings not kept because of the caps, by rule id (empty when nothing was cut). */
    Map<String, Integer> cut() {
        return java.util.Collections.unmodifiableMap(cut);
    }

    /** A finding at a span; args fill the message's {0}, {1} …. */
    public void at(RuleContext rule, Located where, Object... args) {
        add(rule, where, null, List.of(), args);
    }

    /** A finding at a span that knows what to write instead. */
    public void suggest(RuleContext rule, Located where, String suggestion, Object... args) {
        add(rule, where, suggestion, List.of(), args);
    }

    /** One finding standing for several occurrences of the same thing (listed in Finding.occurrences). */
    public void grouped(RuleContext rule, Located where, List<? extends Located> others, Object... args) {
        add(rule, where, null, others, args);
    }

    /** A finding about a whole paragraph (the title that names no year). */
    public void wholeParagraph(RuleContext rule, int paragraph, Object... args) {
        add(rule, new org.sumcheck.rules.facts.Span(paragraph, 0, doc.paragraph(paragraph).text().length()), null,
                List.of(), args);
    }

    /** A finding about the whole document (a missing part): match is what is missing, excerpt the title. */
    public void document(RuleContext rule, String match, Object... args) {
        RuleDefinition def = definition(rule);
        int t = Math.max(doc.titleParagraph(), 0);
        int page = doc.document().paragraphs().isEmpty() ? 0 : doc.paragraph(t).page();
        keep(new Finding(def.id(), def.category(), severity(def), null, strings(args), match, doc.title(),
                new Location(t, page, 0, 0), null, null, doc.document().ocr(), null));
    }

    private void add(RuleContext rule, Located where, String suggestion, List<? extends Located> others, Object... args) {
        keep(make(rule, where, suggestion, others, args));
    }

    private Finding make(RuleContext rule, Located where, String suggestion, List<? extends Located> others, Object... args) {
        RuleDefinition def = definition(rule);
        Paragraph p = doc.paragraph(where.paragraph());
        String text = p.text();
        int s = Math.max(0, Math.min(where.offset(), text.length()));
        int e = Math.min(text.length(), s + where.length());
        String excerpt = text.substring(Math.max(0, s - EXCERPT_CONTEXT), Math.min(text.length(), e + EXCERPT_CONTEXT));
        List<Location> occurrences = others.stream()
                .map(o -> new Location(o.paragraph(), doc.paragraph(o.paragraph()).page(), o.offset(), o.length()))
                .toList();
        return new Finding(def.id(), def.category(), severity(def), null, strings(args), text.substring(s, e),
                excerpt, Location.inParagraph(p, s, e - s), suggestion, null, doc.document().ocr(), null, occurrences);
    }

    private RuleDefinition definition(RuleContext rule) {
        String id = rule.getRule().getName();
        RuleDefinition def = catalog.get(id);
        if (def == null) {
            throw new IllegalStateException("rule " + id + " has no metadata"); // RuleBase.load prevents this
        }
        return def;
    }

    private Severity severity(RuleDefinition def) {
        return settings.severities().getOrDefault(def.id(), def.severity());
    }

    private static List<String> strings(Object[] args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }

    /** One finding standing for several occurrences, that knows what to write instead (at the first one). */
    public void groupedSuggest(RuleContext rule, Located where, List<? extends Located> others, String suggestion,
                               Object... args) {
        add(rule, where, suggestion, others, args);
    }

    /** A finding at a repeat that points back ({@link Finding#related}) at where the same text first occurs. */
    public void copyOf(RuleContext rule, Located where, Located first, Object... args) {
        Finding f = make(rule, where, null, List.of(), args);
        Location related = new Location(first.paragraph(), doc.paragraph(first.paragraph()).page(), first.offset(),
                first.length());
        keep(new Finding(f.rule(), f.category(), f.severity(), f.messageKey(), f.args(), f.match(), f.excerpt(),
                f.location(), f.suggestion(), related, f.ocr(), f.baseline(), f.occurrences()));
    }

    List<Finding> findings() {
        List<Finding> out = AdvertScope.withoutFindingsInsideAdverts(findings);
        out.sort(Finding.DOCUMENT_ORDER);
        return out;
    }
}
