package org.sumcheck.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.sumcheck.document.SourceFormat;

/** What a file is by its bytes (Tika's detector, never told the name), and what its name claims. */
final class ContentType {
    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType DOCM = MediaType.application("vnd.ms-word.document.macroenabled.12");
    static final MediaType DOC = MediaType.application("msword");
    static final MediaType PDF = MediaType.application("pdf");
    static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");

    private ContentType() {
    }

    static MediaType detect(Detector detector, Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata()).getBaseType();
        }
    }

    /** The format a detected type is read as, or OTHER. */
    static SourceFormat formatOf(MediaType type, MediaTypeRegistry registry) {
        if (type.equals(DOCX) || type.equals(DOCM)) {
            return SourceFormat.DOCX;
        }
        if (type.equals(DOC)) {
            return SourceFormat.DOC;
        }
        if (type.equals(PDF)) {
            return SourceFormat.PDF;
        }
        boolean markup = type.getSubtype().contains("html") || type.getSubtype().contains("xml");
        if (type.equals(MediaType.TEXT_PLAIN) || registry.isSpecializationOf(type, MediaType.TEXT_PLAIN) && !markup) {
            return SourceFormat.TEXT;
        }
        return SourceFormat.OTHER;
    }

    /** The format the file name promises, or null for names that promise none of ours. */
    static SourceFormat claimedBy(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "docx", "docm" -> SourceFormat.DOCX;
            case "doc" -> SourceFormat.DOC;
            case "pdf" -> SourceFormat.PDF;
            case "txt", "text" -> SourceFormat.TEXT;
            default -> null;
        };
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}
