package org.sumcheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CI configurations in docs/ci parse as YAML, have the parts their platforms need, and use only known flags. */
class CiDocsTest {
    private static final Path CI = Path.of(System.getProperty("basedir", "."), "docs/ci");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<String> CLI_FLAGS = List.of("--format", "--fail-on", "--baseline", "--write-baseline",
            "--lang", "--quiet", "--output-dir");

    @Test
    void githubWorkflowChecksChangedDocumentsAndUploadsSarif() throws Exception {
        JsonNode wf = YAML.readTree(CI.resolve("github-actions-sumcheck.yml").toFile());
        assertThat(wf.path("permissions").path("security-events").asText()).isEqualTo("write");
        List<String> uses = new ArrayList<>();
        StringBuilder runs = new StringBuilder();
        for (JsonNode step : wf.path("jobs").path("check").path("steps")) {
            uses.add(step.path("uses").asText());
            runs.append(step.path("run").asText()).append('\n');
        }
        assertThat(uses).anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@"));
        assertThat(runs).contains("--format sarif,github,markdown --output-dir sumcheck-out", "'*.docx' '*.pdf'",
                "cat sumcheck-out/sumcheck-report.github.txt", ">> \"$GITHUB_STEP_SUMMARY\"");
        assertThatOnlyKnownFlags(runs.toString());
    }

    @Test
    void gitlabJobPublishesAJunitReport() throws Exception {
        JsonNode job = YAML.readTree(CI.resolve("gitlab-ci-sumcheck.yml").toFile()).path("sumcheck");
        assertThat(job.path("artifacts").path("reports").path("junit").asText()).isEqualTo("sumcheck-junit.xml");
        assertThat(job.path("artifacts").path("when").asText()).isEqualTo("always");
        String script = job.path("script").toString();
        assertThat(script).contains("--format junit,markdown,text --output-dir sumcheck-out", "sumcheck-junit.xml");
        assertThatOnlyKnownFlags(job.path("script").get(0).asText());
    }

    @Test
    void preCommitHooksAreComplete() throws Exception {
        // pre-commit reads the hook definitions from the repository root
        JsonNode hooks = YAML.readTree(Path.of(System.getProperty("basedir", "."), ".pre-commit-hooks.yaml").toFile());
        assertThat(hooks.isArray()).isTrue();
        for (JsonNode h : hooks) {
            for (String key : List.of("id", "name", "entry", "language", "files")) {
                assertThat(h.path(key).asText()).as(key).isNotBlank();
            }
            assertThat(Pattern.compile(h.path("files").asText()).matcher("总结/2023年总结.docx").find()).isTrue();
            assertThat(Pattern.compile(h.path("files").asText()).matcher("notes.txt").find()).isFalse();
            assertThatOnlyKnownFlags(h.path("entry").asText());
        }
        assertThat(Files.readString(CI.resolve("README.md"))).contains("GitHub Actions", "GitLab CI", "pre-commit", "基线");
    }

    /** Flags given to sumcheck (on lines that build its arguments) are those the CLI defines. */
    private static void assertThatOnlyKnownFlags(String script) {
        for (String line : script.split("\n")) {
            if (!line.contains("check ") && !line.contains("args+=")) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*").matcher(line);
            while (m.find()) {
                assertThat(CLI_FLAGS).as("flag in: " + line).contains(m.group());
            }
        }
    }
}
