package org.sumcheck.crossdoc;

/**
 * Fact of CROSS-003: the year most submissions of the batch name for {@code role}; {@code clear} when at least the
 * configured share and number of them do (period-majority, period-min-files).
 *
 * @param files     submissions naming that year
 * @param withYear  submissions naming any year for the role
 */
public record BatchPeriod(FilePeriod.Role role, int year, int files, int withYear, boolean clear) {
}
