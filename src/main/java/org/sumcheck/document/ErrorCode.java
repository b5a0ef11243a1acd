package org.sumcheck.document;

/**
 * Why a file could not be checked. The ids are a contract (JSON {@code error.code}); messages live in the
 * bundles under {@code error.<id>}.
 */
public enum ErrorCode {
    EMPTY("empty"),
    CORRUPT("corrupt"),
    ENCRYPTED("encrypted"),
    UNSUPPORTED_TYPE("unsupported-type"),
    TOO_LARGE("too-large"),
    TIMEOUT("timeout"),
    NO_TEXT("no-text"),
    READ_ERROR("read-error"),
    NOT_FOUND("not-found"),
    UNKNOWN_ENCODING("unknown-encoding"),
    CONFIG_ERROR("config-error");

    private final String id;

    ErrorCode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ErrorCode fromId(String id) {
        for (ErrorCode c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown error code " + id);
    }
}
