package org.sumcheck.extract;

/**
 * What one parse may spend, put in the Tika ParseContext by {@link TikaExtractor} for our parsers: the character
 * limit and the moment (System.nanoTime) past which the file has run out of time.
 */
record ParseBudget(long maxChars, long deadlineNanos) {
    static final ParseBudget NONE = new ParseBudget(Long.MAX_VALUE, Long.MAX_VALUE);

    long nanosLeft() {
        return deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
    }
}
