package org.sumcheck.report;

/**
 * A reviewer's decision that a finding does not need fixing here.
 *
 * @param reason why (the words in brackets of the comment, or {@code reason} in sumcheck.yaml); may be empty
 * @param author who signed off: the Word comment's author, or {@code signed} in sumcheck.yaml
 * @param source {@code document} (a Word comment on the passage) or {@code config} (sumcheck.yaml, by fingerprint)
 */
public record Waiver(String reason, String author, String source) {
    public static final String DOCUMENT = "document";
    public static final String CONFIG = "config";

    public Waiver {
        reason = reason == null ? "" : reason.strip();
        author = author == null ? "" : author.strip();
    }
}
