package org.sumcheck.extract;

import java.io.InterruptedIOException;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.sumcheck.document.ErrorCode;

/**
 * What reading a Word file may throw, turned into the codes users see (one place for .docx and .doc). The parsers
 * throw a {@link TikaException} whose cause is the classified {@link ExtractionException}, which
 * {@link TikaExtractor} finds again past Tika's own wrapping.
 */
final class OfficeFailures {
    private OfficeFailures() {
    }

    static TikaException wrap(Throwable e) {
        ExtractionException ee = classify(e);
        return new TikaException(ee.getMessage(), ee);
    }

    /** Zip bombs and entity expansions surface from POI as exceptions somewhere in the cause chain. */
    static ExtractionException classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExtractionException ee) {
                return ee;
            }
            if (t instanceof EncryptedDocumentException) {
                return new ExtractionException(ErrorCode.ENCRYPTED, Failures.describe(t), e);
            }
            if (t instanceof DocumentBuilder.Stop stop) {
                return stop.failure();
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("entry size")) {
                return new ExtractionException(ErrorCode.TOO_LARGE, "zip bomb refused: a part inflates beyond the limits", e);
            }
            if (m.contains("doctype") || m.contains("entity")) {
                return new ExtractionException(ErrorCode.CORRUPT, "XML with a DOCTYPE or entities refused", e);
            }
            if (t instanceof InterruptedIOException) {
                return new ExtractionException(ErrorCode.TIMEOUT, "abandoned", e);
            }
        }
        return new ExtractionException(ErrorCode.CORRUPT, Failures.describe(e), e);
    }
}
