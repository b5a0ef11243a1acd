package org.sumcheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.check.BatchRunner;
import org.sumcheck.check.Checker;
import org.sumcheck.check.InputCollector;
import org.sumcheck.cli.Main;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.IsolatedExtractor;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Report;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;

/**
 * Isolated extraction: a parser that hangs (ignoring interruption) or exhausts its heap fails its own file, the
 * worker is replaced, and the rest of the batch is checked as usual; no worker outlives the extractor.
 */
class IsolationTest {
    @TempDir
    Path dir;

    @Test
    void aHangAndAnOutOfMemoryCostOneFileEachAndTheBatchGoesOn() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        HostileCorpus.goodDocx(batch.resolve("a-good.docx"));
        HostileCorpus.goodText(batch.resolve("b-hang-forever.txt"), StandardCharsets.UTF_8);
        HostileCorpus.goodPdf(batch.resolve("c-good.pdf"));
        HostileCorpus.goodText(batch.resolve("d-eat-memory.txt"), StandardCharsets.UTF_8);
        HostileCorpus.goodText(batch.resolve("e-good.txt"), StandardCharsets.UTF_8);
        HostileCorpus.deeplyNestedDocx(batch.resolve("f-nested.docx"), 200_000);
        HostileCorpus.goodDocx(batch.resolve("g-good.docx"));

        IsolatedExtractor.Options options = IsolatedExtractor.Options.of(2, 256)
                .withMainClass(MisbehavingWorkerMain.class.getName()).withGrace(Duration.ofMillis(500));
        // the limit must outlast filling a 256 MB heap on a loaded machine (at load 20 it took over 3 s, and the
        // memory case timed out before it could run out); the hang still ends at the limit
        ExtractionLimits limits = new ExtractionLimits(100L << 20, 5_000_000, Duration.ofSeconds(15));
        Report report;
        try (IsolatedExtractor extractor = new IsolatedExtractor(options)) {
            Checker checker = new Checker(RuleBase.loadDefault(), extractor, limits, f -> RuleSettings.defaults(), "test");
            report = checker.checkAll(InputCollector.collect(List.of(batch)), 2, BatchRunner.Progress.NONE);
        }
        Map<String, FileResult> byName = report.files().stream()
                .collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(), Function.identity()));
        assertThat(byName).hasSize(7);

        FileResult hang = byName.get("b-hang-forever.txt");
        assertThat(hang.error().code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(hang.error().detail()).contains("worker process was stopped");
        FileResult oom = byName.get("d-eat-memory.txt");
        assertThat(oom.error().code()).as(oom.error().detail()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(oom.error().detail()).contains("ran out of memory").contains("256 MB");
        // streamed through Tika's SAX docx engine, 200,000 nested empty wrappers cost no stack: the text is read
        assertThat(byName.get("f-nested.docx").isOk()).isTrue();
        for (String good : List.of("a-good.docx", "c-good.pdf", "e-good.txt", "g-good.docx")) {
            FileResult f = byName.get(good);
            assertThat(f.isOk()).as(good + " " + f.error()).isTrue();
            assertThat(f.findings()).as(good).anySatisfy(x -> assertThat(x.match()).isEqualTo("XX"));
        }
        assertThat(workersStillRunning()).as("no worker outlives the extractor").isEmpty();
    }

    @Test
    void theCliFlagChecksThroughWorkersWithTheSameReport() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("cli"));
        HostileCorpus.goodDocx(batch.resolve("good.docx"));
        HostileCorpus.goodPdf(batch.resolve("good.pdf"));
        HostileCorpus.empty(batch.resolve("empty.txt"));
        Path plain = dir.resolve("plain.json");
        Path isolated = dir.resolve("isolated.json");
        int exitPlain = Main.run("check", "--no-isolate", "--format", "json", "-q", "-o", plain.toString(), batch.toString());
        int exitIsolated = Main.run("check", "--isolate", "--worker-memory", "256", "--format", "json", "-q",
                "-o", isolated.toString(), batch.toString());
        assertThat(exitIsolated).isEqualTo(exitPlain).isEqualTo(2);
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(plain.toFile()).get("files");
        JsonNode b = m.readTree(isolated.toFile()).get("files");
        assertThat(b).isEqualTo(a);
        assertThat(b.findValuesAsText("match")).contains("XX");
        assertThat(workersStillRunning()).isEmpty();
    }

    @Test
    void whenNoWorkerCanStartFilesAreReadInProcess() throws Exception {
        Path good = HostileCorpus.goodDocx(dir.resolve("good.docx"));
        IsolatedExtractor.Options broken = IsolatedExtractor.Options.of(1, 128).withMainClass("org.sumcheck.NoSuchWorkerMain");
        try (IsolatedExtractor extractor = new IsolatedExtractor(broken)) {
            for (int i = 0; i < 2; i++) {
                assertThat(extractor.extract(good, ExtractionLimits.DEFAULT).paragraphs())
                        .anySatisfy(p -> assertThat(p.text()).contains("XX"));
            }
        }
    }

    /** Child processes of this JVM still running an extraction worker, after a moment to finish exiting. */
    private static List<ProcessHandle> workersStillRunning() throws InterruptedException {
        List<ProcessHandle> left = List.of();
        for (int i = 0; i < 50; i++) {
            left = ProcessHandle.current().children()
                    .filter(p -> p.info().arguments().map(a -> String.join(" ", a)).orElse("").contains("WorkerMain"))
                    .filter(ProcessHandle::isAlive).toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        return left;
    }
}
