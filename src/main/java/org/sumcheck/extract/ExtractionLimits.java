package org.sumcheck.extract;

import java.time.Duration;

/**
 * Per-file limits; a file beyond one fails with its own code and the batch goes on.
 *
 * @param maxFileBytes larger files fail with {@code too-large} before parsing
 * @param maxChars     more extracted characters fail with {@code too-large}
 * @param timeout      parsing longer than this fails with {@code timeout}
 */
public record ExtractionLimits(long maxFileBytes, long maxChars, Duration timeout) {
    public static final ExtractionLimits DEFAULT =
            new ExtractionLimits(100L * 1024 * 1024, 5_000_000L, Duration.ofSeconds(120));
}
