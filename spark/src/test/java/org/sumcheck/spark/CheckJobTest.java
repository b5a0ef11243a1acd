package org.sumcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.check.BatchRunner;
import org.sumcheck.check.Checker;
import org.sumcheck.check.InputCollector;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Report;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;

/**
 * The job in {@code local[2]} on the project's real fixtures plus the names and files that Spark's own file sources
 * drop without a word: every input has exactly one row, and the findings are those of the core's checker (the code
 * behind {@code sumcheck check}) on the same files.
 */
class CheckJobTest {
    static SparkSession spark;
    static final Path FIXTURES = Path.of("..", "fixtures").toAbsolutePath().normalize();

    @TempDir
    static Path tmp;
    static Path corpus;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("sumcheck-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        corpus = awkwardCorpus(tmp.resolve("corpus"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The fixtures, and beside them what a real inbox holds: odd names, hidden files, junk, nothing at all. */
    static Path awkwardCorpus(Path root) throws IOException {
        Files.createDirectories(root);
        try (Stream<Path> s = Files.list(FIXTURES)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Files.copy(f, root.resolve(f.getFileName()));
            }
        }
        Path nested = Files.createDirectories(root.resolve("2024").resolve("第三支部"));
        Files.copy(FIXTURES.resolve("duty-report.docx"), nested.resolve("述职报告 终稿.docx"));
        Files.copy(FIXTURES.resolve("summary-defects.txt"), nested.resolve("100%完成.txt"));
        Files.copy(FIXTURES.resolve("plan-text-defects.pdf"), nested.resolve("#1总结.pdf"));
        Files.copy(FIXTURES.resolve("summary-defects.docx"), root.resolve("_draft.docx"));
        Files.copy(FIXTURES.resolve("lookalikes.docx"), root.resolve(".hidden.docx"));
        Files.copy(FIXTURES.resolve("duty-report.pdf"), root.resolve("a-pdf-named.docx"));
        byte[] junk = new byte[4096];
        new Random(16).nextBytes(junk);
        Files.write(root.resolve("corrupt.docx"), junk);
        Files.write(root.resolve("empty.pdf"), new byte[0]);
        Files.writeString(root.resolve("notes.md"), "# 备忘\n");
        Path git = Files.createDirectories(root.resolve(".git"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
        return root;
    }

    /** What {@code sumcheck check DIR} reports, through the same Checker the CLI uses (in-process parsing). */
    static Report cliReport(Path dir) {
        try (TikaExtractor extractor = new TikaExtractor()) {
            Checker checker = new Checker(RuleBase.loadDefault(), extractor, ExtractionLimits.DEFAULT,
                    f -> RuleSettings.defaults(), "test");
            return checker.checkAll(InputCollector.collect(List.of(dir)), 2, BatchRunner.Progress.NONE);
        }
    }

    static Map<String, List<String>> rulesByFile(Report report) {
        Map<String, List<String>> m = new TreeMap<>();
        for (FileResult f : report.files()) {
            m.put(Path.of(f.path()).toAbsolutePath().toString(), f.findings().stream().map(x -> x.rule()).sorted().toList());
        }
        return m;
    }

    static Map<String, List<String>> rulesByFile(List<Row> rows) {
        Map<String, List<String>> m = new TreeMap<>();
        for (Row r : rows) {
            if ("skipped".equals(r.getAs("status"))) {
                continue;
            }
            List<String> rules = new ArrayList<>();
            for (Row f : r.<Row>getList(r.fieldIndex("findings"))) {
                rules.add(f.getAs("rule"));
            }
            rules.sort(null);
            m.put(new org.apache.hadoop.fs.Path((String) r.getAs("path")).toUri().getPath(), rules);
        }
        return m;
    }

    @Test
    void everyInputHasOneRowAndTheFindingsAreTheCheckersOwn() throws Exception {
        Path out = tmp.resolve("out-tree");
        int code = CheckJob.run(spark, "--input", corpus.toString(), "--output", out.toString(), "--no-isolate");
        assertThat(code).as("a corrupt and an empty file failed: the CLI's exit code 2").isEqualTo(CheckJob.ERROR);

        List<Row> rows = spark.read().parquet(out.resolve("results").toString()).collectAsList();
        Map<String, Row> byName = rows.stream().collect(Collectors.toMap(
                r -> new org.apache.hadoop.fs.Path((String) r.getAs("path")).getName(), r -> r));
        // 12 fixtures + 3 nested + _draft, .hidden, mislabelled PDF, corrupt, empty, notes.md + the .git folder
        assertThat(rows.size()).isEqualTo(12 + 3 + 6 + 1);
        assertThat(byName.get("_draft.docx").<String>getAs("status")).isEqualTo("ok");
        assertThat(byName.get("_draft.docx").<Integer>getAs("errors")).isPositive();
        assertThat(byName.get(".hidden.docx").<String>getAs("code")).isEqualTo("hidden-or-lock-file");
        assertThat(byName.get(".git").<String>getAs("status")).isEqualTo("skipped");
        assertThat(byName.get("empty.pdf").<String>getAs("code")).isEqualTo("empty");
        assertThat(byName.get("corrupt.docx").<String>getAs("code")).isEqualTo("corrupt");
        assertThat(byName.get("corrupt.docx").<String>getAs("reason")).isNotBlank();
        assertThat(byName.get("notes.md").<String>getAs("code")).isEqualTo("not-a-document-extension");
        assertThat(byName.get("述职报告 终稿.docx").<String>getAs("status")).isEqualTo("ok");
        assertThat(byName.get("100%完成.txt").<String>getAs("status")).isEqualTo("ok");
        assertThat(byName.get("#1总结.pdf").<String>getAs("status")).isEqualTo("ok");
        assertThat(byName.get("a-pdf-named.docx").<String>getAs("status")).isEqualTo("ok");

        Report cli = cliReport(corpus);
        assertThat(rulesByFile(rows)).isEqualTo(rulesByFile(cli));

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        long cliFindings = cli.files().stream().mapToLong(f -> f.findings().size()).sum();
        assertThat(summary.path("files").asLong()).isEqualTo(cli.files().size());
        assertThat(summary.path("findings").asLong()).isEqualTo(cliFindings).isPositive();
        assertThat(summary.path("failed").asLong()).isEqualTo(cli.failedCount()).isEqualTo(2);
        assertThat(summary.path("inputs").asLong()).isEqualTo(rows.size());
        long placeholder = cli.files().stream().flatMap(f -> f.findings().stream())
                .filter(f -> f.rule().equals("PLACEHOLDER-001")).count();
        assertThat(summary.path("byRule").path("PLACEHOLDER-001").asLong()).isEqualTo(placeholder).isPositive();

        // findings as JSON lines, one per finding, each naming its file
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("findings"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(lines).hasSize((int) cliFindings);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.path("path").asText()).startsWith("file:");
        assertThat(first.path("rule").asText()).matches("[A-Z]+-\\d{3}");
        assertThat(first.path("message").asText()).isNotBlank();
    }

    @Test
    void aManifestNamesFilesAnywhereAndAMissingOrVanishedOneFailsItsOwnRow() throws Exception {
        Path gone = tmp.resolve("gone.docx");
        Files.copy(FIXTURES.resolve("duty-report.docx"), gone);
        Path manifest = tmp.resolve("manifest.txt");
        Files.write(manifest, List.of(
                "# one path a line",
                corpus.resolve("_draft.docx").toString(),
                corpus.resolve(".hidden.docx").toString(),
                corpus.resolve("2024/第三支部/述职报告 终稿.docx").toString(),
                corpus.resolve("_draft.docx").toString(),
                tmp.resolve("no-such-file.pdf").toString(),
                gone.toString(),
                ""), StandardCharsets.UTF_8);
        Files.delete(gone); // listed in the manifest, gone before any task reads it
        Path out = tmp.resolve("out-manifest");
        CheckJob.run(spark, "--manifest", manifest.toString(), "--output", out.toString(), "--no-isolate");

        List<Row> rows = spark.read().parquet(out.resolve("results").toString()).collectAsList();
        assertThat(rows.size()).isEqualTo(6);
        Map<String, List<String>> statuses = rows.stream().collect(Collectors.groupingBy(
                r -> new org.apache.hadoop.fs.Path((String) r.getAs("path")).getName(),
                TreeMap::new, Collectors.mapping(r -> r.getAs("status") + "/" + r.getAs("code"), Collectors.toList())));
        assertThat(statuses.get("_draft.docx")).containsExactlyInAnyOrder("ok/ok", "skipped/same-file-already-checked");
        // named, not found in a folder: checked whatever its name, as `sumcheck check .hidden.docx` does
        assertThat(statuses.get(".hidden.docx")).containsExactly("ok/ok");
        assertThat(statuses.get("述职报告 终稿.docx")).containsExactly("ok/ok");
        assertThat(statuses.get("no-such-file.pdf")).containsExactly("failed/not-found");
        assertThat(statuses.get("gone.docx")).containsExactly("failed/not-found");
    }

    @Test
    void aFileThatVanishesBetweenListingAndItsTaskFailsItsRowNotTheTask() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("vanish"));
        Files.copy(FIXTURES.resolve("lookalikes.txt"), dir.resolve("a.txt"));
        Files.copy(FIXTURES.resolve("duty-report.txt"), dir.resolve("b.txt"));
        InputListing.Top top = InputListing.top(List.of(dir.toString()), spark.sparkContext().hadoopConfiguration());
        assertThat(top.files()).hasSize(2);
        Files.delete(dir.resolve("b.txt"));
        JobSettings settings = new JobSettings(null, false, 1, 256, 100L << 20, 5_000_000, 120);
        List<DocResult> rows = new ArrayList<>();
        DocumentCheck.checkAll(top.files().iterator(), settings, spark.sparkContext().hadoopConfiguration())
                .forEachRemaining(rows::add);
        assertThat(rows).extracting(DocResult::getStatus, DocResult::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ok", "ok"),
                        org.assertj.core.groups.Tuple.tuple("failed", "not-found"));
    }

    @Test
    void userRulesAreCompiledOnTheDriverAndABrokenFolderStopsTheJobBeforeAnyTask() throws Exception {
        Path rules = tmp.resolve("rules-broken");
        copyTree(Path.of("..", "rules"), rules);
        Path drl = rules.resolve("placeholder.drl");
        Files.writeString(drl, Files.readString(drl) + "\nrule \"broken\" when then\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out-broken");
        int jobsBefore = spark.sparkContext().statusTracker().getJobIdsForGroup(null).length;
        int code = CheckJob.run(spark, "--input", FIXTURES.resolve("duty-report.txt").toString(),
                "--output", out.toString(), "--rules", rules.toString());
        assertThat(code).isEqualTo(CheckJob.ERROR);
        assertThat(out).doesNotExist();
        assertThat(spark.sparkContext().statusTracker().getJobIdsForGroup(null)).hasSize(jobsBefore);

        // the same folder unbroken: shipped to the executors as bytes, the same findings as the bundled rules
        Path good = tmp.resolve("rules-good");
        copyTree(Path.of("..", "rules"), good);
        Path outGood = tmp.resolve("out-rules");
        CheckJob.run(spark, "--input", FIXTURES.resolve("summary-defects.txt").toString(), "--output", outGood.toString(),
                "--rules", good.toString(), "--no-isolate");
        List<Row> rows = spark.read().parquet(outGood.resolve("results").toString()).collectAsList();
        assertThat(rulesByFile(rows).values()).containsExactlyElementsOf(
                rulesByFile(cliReport(FIXTURES.resolve("summary-defects.txt"))).values());
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
