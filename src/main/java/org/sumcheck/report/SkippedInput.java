package org.sumcheck.report;

/**
 * A file found in a folder walk that was not checked, with why (not a document extension, a link loop, the
 * same file reached twice …). Listed in reports so that no file disappears silently.
 */
public record SkippedInput(String path, String reason) {
}
