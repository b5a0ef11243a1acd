package org.sumcheck.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;
import org.sumcheck.report.BaselineState;
import org.sumcheck.report.CrossReference;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;
import org.sumcheck.report.SkippedInput;

/**
 * The default human format: grouped by file, each finding with its location, severity, rule, message, the
 * excerpt with the match marked (【…】, or reverse video with colour on) and the suggestion.
 */
public final class TextRenderer implements ReportRenderer {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String MARK = "\u001b[1;4;31m";
    /** The other file's passage is shown up to this many characters (the JSON report has it whole). */
    private static final int PASSAGE_CHARS = 80;

    @Override
    public String formatId() {
        return "text";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        ReportRenderer.writeUtf8(render(report, options), out);
    }

    private String render(Report report, RenderOptions o) {
        ReportText t = ReportText.of(report, o);
        Style s = new Style(o.color());
        StringBuilder b = new StringBuilder();
        for (FileResult fr : report.files()) {
            b.append(s.bold("== " + t.label("render.file.header", TerminalText.name(fr.path()), t.status(fr.isOk())))).append('\n');
            if (!fr.isOk()) {
                b.append("   ").append(s.paint(color(Severity.ERROR), t.label("render.error", t.errorMessage(fr.error()))))
                        .append('\n');
            } else {
                b.append("   ").append(s.dim(oneLine(t.documentLine(fr.document())))).append('\n');
            }
            fr.notes().forEach(n -> b.append("   ").append(t.note(n)).append('\n'));
            List<Finding> findings = fr.open().stream().sorted(Finding.DOCUMENT_ORDER).toList();
            if (fr.isOk() && findings.isEmpty()) {
                b.append("   ").append(t.label("render.noFindings")).append('\n');
            }
            for (Finding f : findings) {
                appendFinding(b, f, t, s);
            }
            List<Finding> waived = fr.waived().stream().sorted(Finding.DOCUMENT_ORDER).toList();
            if (!waived.isEmpty()) {
                b.append("   ").append(s.dim(t.label("render.waived.title", waived.size()))).append('\n');
                for (Finding f : waived) {
                    appendFinding(b, f, t, s);
                    b.append("       ").append(oneLine(t.waiver(f.waiver()))).append('\n');
                }
            }
            b.append("   ").append(s.bold(t.verdictLine(report, fr))).append('\n');
            b.append('\n');
        }
        if (!report.skipped().isEmpty()) {
            b.append(s.bold("== " + t.label("render.file.header", t.label("render.skipped.title"), report.skipped().size()))).append('\n');
            for (SkippedInput x : report.skipped()) {
                b.append("   ").append(TerminalText.name(x.path())).append("  ").append(t.skipReason(x.reason())).append('\n');
            }
            b.append('\n');
        }
        b.append(t.verdictSummary(report)).append('\n');
        b.append(t.summary(report));
        long existing = report.files().stream().flatMap(f -> f.findings().stream())
                .filter(f -> f.baseline() == BaselineState.EXISTING).count();
        boolean baselined = report.files().stream().flatMap(f -> f.findings().stream()).anyMatch(f -> f.baseline() != null);
        if (baselined) {
            b.append(t.label("render.summary.baseline", report.findingCount() - existing, existing));
        }
        b.append('\n');
        return b.toString();
    }

    private static void appendFinding(StringBuilder b, Finding f, ReportText t, Style s) {
        b.append("   ").append(t.location(f)).append("  ")
                .append(s.paint(color(f.severity()), t.severity(f.severity()))).append("  ")
                .append(f.rule()).append("  ").append(oneLine(t.message(f)));
        if (f.baseline() != null) {
            b.append("  [").append(t.label("render.baseline." + f.baseline().id())).append(']');
        }
        b.append('\n');
        if (!f.excerpt().isEmpty()) {
            b.append("       ").append(marked(f, s)).append('\n');
        }
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            b.append("       ").append(oneLine(t.label("render.suggestion", f.suggestion()))).append('\n');
        }
        if (f.related() != null) {
            b.append("       ").append(t.label("render.related", t.location(f.related(), false))).append('\n');
        }
        if (!f.occurrences().isEmpty()) {
            b.append("       ").append(t.label("render.occurrences", t.occurrences(f))).append('\n');
        }
        for (CrossReference r : f.relatedFiles()) {
            b.append("       ").append(oneLine(t.relatedFile(r))).append('\n');
            if (!r.passage().isEmpty()) {
                b.append("         ").append(s.dim(oneLine(ReportText.shortened(r.passage(), PASSAGE_CHARS)))).append('\n');
            }
        }
        if (f.ocr()) {
            b.append("       ").append(s.dim(t.label("render.ocr"))).append('\n');
        }
    }

    private static String marked(Finding f, Style s) {
        String e = oneLine(f.excerpt());
        int[] span = ReportText.matchSpan(f);
        if (span == null) {
            return e;
        }
        return e.substring(0, span[0]) + s.mark(e.substring(span[0], span[1])) + e.substring(span[1]);
    }

    private static String oneLine(String s) {
        return TerminalText.oneLine(s);
    }

    private static String color(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    /** ANSI styling when colour is on; the plain markers otherwise. */
    private record Style(boolean on) {
        String paint(String code, String text) {
            return on ? code + text + RESET : text;
        }

        String bold(String text) {
            return paint(BOLD, text);
        }

        String dim(String text) {
            return paint(DIM, text);
        }

        String mark(String text) {
            return on ? MARK + text + RESET : "【" + text + "】";
        }
    }
}
