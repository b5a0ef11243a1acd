package org.sumcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed sumcheck.yaml found above a file fails that file with a code that names the cause; others go on. */
class BrokenConfigTest {
    @Test
    void aBrokenConfigurationFailsItsFilesWithConfigErrorAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("sumcheck.yaml"), "rules:\n  PLACEHOLDER-001: sometimes\n");
        Files.writeString(broken.resolve("a.txt"), "2023年党建工作总结\n全年组织集中学习XX次。\n");
        Path fine = Files.createDirectories(dir.resolve("fine"));
        Files.writeString(fine.resolve("b.txt"), "2023年党建工作总结\n全年组织集中学习XX次。\n");
        Path out = dir.resolve("r.json");

        int code = Main.run("check", "--no-isolate", "-q", "--format", "json", "-o", out.toString(),
                broken.toString(), fine.toString());

        assertThat(code).isEqualTo(ExitCode.ERROR);
        JsonNode files = new ObjectMapper().readTree(out.toFile()).get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("status").asText()).isEqualTo("failed");
        assertThat(files.get(0).at("/error/code").asText()).isEqualTo("config-error");
        assertThat(files.get(0).at("/error/message").asText()).contains("sumcheck.yaml");
        assertThat(files.get(1).get("status").asText()).isEqualTo("ok");
        assertThat(files.get(1).get("findings").toString()).contains("PLACEHOLDER-001");
    }
}
