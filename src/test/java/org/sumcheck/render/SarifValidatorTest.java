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
public class SarifValidatorTest {
    @TempDir
    Path tmp;

    /** The validator's binary, when installed (other packages' tests validate their SARIF too). */
    public static Optional<Path> multitool() {
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
    public static List<String> validate(Path tool, Path sarif, Path workDir) throws IOException, InterruptedException {
        return validate(tool, List.of(sarif), workDir);
    }

    /** One validator run over several files (it starts slowly): the error-level results of all of them. */
    static List<String> validate(Path tool, List<Path> sarifs, Path workDir) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "validation", ".sarif");
        Files.delete(out);
        Path log = workDir.resolve(out.getFileName() + ".log");
        List<String> command = new ArrayList<>(List.of(tool.toString(), "validate"));
        sarifs.forEach(s -> command.add(s.toString()));
        command.addAll(List.of("-o", out.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("validator finished").isTrue();
        String console = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(out).as("validator output; console said:\n" + console).exists();
        JsonNode run = new ObjectMapper().readTree(out.toFile()).path("runs").path(0);
        List<String> errors = new ArrayList<>();
        for (JsonNode r : run.path("results")) {
            if ("error".equals(r.path("level").asText())) {
                errors.add(r.path("ruleId").asText() + ": " + r.path("message").toString() + " in "
                        + r.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
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

    @org.junit.jupiter.api.Test
    void sampleReportsPassTheOfficialValidator() throws Exception {
        Optional<Path> tool = multitool();
        Assumptions.assumeTrue(tool.isPresent(), "sarif-multitool not installed");
        List<Path> files = new ArrayList<>();
        for (String name : List.of("empty", "one", "many", "failed", "baseline", "cross")) {
            Report report = SampleReports.all().get(name);
            for (Lang lang : Lang.values()) {
                Path sarif = tmp.resolve(name + "." + lang.id() + ".sarif");
                Files.writeString(sarif, Renderers.byId("sarif").renderToString(report, RenderOptions.of(lang)));
                files.add(sarif);
            }
        }
        Path odd = tmp.resolve("paths.sarif");
        Files.writeString(odd, Renderers.byId("sarif").renderToString(oddPaths(), RenderOptions.DEFAULT));
        files.add(odd);
        // one validator run for all (it takes seconds to start)
        assertThat(validate(tool.get(), files, tmp)).isEmpty();
    }

    /** Paths as users give them: parent folders, absolute, Chinese and spaces, Windows drives, a colon. */
    private static Report oddPaths() {
        Report one = SampleReports.oneFinding();
        org.sumcheck.report.FileResult fr = one.files().get(0);
        List<org.sumcheck.report.FileResult> files = new ArrayList<>();
        for (String p : List.of("../shared/corpus/seed000.pdf", "/tmp/工作 总结/a#1.docx", "C:\\docs\\b.docx", "a:b.docx")) {
            files.add(org.sumcheck.report.FileResult.ok(p, fr.document(), fr.findings(), List.of()));
        }
        return one.withFiles(files);
    }

    @org.junit.jupiter.api.Test
    void oddPathsBecomeUriReferences() {
        assertThat(Renderers.byId("sarif").renderToString(oddPaths(), RenderOptions.DEFAULT)).contains(
                "\"uri\": \"../shared/corpus/seed000.pdf\"",
                "\"uri\": \"file:///tmp/%E5%B7%A5%E4%BD%9C%20%E6%80%BB%E7%BB%93/a%231.docx\"",
                "\"uri\": \"file:///C:/docs/b.docx\"", "\"uri\": \"./a:b.docx\"");
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
