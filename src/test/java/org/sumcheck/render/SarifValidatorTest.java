package org.sumcheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;

/**
 * Runs the official SARIF validator ({@code sarif-multitool validate}, npm package @microsoft/sarif-multitool)
 * on the SARIF of every sample report and fails on any error-level result. The validator exits 0 even when it
 * finds errors, so its own SARIF output is read. Skipped when the tool is not installed; install it with
 * {@code mkdir -p /tmp/sarifv && cd /tmp/sarifv && npm install @microsoft/sarif-multitool}, or point
 * {@code -Dsarif.multitool=PATH} (or env SARIF_MULTITOOL) at the binary.
 */
@Tag("sarif-validator")
class SarifValidatorTest {
    @TempDir
    Path tmp;

    static Optional<Path> multitool() {
        List<String> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("sarif.multitool")).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("SARIF_MULTITOOL")).ifPresent(candidates::add);
        String base = System.getProperty("basedir", ".");
        candidates.add(base + "/node_modules/.bin/sarif-multitool");
        candidates.add(base + "/.ci/node_modules/.bin/sarif-multitool");
        candidates.add("/tmp/sarifv/node_modules/.bin/sarif-multitool");
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Error-level results of the validator on {@code sarif}, as "RULE: message id" lines (empty when valid). */
    static List<String> validate(Path tool, Path sarif, Path workDir) throws IOException, InterruptedException {
        Path out = workDir.resolve(sarif.getFileName() + ".validation.sarif");
        Path log = workDir.resolve(sarif.getFileName() + ".validation.log");
        Process p = new ProcessBuilder(tool.toString(), "validate", sarif.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("validator finished").isTrue();
        String console = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(out).as("validator output; console said:\n" + console).exists();
        JsonNode run = new ObjectMapper().readTree(out.toFile()).path("runs").path(0);
        List<String> errors = new ArrayList<>();
        for (JsonNode r : run.path("results")) {
            if ("error".equals(r.path("level").asText())) {
                errors.add(r.path("ruleId").asText() + ": " + r.path("message").toString());
            }
        }
        for (JsonNode inv : run.path("invocations")) {
            for (JsonNode n : Stream.concat(stream(inv.path("toolExecutionNotifications")),
                    stream(inv.path("toolConfigurationNotifications"))).toList()) {
                if ("error".equals(n.path("level").asText("error"))) {
                    errors.add("notification: " + n.path("message").toString());
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.add("console:\n" + console);
        }
        return errors;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> l = new ArrayList<>();
        array.forEach(l::add);
        return l.stream();
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "one", "many", "failed", "baseline"})
    void sampleReportsPassTheOfficialValidator(String name) throws Exception {
        Optional<Path> tool = multitool();
        Assumptions.assumeTrue(tool.isPresent(), "sarif-multitool not installed");
        Report report = SampleReports.all().get(name);
        for (Lang lang : Lang.values()) {
            Path sarif = tmp.resolve(name + "." + lang.id() + ".sarif");
            Files.writeString(sarif, Renderers.byId("sarif").renderToString(report, RenderOptions.of(lang)));
            assertThat(validate(tool.get(), sarif, tmp)).as(sarif.toString()).isEmpty();
        }
    }

    /** The check itself can fail: a region whose context region is not a superset is an error (SARIF1008). */
    @org.junit.jupiter.api.Test
    void validatorErrorsAreReported() throws Exception {
        Optional<Path> tool = multitool();
        Assumptions.assumeTrue(tool.isPresent(), "sarif-multitool not installed");
        String broken = Renderers.byId("sarif").renderToString(SampleReports.oneFinding(), RenderOptions.DEFAULT)
                .replace("\"contextRegion\": {\n", "\"contextRegion\": {\n                    \"startColumn\": 32,\n");
        assertThat(broken).contains("\"startColumn\": 32,");
        Path sarif = tmp.resolve("broken.sarif");
        Files.writeString(sarif, broken);
        assertThat(validate(tool.get(), sarif, tmp)).anyMatch(e -> e.startsWith("SARIF1008"));
    }
}
