package org.sumcheck.extract;

/**
 * What one parse may spend, put in the Tika ParseContext by {@link TikaExtractor} for our parsers: the character
 * limit, the moment (System.nanoTime) past which the file has run out of time, and where its scratch files go
 * (null: the system's temporary folder).
 */
record ParseBudget(long maxChars, long deadlineNanos, java.nio.file.Path tempRoot) {
    static final ParseBudget NONE = new ParseBudget(Long.MAX_VALUE, Long.MAX_VALUE, null);

    long nanosLeft() {
        return deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
    }
}
