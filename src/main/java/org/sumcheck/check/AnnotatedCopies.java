package org.sumcheck.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sumcheck.annotate.Annotators;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;

/** {@code check --annotate DIR}: an annotated copy of every checked .docx and .pdf, through {@link Annotators}. */
public final class AnnotatedCopies {
    private AnnotatedCopies() {
    }

    /**
     * Writes {@code DIR/NAME.sumcheck.docx} (or .pdf) for every file of {@code report} that was checked and can be
     * annotated; originals untouched. A file whose structure defeats the annotator costs its copy only.
     *
     * @return one line per file that could not be annotated, naming it and why
     */
    public static List<String> writeAll(Report report, InputCollector.Inputs inputs, Path dir, Lang lang)
            throws IOException {
        Files.createDirectories(dir);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < report.files().size(); i++) {
            FileResult r = report.files().get(i);
            if (!r.isOk()) {
                continue;
            }
            Path in = inputs.inputs().get(i).path();
            try {
                Optional<Annotators.Kind> kind = Annotators.kindOf(in);
                if (kind.isPresent()) {
                    // a waived finding already carries the reviewer's comment
                    Annotators.annotate(in, r.open(), report.messages(), lang,
                            dir.resolve(Annotators.annotatedName(in.getFileName().toString(), kind.get())));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(in + ": " + e.getMessage());
            }
        }
        return problems;
    }
}
