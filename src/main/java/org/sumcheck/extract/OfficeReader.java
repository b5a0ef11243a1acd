package org.sumcheck.extract;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.sumcheck.document.Document;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.SourceFormat;

/**
 * Word files through POI: .docx with XWPF ({@link DocxReader}), .doc with HWPF ({@link DocReader}); both render
 * automatic numbering and heading levels and leave comments, headers, footers and footnotes out. POI's XML parsing
 * refuses DOCTYPEs (so external entities and entity expansion never resolve) and its zip reader refuses parts that
 * inflate past a 1:100 ratio (zip bombs). Stateless and thread-safe.
 */
final class OfficeReader {
    Document readDocx(Path file, ExtractionLimits limits) throws ExtractionException {
        return classified(() -> {
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                XWPFDocument doc = new XWPFDocument(pkg);
                return new Document(DocxReader.read(doc, limits.maxChars()), 0, SourceFormat.DOCX, false, List.of());
            } finally {
                pkg.revert();
            }
        });
    }

    /** What reading an Office file may throw, turned into the codes users see (one place for .docx and .doc). */
    private interface OfficeRead {
        Document read() throws Exception;
    }

    private static Document classified(OfficeRead read) throws ExtractionException {
        try {
            return Failures.nonEmpty(read.read());
        } catch (DocxReader.TooMuchText e) {
            throw new ExtractionException(ErrorCode.TOO_LARGE, "text " + e.getMessage(), e);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(ErrorCode.ENCRYPTED, Failures.describe(e), e);
        } catch (ExtractionException e) {
            throw e;
        } catch (Exception e) {
            throw officeFailure(e);
        }
    }

    /** Zip bombs and entity expansions surface from POI as exceptions somewhere in the cause chain. */
    private static ExtractionException officeFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
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

    Document readDoc(Path file, ExtractionLimits limits) throws ExtractionException {
        return classified(() -> {
            try (InputStream in = Files.newInputStream(file); HWPFDocument doc = new HWPFDocument(in)) {
                return new Document(DocReader.read(doc, limits.maxChars()), 0, SourceFormat.DOC, false, List.of());
            }
        });
    }
}
