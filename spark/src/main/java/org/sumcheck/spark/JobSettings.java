package org.sumcheck.spark;

import java.io.Serializable;
import java.time.Duration;
import org.sumcheck.extract.ExtractionLimits;

/**
 * What every task needs to check files the way the driver was asked to: the rules (bundled, or the user's folder as
 * bytes), the per-file limits and the isolation of parsing. Serialized into each task's closure; small.
 *
 * @param rules         the user's rules folder, or null for the bundled rules
 * @param isolate       parse in worker processes (a file that exhausts memory or hangs costs its own row only)
 * @param workers       worker processes per executor JVM (one per task slot)
 * @param workerMemoryMb heap of each worker process
 */
record JobSettings(RulesBundle rules, boolean isolate, int workers, int workerMemoryMb, long maxFileBytes,
                   long maxChars, long timeoutSeconds) implements Serializable {

    ExtractionLimits limits() {
        return new ExtractionLimits(maxFileBytes, maxChars, Duration.ofSeconds(timeoutSeconds));
    }

    /** Settings that need a different checker in an executor JVM differ in this key. */
    String checkerKey() {
        return (rules == null ? "bundled" : rules.sha256()) + "|" + isolate + "|" + workers + "|" + workerMemoryMb
                + "|" + maxFileBytes + "|" + maxChars + "|" + timeoutSeconds;
    }
}
