package org.sumcheck.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Sets how much the run tells on stderr; the logging system is the one place that holds it. */
final class Logging {
    private Logging() {
    }

    static void configure(boolean verbose) {
        if (!verbose) {
            return;
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            ctx.getLogger("org.sumcheck").setLevel(Level.DEBUG);
            ctx.getLogger("org.drools").setLevel(Level.WARN);
            ctx.getLogger("org.apache.tika").setLevel(Level.WARN);
        }
    }
}
