package org.sumcheck.server;

/**
 * A request the server refuses, with the HTTP status, a stable code for programs and a message key for people
 * (in the server bundles, {@code server.error.<code>}).
 */
final class HttpError extends RuntimeException {
    private final int status;
    private final String code;
    private final transient Object[] args;

    HttpError(int status, String code, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args.clone();
    }
}
