package org.sumcheck.extract;

import org.sumcheck.document.ErrorCode;

/** A file could not be turned into a document; {@link #code()} says why in a way a person understands. */
public class ExtractionException extends Exception {
    private final ErrorCode code;

    public ExtractionException(ErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public ExtractionException(ErrorCode code, String detail, Throwable cause) {
        super(detail, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
