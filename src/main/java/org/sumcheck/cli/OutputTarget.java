package org.sumcheck.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.sumcheck.render.RenderOptions;
import org.sumcheck.render.ReportRenderer;
import org.sumcheck.render.Renderers;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;

/** Where one report format goes: standard output or a file. */
record OutputTarget(ReportRenderer renderer, Path file) {

    /**
     * One format → stdout or {@code -o FILE}; several formats → {@code --output-dir DIR}, one file each.
     *
     * @throws IllegalArgumentException with a bilingual message for an unknown format or a bad combination
     */
    static List<OutputTarget> plan(List<String> formatIds, Path output, Path outputDir) {
        List<ReportRenderer> renderers = new ArrayList<>();
        for (String id : new LinkedHashSet<>(formatIds)) {
            ReportRenderer r = Renderers.byId(id.trim().toLowerCase(Locale.ROOT));
            if (r == null) {
                throw new IllegalArgumentException("未知格式 / unknown format: " + id + " (" + String.join(", ", Renderers.ids()) + ")");
            }
            renderers.add(r);
        }
        if (output != null && outputDir != null) {
            throw new IllegalArgumentException("-o 与 --output-dir 只能选一个 / use either -o or --output-dir");
        }
        if (outputDir != null) {
            return renderers.stream()
                    .map(r -> new OutputTarget(r, outputDir.resolve("sumcheck-report." + r.fileExtension())))
                    .toList();
        }
        if (renderers.size() > 1) {
            throw new IllegalArgumentException("多种格式需要 --output-dir / several formats need --output-dir");
        }
        return List.of(new OutputTarget(renderers.get(0), output));
    }

    boolean isStdout() {
        return file == null;
    }

    void write(Report report, Lang lang, boolean color) throws IOException {
        RenderOptions options = new RenderOptions(lang, color);
        if (file == null) {
            OutputStream out = new BufferedOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush(); // never close System.out
                }
            };
            renderer.render(report, options, out);
            out.flush();
            return;
        }
        renderer.renderTo(report, options, file); // parent folders made; a half-written file never replaces a good one
    }
}
