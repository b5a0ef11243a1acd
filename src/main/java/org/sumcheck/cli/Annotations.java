package org.sumcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sumcheck.annotate.DocxAnnotator;
import org.sumcheck.annotate.PdfAnnotator;
import org.sumcheck.check.InputCollector;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;

/** {@code check --annotate DIR}: an annotated copy of every checked .docx and .pdf; originals untouched. */
final class Annotations {
    private Annotations() {
    }

    static void writeAll(Report report, InputCollector.Inputs inputs, Path dir, Lang lang, PrintStream err) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < report.files().size(); i++) {
            FileResult r = report.files().get(i);
            if (!r.isOk()) {
                continue;
            }
            Path in = inputs.inputs().get(i).path();
            String format = r.document().format();
            Path out = dir.resolve(annotatedName(in.getFileName().toString(), format));
            try {
                if ("docx".equals(format)) {
                    DocxAnnotator.annotate(in, r.open(), report.messages(), lang, out);
                } else if ("pdf".equals(format)) {
                    PdfAnnotator.annotate(in, r.open(), report.messages(), lang, out);
                }
            } catch (IOException | RuntimeException e) {
                err.println("无法生成批注副本 / could not annotate " + in + ": " + e.getMessage());
            }
        }
    }

    /** seed.docx → seed.sumcheck.docx, keeping the real type's extension. */
    static String annotatedName(String name, String format) {
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return stem + ".sumcheck." + format;
    }
}
