package org.sumcheck.extract;

import org.sumcheck.document.Document;
import org.sumcheck.document.ErrorCode;

/** Small helpers the readers share to turn what went wrong into an {@link ExtractionException}. */
final class Failures {
    private Failures() {
    }

    static Document nonEmpty(Document d) throws ExtractionException {
        if (d.paragraphs().isEmpty()) {
            throw new ExtractionException(ErrorCode.EMPTY, "no text");
        }
        return d;
    }

    static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 300 ? m.substring(0, 300) + "…" : m));
    }
}
