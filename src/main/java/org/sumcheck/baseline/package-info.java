/**
 * Baselines for CI gates: {@link org.sumcheck.baseline.Baseline} records findings by
 * {@link org.sumcheck.report.Fingerprint} (file, rule, words, excerpt; never paragraph numbers) and marks a later
 * report's findings as existing or new.
 */
package org.sumcheck.baseline;
