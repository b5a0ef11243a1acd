package org.sumcheck.report;

import org.sumcheck.document.ErrorCode;

/**
 * A file that could not be checked.
 *
 * @param code   stable code; the user-facing message is {@code error.<code>} in the bundles
 * @param detail technical detail for logs and {@code --verbose} (exception text), may be empty
 */
public record FileError(ErrorCode code, String detail) {
    public FileError {
        detail = detail == null ? "" : detail;
    }
}
