package org.sumcheck.render;

import java.io.IOException;
import java.io.OutputStream;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;

/**
 * GitHub Actions workflow commands: one {@code ::error|::warning|::notice} line per finding, which the runner turns
 * into an inline annotation on the file (no code-scanning licence needed, unlike SARIF upload). A document has no
 * lines, so the 1-based paragraph number stands in for {@code line} and the offset for {@code col}: for .txt sources,
 * written one paragraph per line, that is the line itself. A file that could not be checked is one error annotation.
 * A cross-document finding's annotation names the other files it is about. The last line is the plain-text summary.
 */
public final class GithubRenderer implements ReportRenderer {
    @Override
    public String formatId() {
        return "github";
    }

    @Override
    public String fileExtension() {
        return "github.txt";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        ReportText t = ReportText.of(report, options);
        StringBuilder b = new StringBuilder();
        for (FileResult fr : report.files()) {
            if (!fr.isOk()) {
                b.append("::error file=").append(property(fr.path()))
                        .append(",title=").append(property("sumcheck " + fr.error().code().id()))
                        .append("::").append(data(t.label("render.error", t.errorMessage(fr.error())))).append('\n');
                continue;
            }
            for (var note : fr.notes()) {
                b.append("::notice file=").append(property(fr.path())).append(",title=sumcheck::")
                        .append(data(t.note(note))).append('\n');
            }
            // waived findings were signed off: no annotation for them
            for (Finding f : fr.open().stream().sorted(Finding.DOCUMENT_ORDER).toList()) {
                b.append("::").append(command(f.severity())).append(" file=").append(property(fr.path()));
                if (!ReportText.isWholeDocument(f)) {
                    b.append(",line=").append(ReportText.paragraphNumber(f.location()))
                            .append(",col=").append(f.location().offset() + 1);
                }
                b.append(",title=").append(property(f.rule() + " " + t.category(f.category())));
                StringBuilder msg = new StringBuilder(t.location(f)).append(" ").append(t.message(f));
                if (!f.excerpt().isBlank()) {
                    msg.append("\n").append(f.excerpt());
                }
                if (f.suggestion() != null) {
                    msg.append("\n").append(t.label("render.suggestion", f.suggestion()));
                }
                // a cross-document finding names the other file(s) in its annotation
                f.relatedFiles().forEach(x -> msg.append("\n").append(t.relatedFile(x)));
                b.append("::").append(data(msg.toString())).append('\n');
            }
        }
        b.append(t.summary(report)).append('\n');
        ReportRenderer.writeUtf8(b.toString(), out);
    }

    static String command(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a message as the runner's command parser expects (toolkit's escapeData). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value (toolkit's escapeProperty): also ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
