package org.sumcheck.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a renderer needs, immutable: the results in input order, the rules that were run and the
 * message bundles (rule messages overlaid on UI messages). Renderers are pure functions of this.
 */
public record Report(String toolVersion, List<FileResult> files, List<RuleInfo> rules, Messages messages,
                     List<SkippedInput> skipped) {
    public static final String TOOL_NAME = "sumcheck";

    public Report {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        skipped = List.copyOf(skipped == null ? List.of() : skipped);
    }

    public Report(String toolVersion, List<FileResult> files, List<RuleInfo> rules, Messages messages) {
        this(toolVersion, files, rules, messages, List.of());
    }

    public int failedCount() {
        return (int) files.stream().filter(f -> !f.isOk()).count();
    }

    public Map<Severity, Long> countsBySeverity() {
        Map<Severity, Long> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, files.stream().mapToLong(f -> f.count(s)).sum());
        }
        return m;
    }

    public Map<Category, Long> countsByCategory() {
        Map<Category, Long> m = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            m.put(c, 0L);
        }
        files.forEach(f -> f.findings().forEach(x -> m.merge(x.category(), 1L, Long::sum)));
        return m;
    }

    public int findingCount() {
        return files.stream().mapToInt(f -> f.findings().size()).sum();
    }

    public Report withFiles(List<FileResult> replaced) {
        return new Report(toolVersion, replaced, rules, messages, skipped);
    }
}
