package org.sumcheck.rules;

/**
 * How many findings one file may produce: per rule and in all. A hostile or broken document (a paragraph of a
 * hundred thousand unclosed “) would otherwise give one finding per mark, millions of them, and exhaust memory for
 * the whole batch; a reviewer learns nothing from the 101st identical finding anyway. What is cut is counted and
 * said in the report ({@code check.note.findings-capped}), never dropped silently.
 *
 * @param perRule  findings of one rule in one file (default 100)
 * @param perFile  findings of all rules in one file (default 1,000; {@code --max-findings})
 */
public record FindingLimits(int perRule, int perFile) {
    public static final FindingLimits DEFAULT = new FindingLimits(100, 1000);

    public FindingLimits {
        if (perRule < 1 || perFile < 1) {
            throw new IllegalArgumentException("finding limits must be positive: " + perRule + ", " + perFile);
        }
    }

    /** The per-file cap given, the per-rule cap never above it. */
    public static FindingLimits perFile(int max) {
        return new FindingLimits(Math.min(DEFAULT.perRule(), max), max);
    }

    /**
     * Facts of one type fed to the rule session: far above what any real document yields (a 5-million-character
     * report has some thousands of headings or marks), low enough that a bomb cannot flood the session.
     */
    public int factsPerType() {
        return Math.max(20_000, perFile * 20);
    }
}
