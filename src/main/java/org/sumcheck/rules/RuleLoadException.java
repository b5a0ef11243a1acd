package org.sumcheck.rules;

/** A rules folder that cannot be used: a DRL syntax error (message names file and line), bad data, bad metadata. */
public class RuleLoadException extends RuntimeException {
    public RuleLoadException(String message) {
        super(message);
    }

    public RuleLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
