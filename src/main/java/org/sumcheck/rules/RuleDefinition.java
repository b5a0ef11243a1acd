package org.sumcheck.rules;

import java.util.List;
import org.sumcheck.report.Category;
import org.sumcheck.report.RuleInfo;
import org.sumcheck.report.Severity;

/**
 * A rule's metadata from its {@code <category>.rules.yaml}: id, category, default severity and examples.
 *
 * @param source the metadata file it came from (for messages)
 */
public record RuleDefinition(String id, Category category, Severity severity, List<Example> wrong,
                             List<Example> right, String source) {
    public RuleDefinition {
        wrong = List.copyOf(wrong);
        right = List.copyOf(right);
    }

    public RuleInfo info() {
        return new RuleInfo(id, category, severity);
    }
}
