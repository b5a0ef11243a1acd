package org.sumcheck.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Report;
import org.sumcheck.report.SkippedInput;

/**
 * One row per finding, for Excel: UTF-8 with a BOM (so Excel reads the Chinese), CRLF rows, every field quoted
 * (RFC 4180). A file that could not be checked is one row with its error, a skipped input one row with status
 * {@code skipped}. Header labels are in the report's
 * language; status, severity and category stay ids, so filters work the same in both languages. A cell that
 * would start a spreadsheet formula (= + - @) gets a leading apostrophe, since excerpts come from documents.
 * Every row carries its file's verdict (id) and score; a checked file with no open finding is one row of its own, so
 * every file's verdict is there; a waived finding says so in its column (reason, author, source); the last column names
 * the places in other files of a cross-document finding (docs/crossdoc.md), one per line.
 */
public final class CsvRenderer implements ReportRenderer {
    private static final String[] COLUMNS = {"file", "status", "rule", "category", "severity", "page", "paragraph",
        "match", "excerpt", "message", "suggestion", "error", "occurrences", "verdict", "score", "waiver", "relatedFiles"};

    @Override
    public String formatId() {
        return "csv";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        ReportText t = ReportText.of(report, options);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        List<String> header = new ArrayList<>();
        for (String c : COLUMNS) {
            header.add(t.label("render.col." + c));
        }
        row(w, header);
        for (FileResult fr : report.files()) {
            String verdict = report.verdict(fr).id();
            Integer scored = report.score(fr);
            String score = scored == null ? "" : String.valueOf(scored);
            if (!fr.isOk()) {
                row(w, List.of(fr.path(), fr.status(), "", "", "error", "", "", "", "", t.errorMessage(fr.error()), "",
                        fr.error().code().id(), "", verdict, score, "", ""));
                continue;
            }
            for (var note : fr.notes()) {
                // a file's notes (OCR, findings cut at the cap) as rows of their own, so a filter on status shows them
                row(w, List.of(fr.path(), "note", "", "", "", "", "", "", "", t.note(note), "", "", "", verdict, score, "", ""));
            }
            if (fr.open().isEmpty()) {
                row(w, List.of(fr.path(), fr.status(), "", "", "", "", "", "", "", t.label("render.noFindings"), "", "",
                        "", verdict, score, "", ""));
            }
            List<Finding> ordered = new ArrayList<>(fr.open().stream().sorted(Finding.DOCUMENT_ORDER).toList());
            ordered.addAll(fr.waived().stream().sorted(Finding.DOCUMENT_ORDER).toList());
            for (Finding f : ordered) {
                row(w, List.of(fr.path(), fr.status(), f.rule(), f.category().id(), f.severity().id(),
                        f.location().page() > 0 ? String.valueOf(f.location().page()) : "",
                        ReportText.isWholeDocument(f) ? "" : String.valueOf(ReportText.paragraphNumber(f.location())),
                        f.match(), f.excerpt(), t.message(f), f.suggestion() == null ? "" : f.suggestion(), "",
                        t.occurrences(f), verdict, score, f.waiver() == null ? "" : t.waiver(f.waiver()), relatedFiles(f, t)));
            }
        }
        for (SkippedInput x : report.skipped()) {
            row(w, List.of(x.path(), "skipped", "", "", "", "", "", "", "", t.skipReason(x.reason()), "", "", "", "", "", "", ""));
        }
        w.flush();
    }

    /** The places in other files (cross-document checks), one per line inside the cell. */
    private static String relatedFiles(Finding f, ReportText t) {
        return String.join("\n", f.relatedFiles().stream().map(t::relatedFile).toList());
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String cell) {
        String s = cell == null ? "" : cell;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
