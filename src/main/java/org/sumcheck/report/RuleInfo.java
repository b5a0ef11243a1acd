package org.sumcheck.report;

/**
 * What a report needs to know of a rule (SARIF's tool.driver.rules, rule listings). Description and message
 * texts are in the bundles under {@code <id>.description} and {@code <id>.message}.
 */
public record RuleInfo(String id, Category category, Severity severity) {
}
