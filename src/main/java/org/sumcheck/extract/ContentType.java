package org.sumcheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.sumcheck.document.SourceFormat;

/** What a file is by its bytes (its signature, or Tika's detector, never told the name), and what its name claims. */
final class ContentType {
    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType DOCM = MediaType.application("vnd.ms-word.document.macroenabled.12");
    static final MediaType DOC = MediaType.application("msword");
    static final MediaType PDF = MediaType.application("pdf");
    static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");

    private ContentType() {
    }

    /**
     * PDF and Word files are recognised by their own signatures; everything else goes to Tika's detector, made on
     * first need. Tika's detector costs about 0.3 s to start and 12 % of a batch's CPU (its magic table is tried
     * against every file), and both formats identify themselves unambiguously (docs/performance.md).
     */
    static MediaType detect(Supplier<Detector> detector, Path file) throws IOException {
        MediaType known = sniff(file);
        if (known != null) {
            return known;
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.get().detect(in, new Metadata()).getBaseType();
        }
    }

    /** PDF ("%PDF-"), or a zip whose [Content_Types].xml names a Word main document; null for anything else. */
    static MediaType sniff(Path file) throws IOException {
        byte[] head = new byte[5];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return PDF;
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return wordType(file);
        }
        return null;
    }

    private static MediaType wordType(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("[Content_Types].xml");
            if (entry == null) {
                return null;
            }
            String types;
            try (InputStream in = zip.getInputStream(entry)) {
                types = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            }
            boolean docx = types.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
            boolean docm = types.contains("application/vnd.ms-word.document.macroEnabled.main+xml");
            if (docx == docm) {
                return null; // neither (a spreadsheet, a template …) or both: Tika decides
            }
            return docx ? DOCX : DOCM;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged zip: Tika's detector decides and the reader reports the damage
        }
    }

    /** The format a detected type is read as, or OTHER. */
    static SourceFormat formatOf(MediaType type, Supplier<MediaTypeRegistry> registry) {
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
        if (type.equals(MediaType.TEXT_PLAIN) || registry.get().isSpecializationOf(type, MediaType.TEXT_PLAIN) && !markup) {
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
