package org.sumcheck.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sumcheck.annotate.Annotators;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;

/** {@code check --annotate DIR}: an annotated copy of every checked .docx and .pdf, through {@link Annotators}. */
public final class AnnotatedCopies {
    private AnnotatedCopies() {
    }

    /**
     * What was written.
     *
     * @param problems one line per file that could not be annotated, naming it and why
     * @param renamed  one line per copy that got a numbered name because an earlier file of the batch (same name,
     *                 another folder) already took the plain one: {@code a/总结.docx → 总结-2.sumcheck.docx}
     */
    public record Written(List<String> problems, List<String> renamed) {
        public Written {
            problems = List.copyOf(problems);
            renamed = List.copyOf(renamed);
        }
    }

    /**
     * Writes {@code DIR/NAME.sumcheck.docx} (or .pdf) for every file of {@code report} that was checked and can be
     * annotated; originals untouched. Same-named files from different folders never overwrite each other's copy:
     * the second gets {@code NAME-2.sumcheck.docx}, and so on, in report order (so the names are the same on every
     * run). A file whose structure defeats the annotator costs its copy only.
     */
    public static Written writeAll(Report report, InputCollector.Inputs inputs, Path dir, Lang lang) throws IOException {
        Files.createDirectories(dir);
        List<String> problems = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < report.files().size(); i++) {
            FileResult r = report.files().get(i);
            if (!r.isOk()) {
                continue;
            }
            Path in = inputs.inputs().get(i).path();
            try {
                Optional<Annotators.Kind> kind = Annotators.kindOf(in);
                if (kind.isPresent()) {
                    String plain = Annotators.annotatedName(in.getFileName().toString(), kind.get());
                    String name = unique(plain, taken);
                    if (!name.equals(plain)) {
                        renamed.add(r.path() + " → " + name);
                    }
                    // a waived finding already carries the reviewer's comment
                    Annotators.annotate(in, r.open(), report.messages(), lang, dir.resolve(name));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(in + ": " + e.getMessage());
            }
        }
        return new Written(problems, renamed);
    }

    /** {@code plain}, or {@code stem-2.sumcheck.ext}, {@code -3} … when taken; case-blind, as Windows and macOS are. */
    static String unique(String plain, Set<String> taken) {
        int mark = plain.lastIndexOf(".sumcheck.");
        String stem = plain.substring(0, mark);
        String tail = plain.substring(mark);
        String name = plain;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n + tail;
        }
        return name;
    }
}
