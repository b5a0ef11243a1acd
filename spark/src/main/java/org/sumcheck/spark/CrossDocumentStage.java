package org.sumcheck.spark;

import org.apache.spark.sql.Dataset;

/**
 * The seam for cross-document checks (issue 15: the same text submitted twice, a unit's reports copied from one
 * another). Issue 15 had not started when this job was built, so the job runs {@link #NONE} and says so in
 * {@code summary.json} ({@code "crossDocument": "not-available"}).
 *
 * <p>What a real stage needs, so that it means the same as the CLI's pass: the per-document fingerprints the core
 * computes (to be added to {@link DocResult} by the per-document stage, from the same hashing code), a
 * {@code groupBy} on the fingerprint (a shuffle of small rows, never of text), and its findings appended to the rows
 * it names before the outputs are written. It runs after every document has its row, so the row count invariant
 * (one row per input) still holds.
 */
interface CrossDocumentStage {
    /** Returns the rows with the stage's findings added; must keep exactly one row per input. */
    Dataset<DocResult> apply(Dataset<DocResult> rows);

    /** What {@code summary.json} says about the stage. */
    String state();

    CrossDocumentStage NONE = new CrossDocumentStage() {
        @Override
        public Dataset<DocResult> apply(Dataset<DocResult> rows) {
            return rows;
        }

        @Override
        public String state() {
            return "not-available";
        }
    };
}
