package org.sumcheck.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sumcheck.report.Report;

/**
 * One output format. Implementations are stateless: the output is a pure function of the report and the
 * options (no clock, no environment), so the same report always renders to the same bytes.
 */
public interface ReportRenderer {
    /** The {@code --format} id: text, json, sarif, junit, html, csv. */
    String formatId();

    /** File name extension (without dot) for {@code --output-dir}: txt, json, sarif, xml, html, csv. */
    String fileExtension();

    /** Writes the report to {@code out} (UTF-8); does not close it. */
    void render(Report report, RenderOptions options, OutputStream out) throws IOException;

    /** Writes the report to {@code file} (parent folders created; a half-written file never replaces a good one). */
    default void renderTo(Report report, RenderOptions options, java.nio.file.Path file) throws IOException {
        java.nio.file.Path abs = file.toAbsolutePath();
        java.nio.file.Files.createDirectories(abs.getParent());
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile(abs.getParent(), ".sumcheck", ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(tmp))) {
                render(report, options, out);
            }
            java.nio.file.Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    /** Writes text as UTF-8 to a stream it does not close (for formats built as one string). */
    static void writeUtf8(String text, OutputStream out) throws IOException {
        java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(text);
        w.flush();
    }

    /** Convenience for tests and small reports: the rendered bytes as UTF-8 text (a CSV BOM is kept). */
    default String renderToString(Report report, RenderOptions options) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            render(report, options, buf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
