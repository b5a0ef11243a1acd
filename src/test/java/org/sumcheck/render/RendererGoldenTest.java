package org.sumcheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;

/**
 * Every format renders the same sample reports, in both languages, byte for byte as in the golden files under
 * src/test/resources/golden/FORMAT/CASE.LANG.EXT (PMD's renderer tests in spirit).
 *
 * <p>After an intended change of output, regenerate the golden files and review the diff:
 * {@code mvn -q -B -o test -Dtest=RendererGoldenTest -Dgolden.update=true}, then {@code git diff src/test/resources/golden}.
 */
class RendererGoldenTest {
    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (ReportRenderer r : Renderers.all()) {
            for (String name : List.of("empty", "one", "many", "failed", "baseline", "cross")) {
                for (Lang lang : Lang.values()) {
                    all.add(Arguments.of(r.formatId(), name, lang, false));
                }
            }
        }
        all.add(Arguments.of("text", "many", Lang.ZH, true));
        all.add(Arguments.of("text", "baseline", Lang.EN, true));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} colour={3}")
    @MethodSource("cases")
    void rendersAsGolden(String format, String name, Lang lang, boolean color) throws IOException {
        ReportRenderer renderer = Renderers.byId(format);
        Report report = SampleReports.all().get(name);
        String actual = renderer.renderToString(report, new RenderOptions(lang, color));
        // rendering is a pure function: twice the same
        assertThat(renderer.renderToString(report, new RenderOptions(lang, color))).isEqualTo(actual);

        Path golden = GOLDEN.resolve(format).resolve(name + "." + lang.id() + (color ? ".color" : "") + "." + renderer.fileExtension());
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file missing; run with -Dgolden.update=true and review").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
