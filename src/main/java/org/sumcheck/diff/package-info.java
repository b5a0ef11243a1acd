/**
 * Resubmission diffs: {@link org.sumcheck.diff.ReportDiff} pairs the files of an earlier and a later check and sorts
 * their findings, matched by fingerprint, into fixed, new and still there; {@link org.sumcheck.diff.DiffRenderer}
 * writes that as text, JSON or HTML.
 */
package org.sumcheck.diff;
