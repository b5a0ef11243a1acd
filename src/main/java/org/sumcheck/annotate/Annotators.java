package org.sumcheck.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;

/**
 * The one entry point for annotating ({@code sumcheck annotate}, {@code check --annotate DIR}, the server's
 * {@code /api/v1/annotate}): picks the annotator by the file's content (a .docx is a zip, a PDF starts with %PDF),
 * whatever its name says.
 */
public final class Annotators {
    /** What the file is, for annotating; empty when it cannot be annotated (.doc, .txt, …). */
    public enum Kind {
        DOCX("docx"), PDF("pdf");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** How many annotations were written; {@code exact} of them sit on the finding's own words. */
    public record Outcome(Kind kind, int annotations, int exact) {
    }

    private Annotators() {
    }

    public static Optional<Kind> kindOf(Path file) throws IOException {
        byte[] head = new byte[5];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(Kind.DOCX);
        }
        if (n >= 5 && Arrays.equals(Arrays.copyOf(head, 5), "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.of(Kind.PDF);
        }
        return Optional.empty();
    }

    /**
     * Writes an annotated copy of {@code in} to {@code out}; never touches {@code in}.
     *
     * @throws IllegalArgumentException when the file is neither .docx nor PDF, or {@code out} is {@code in}
     */
    public static Outcome annotate(Path in, List<Finding> findings, Messages messages, Lang lang, Path out)
            throws IOException {
        Kind kind = kindOf(in).orElseThrow(() -> new IllegalArgumentException(
                "only .docx and PDF files can be annotated: " + in));
        return switch (kind) {
            case DOCX -> {
                DocxAnnotator.Result r = DocxAnnotator.annotate(in, findings, messages, lang, out);
                yield new Outcome(kind, r.comments(), r.onMatch());
            }
            case PDF -> {
                PdfAnnotator.Result r = PdfAnnotator.annotate(in, findings, messages, lang, out);
                yield new Outcome(kind, r.highlights() + r.notes(), r.highlights());
            }
        };
    }

    /** 述职报告.docx → 述职报告.sumcheck.docx, with the real type's extension (a PDF named .docx gets .pdf). */
    public static String annotatedName(String name, Kind kind) {
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)) + ".sumcheck." + kind.extension();
    }
}
