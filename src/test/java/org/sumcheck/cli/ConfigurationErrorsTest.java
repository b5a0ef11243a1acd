package org.sumcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration checked when loaded, on real documents: a misspelled rule id in a sumcheck.yaml is exit 2 naming the
 * id, the file and the line; {@code sumcheck config} shows what applies and where it came from; colour follows
 * no-color.org on a real terminal.
 */
class ConfigurationErrorsTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMisspelledRuleIdInSumcheckYamlExitsTwoNamingTheIdAndTheFile(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("sumcheck.yaml"), "rules:\n  PLACEHOLDER-003: off\n  YAER-004: off\n");
        Path doc = Files.copy(ROOT.resolve("fixtures/summary-defects.docx"), dir.resolve("summary.docx"));
        Path json = dir.resolve("r.json");

        Run r = run("check", "--no-isolate", "-q", "--format", "json", "-o", json.toString(), doc.toString());

        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("YAER-004").contains(yaml + ":3");
        JsonNode file = new ObjectMapper().readTree(json.toFile()).get("files").get(0);
        assertThat(file.at("/error/code").asText()).isEqualTo("config-error");
        assertThat(file.at("/error/detail").asText()).contains("YAER-004").contains("sumcheck.yaml:3");

        // the same file given with --config is refused before any document is read
        Run fixed = run("check", "--no-isolate", "-q", "--config", yaml.toString(), doc.toString());
        assertThat(fixed.code()).isEqualTo(ExitCode.ERROR);
        assertThat(fixed.err()).contains("YAER-004").contains(yaml + ":3").doesNotContain("PLACEHOLDER-001");

        // spelled right, the same file checks and reports the document's findings
        Files.writeString(yaml, "rules:\n  PLACEHOLDER-003: off\n  YEAR-004: off\n");
        Run right = run("check", "--no-isolate", "-q", "--format", "json", "-o", json.toString(), doc.toString());
        assertThat(right.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(new ObjectMapper().readTree(json.toFile()).at("/files/0/findings").findValuesAsText("rule"))
                .contains("PLACEHOLDER-001").doesNotContain("YEAR-004", "PLACEHOLDER-003");
    }

    @Test
    void anUnknownKeyABadSeverityAndABadGlobNameTheFileTheLineAndTheValue(@TempDir Path dir) throws Exception {
        Path doc = Files.copy(ROOT.resolve("fixtures/summary-defects.docx"), dir.resolve("summary.docx"));
        Path yaml = dir.resolve("sumcheck.yaml");
        for (String[] c : List.of(
                new String[] {"# 本单位的配置\nrules: {}\nrulez:\n  YEAR-004: off\n", ":3", "'rulez'"},
                new String[] {"rules:\n  YEAR-004: loud\n", ":2", "loud"},
                new String[] {"overrides:\n  - files: \"drafts/[a\"\n    rules: {YEAR-004: off}\n", ":2", "drafts/[a"},
                new String[] {"words:\n  placeholders: [待填写]\n", ":2", "placeholders"})) {
            Files.writeString(yaml, c[0]);
            Run r = run("check", "--no-isolate", "-q", doc.toString());
            assertThat(r.code()).as(c[0]).isEqualTo(ExitCode.ERROR);
            assertThat(r.err()).as(c[0]).contains(yaml + c[1]).contains(c[2]);
        }
    }

    @Test
    void sumcheckConfigShowsTheEffectiveSettingsAndWhereTheyCameFrom(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("sumcheck.yaml"), """
                rules:
                  PLACEHOLDER-003: off
                words:
                  placeholder: [待填写]
                overrides:
                  - files: "drafts/**"
                    rules: {YEAR-004: info}
                """);
        Path drafts = Files.createDirectories(dir.resolve("drafts/x"));
        Path draft = Files.copy(ROOT.resolve("fixtures/summary-defects.docx"), drafts.resolve("a.docx"));
        Path top = Files.copy(ROOT.resolve("fixtures/summary-defects.docx"), dir.resolve("b.docx"));

        Run r = run("config", draft.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains(yaml.toAbsolutePath().normalize().toString(), "files: drafts/**",
                "PLACEHOLDER-003", "YEAR-004: info", "placeholder: 待填写");

        Run t = run("config", top.toString());
        assertThat(t.out()).contains("PLACEHOLDER-003").doesNotContain("drafts/**", "YEAR-004");

        Run none = run("config", ROOT.resolve("fixtures/summary-defects.docx").toString());
        assertThat(none.code()).isEqualTo(ExitCode.OK);

        Files.writeString(yaml, "rules:\n  YAER-004: off\n");
        Run wrong = run("config", draft.toString());
        assertThat(wrong.code()).isEqualTo(ExitCode.ERROR);
        assertThat(wrong.err()).contains(yaml + ":2", "YAER-004");
    }

    /**
     * no-color.org: {@code NO_COLOR} set and non-empty turns colour off; an empty one keeps it. The check runs in a
     * child JVM on a pseudo-terminal ({@code script}), since colour is only for a terminal.
     */
    @Test
    void noColorSetAndNonEmptyTurnsColourOffOnATerminal() throws Exception {
        assumeThat(new File("/usr/bin/script").canExecute()).as("script(1) gives the child a terminal").isTrue();
        String doc = ROOT.resolve("fixtures/summary-defects.txt").toString();
        String empty = onTerminal("", doc);
        assertThat(empty).contains("PLACEHOLDER-001").contains("\u001b[");
        String set = onTerminal("1", doc);
        assertThat(set).contains("PLACEHOLDER-001").doesNotContain("\u001b[");
    }

    private static String onTerminal(String noColor, String doc) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = String.join(File.pathSeparator, LauncherLocaleTest.classPathEntries());
        String cmd = String.join(" ", List.of(java, "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-cp", "'" + cp + "'", Main.class.getName(), "check", "--no-isolate",
                "-q", "'" + doc + "'"));
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qec", cmd, "/dev/null").redirectErrorStream(true);
        pb.environment().put("NO_COLOR", noColor);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(ExitCode.FINDINGS);
        return out;
    }
}
