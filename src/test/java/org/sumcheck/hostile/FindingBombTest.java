package org.sumcheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.cli.Main;
import org.sumcheck.testkit.FixtureWriter;

/**
 * A small .docx whose one paragraph holds a hundred thousand unclosed “ (random characters between them keep it
 * under the zip-bomb ratio) used to give one finding per mark: a million findings, gigabytes of memory, a batch
 * that died with an empty report. Now the findings are capped per rule and per file, the cut is said in the
 * report, and the good file beside it is reported whole.
 */
class FindingBombTest {
    private static final Path FIXTURES = Path.of(System.getProperty("basedir", "."), "fixtures");

    @Test
    void aFindingBombIsCappedAndTheGoodFileIsIntact(@TempDir Path tmp) throws Exception {
        Path batch = Files.createDirectories(tmp.resolve("batch"));
        StringBuilder bomb = new StringBuilder("第一党支部2023年度党建工作总结\n");
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            bomb.append('“').append((char) (0x4E00 + random.nextInt(3000)));
        }
        FixtureWriter.writeDocx(batch.resolve("bomb.docx"), List.of(bomb.toString().split("\n")));
        Files.copy(FIXTURES.resolve("summary-defects.docx"), batch.resolve("good.docx"));
        Path json = tmp.resolve("report.json");

        long started = System.nanoTime();
        int exit = Main.run("check", "--quiet", "--no-isolate", "--format", "json", "-o", json.toString(), batch.toString());
        System.out.printf("finding bomb batch: %.1f s, report %d bytes%n", (System.nanoTime() - started) / 1e9, Files.size(json));

        assertThat(exit).isEqualTo(1); // findings at error level, every file checked
        assertThat(Files.size(json)).isLessThan(2L * 1024 * 1024);
        JsonNode files = new ObjectMapper().readTree(json.toFile()).path("files");
        JsonNode bombResult = null;
        JsonNode good = null;
        for (JsonNode f : files) {
            if (f.path("path").asText().endsWith("bomb.docx")) {
                bombResult = f;
            } else if (f.path("path").asText().endsWith("good.docx")) {
                good = f;
            }
        }
        assertThat(bombResult).isNotNull();
        assertThat(bombResult.path("status").asText()).isEqualTo("ok");
        assertThat(bombResult.path("findings").size()).isBetween(1, 1000);
        assertThat(bombResult.path("notes").toString()).contains("已截断");
        assertThat(good).isNotNull();
        assertThat(good.path("findings").toString()).contains("PLACEHOLDER-001", "YEAR-001");
    }
}
