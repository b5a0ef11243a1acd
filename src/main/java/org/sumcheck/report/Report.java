package org.sumcheck.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a renderer needs, immutable: the results in input order, the rules that were run, the
 * message bundles (rule messages overlaid on UI messages) and the gate that gives each file its verdict and
 * score. Renderers are pure functions of this.
 */
public record Report(String toolVersion, List<FileResult> files, List<RuleInfo> rules, Messages messages,
                     List<SkippedInput> skipped, Gate gate) {
    public static final String TOOL_NAME = "sumcheck";

    public Report {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        skipped = List.copyOf(skipped == null ? List.of() : skipped);
        gate = gate == null ? Gate.DEFAULT : gate;
    }

    public Report(String toolVersion, List<FileResult> files, List<RuleInfo> rules, Messages messages,
                  List<SkippedInput> skipped) {
        this(toolVersion, files, rules, messages, skipped, Gate.DEFAULT);
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
        files.forEach(f -> f.open().forEach(x -> m.merge(x.category(), 1L, Long::sum)));
        return m;
    }

    public int findingCount() {
        return files.stream().mapToInt(f -> f.open().size()).sum();
    }

    public Report withFiles(List<FileResult> replaced) {
        return new Report(toolVersion, replaced, rules, messages, skipped, gate);
    }

    public Report withGate(Gate g) {
        return new Report(toolVersion, files, rules, messages, skipped, g);
    }

    public Verdict verdict(FileResult f) {
        return gate.verdict(f);
    }

    /** The documented exit status under this report's gate (see {@link Gate#exitStatus}). */
    public int exitStatus() {
        return gate.exitStatus(this);
    }

    public Integer score(FileResult f) {
        return gate.score(f);
    }

    public int waivedCount() {
        return (int) files.stream().flatMap(f -> f.findings().stream()).filter(Finding::isWaived).count();
    }
}
