package org.sumcheck.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;

/** What annotated copies share: the note text of a finding, and the rule that the original is never overwritten. */
public final class Annotations {
    private Annotations() {
    }

    /** "[PLACEHOLDER-001] message" then "建议：…" when the rule has a suggestion. */
    public static List<String> noteLines(Finding f, Messages messages, Lang lang) {
        List<String> lines = new ArrayList<>();
        lines.add("[" + f.rule() + "] " + messages.get(lang, f.messageKey(), f.args()));
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            lines.add(messages.has(lang, "render.suggestion") ? messages.get(lang, "render.suggestion", f.suggestion())
                    : (lang == Lang.ZH ? "建议：" : "Suggestion: ") + f.suggestion());
        }
        return lines;
    }

    /**
     * Every place to mark: each finding, then each other place a grouped finding stands for (same words, same note;
     * its excerpt unknown), in document order. A reviewer sees every repeated placeholder, not just the first.
     */
    public static List<Finding> places(List<Finding> findings) {
        List<Finding> all = new ArrayList<>();
        for (Finding f : findings) {
            all.add(f);
            for (org.sumcheck.document.Location l : f.occurrences()) {
                all.add(new Finding(f.rule(), f.category(), f.severity(), f.messageKey(), f.args(), f.match(), "", l,
                        f.suggestion(), f.related(), f.ocr(), f.baseline()));
            }
        }
        all.sort(Finding.DOCUMENT_ORDER);
        return all;
    }

    static String noteText(Finding f, Messages messages, Lang lang) {
        return String.join("\n", noteLines(f, messages, lang));
    }

    public static void requireDistinct(Path in, Path out) throws IOException {
        Path a = in.toAbsolutePath().normalize();
        Path b = out.toAbsolutePath().normalize();
        if (a.equals(b) || (Files.exists(b) && Files.isSameFile(a, b))) {
            throw new IllegalArgumentException("the annotated copy must not replace the original: " + in);
        }
    }
}
