package org.sumcheck.crossdoc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import org.sumcheck.document.Location;
import org.sumcheck.report.CrossReference;
import org.sumcheck.report.Finding;
import org.sumcheck.report.RuleInfo;

/**
 * The DRL global {@code cross} of the cross-document pass: rules hand it what they found; it makes the findings
 * (category and default severity from the rule's metadata; each file's own settings are applied when they are merged
 * into its result). One per pass, used by one thread.
 */
public final class BatchFindings {
    /** Other files named in a message; the rest are in the finding's relatedFiles. */
    private static final int NAMED_IN_MESSAGE = 3;

    private final Map<String, RuleInfo> rules;
    private final Map<String, List<Finding>> byPath = new LinkedHashMap<>();

    BatchFindings(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    /** CROSS-001: the passage and the other files that have it. */
    public void copied(RuleContext rule, CopiedPassage c) {
        List<String> names = c.others().stream().map(CrossReference::path).distinct().toList();
        String shown = String.join("、", names.subList(0, Math.min(NAMED_IN_MESSAGE, names.size())))
                + (names.size() > NAMED_IN_MESSAGE ? " …" : "");
        add(rule, c.path(), c.paragraph(), c.page(), c.offset(), c.length(), c.text(), null, c.others(),
                shown, Math.round(c.similarity() * 100));
    }

    /** CROSS-002: the other submission's unit named in this file's text. */
    public void foreignUnit(RuleContext rule, ForeignUnit u) {
        add(rule, u.path(), u.paragraph(), u.page(), u.offset(), u.length(), u.unit(), u.ownUnit(),
                List.of(CrossReference.toFile(u.otherPath(), u.otherArchive())), u.unit(), u.otherPath(), u.ownUnit());
    }

    /** CROSS-003: this file's year against the batch's. */
    public void period(RuleContext rule, FilePeriod f, BatchPeriod b) {
        // a plan year has its own wording; the key is spelt out so the bundle check sees it is read
        String key = f.role() == FilePeriod.Role.PLAN ? "CROSS-003.plan.message" : rule.getRule().getName() + ".message";
        RuleInfo info = info(rule);
        Finding finding = new Finding(info.id(), info.category(), info.severity(), key,
                List.of(String.valueOf(f.year()), String.valueOf(b.files()), String.valueOf(b.withYear()),
                        String.valueOf(b.year())),
                String.valueOf(f.year()), "", new Location(f.paragraph(), f.page(), f.offset(), f.length()),
                null, null, false, null);
        byPath.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(finding);
    }

    private void add(RuleContext rule, String path, int paragraph, int page, int offset, int length, String text,
                     String suggestion, List<CrossReference> refs, Object... args) {
        RuleInfo info = info(rule);
        Finding f = new Finding(info.id(), info.category(), info.severity(), null,
                java.util.Arrays.stream(args).map(String::valueOf).toList(), text, text,
                new Location(paragraph, page, offset, length), suggestion, null, false, null, List.of(), null, refs);
        byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(f);
    }

    private RuleInfo info(RuleContext rule) {
        RuleInfo info = rules.get(rule.getRule().getName());
        if (info == null) {
            throw new IllegalStateException("rule " + rule.getRule().getName() + " has no metadata");
        }
        return info;
    }

    Map<String, List<Finding>> byPath() {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        byPath.forEach((k, v) -> {
            List<Finding> sorted = new ArrayList<>(v);
            sorted.sort(Finding.DOCUMENT_ORDER);
            out.put(k, List.copyOf(sorted));
        });
        return out;
    }
}
