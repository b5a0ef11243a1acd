package org.sumcheck.rules;

import java.util.List;
import org.sumcheck.report.Category;
import org.sumcheck.report.RuleInfo;
import org.sumcheck.report.Severity;

/**
 * A rule's metadata from its {@code <category>.rules.yaml}: id, category, default severity, examples and the version
 * it came in.
 *
 * @param source the metadata file it came from (for messages)
 * @param since  the sumcheck version the rule came in ({@code since: 0.1.0}); null when the metadata does not say
 */
public record RuleDefinition(String id, Category category, Severity severity, List<Example> wrong,
                             List<Example> right, String source, String since) {
    public RuleDefinition {
        wrong = List.copyOf(wrong);
        right = List.copyOf(right);
    }

    public RuleInfo info() {
        return new RuleInfo(id, category, severity);
    }
}
