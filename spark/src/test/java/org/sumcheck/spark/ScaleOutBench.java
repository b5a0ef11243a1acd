package org.sumcheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.sumcheck.check.BatchRunner;
import org.sumcheck.check.Checker;
import org.sumcheck.check.InputCollector;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.Extractor;
import org.sumcheck.extract.IsolatedExtractor;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.Report;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;

/**
 * Documents per second: the CLI's batch path (Checker.checkAll on 2 threads, what {@code sumcheck check DIR -j 2}
 * runs) against the Spark job in {@code local[2]}, on the same files, isolated parsing and in-process, in
 * interleaved rounds after one warm-up; prints medians. A measurement, not a test: numbers depend on the machine and
 * its load (docs/scale-out.md says how they were taken).
 *
 * <pre>scripts/spark-bench [COPIES=10] [ROUNDS=3] [SOURCE=fixtures]</pre>
 */
public final class ScaleOutBench {
    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path source = Path.of(args.length > 2 ? args[2] : "fixtures");
        Path work = Files.createTempDirectory("sumcheck-spark-bench-");
        Path corpus = corpus(source, work.resolve("corpus"), copies);
        int docs = InputCollector.collect(List.of(corpus)).inputs().size();
        System.out.printf("corpus: %d documents (%d copies of %s), %d rounds after a warm-up, %d cores%n",
                docs, copies, source, rounds, Runtime.getRuntime().availableProcessors());

        SparkSession spark = SparkSession.builder().master("local[2]").appName("sumcheck-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        RuleBase rules = RuleBase.loadDefault();
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Double>> perDocMs = new LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) {
            for (String variant : List.of("cli-isolated", "spark-isolated", "cli-in-process", "spark-in-process")) {
                long t0 = System.nanoTime();
                long files;
                double docMs = Double.NaN;
                if (variant.startsWith("cli")) {
                    files = cli(rules, corpus, variant.endsWith("isolated"));
                } else {
                    Path out = work.resolve("out-" + variant + "-" + round);
                    List<String> a = new ArrayList<>(List.of("--input", corpus.toString(), "--output", out.toString(),
                            "--fail-on", "none"));
                    if (variant.endsWith("in-process")) {
                        a.add("--no-isolate");
                    }
                    CheckJob.run(spark, a.toArray(String[]::new));
                    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
                    files = s.path("files").asLong();
                    docMs = s.path("documentMillis").asDouble() / Math.max(1, files);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                double rate = files / seconds;
                System.out.printf("round %d %-17s %5d files %7.2f s %7.1f docs/s%s%n", round, variant, files, seconds,
                        rate, Double.isNaN(docMs) ? "" : String.format("  (%.1f ms per document in its task)", docMs));
                if (round > 0) {
                    rates.computeIfAbsent(variant, k -> new ArrayList<>()).add(rate);
                    if (!Double.isNaN(docMs)) {
                        perDocMs.computeIfAbsent(variant, k -> new ArrayList<>()).add(docMs);
                    }
                }
            }
        }
        spark.stop();
        System.out.println("medians:");
        rates.forEach((k, v) -> System.out.printf("  %-17s %7.1f docs/s%s%n", k, median(v),
                perDocMs.containsKey(k) ? String.format("  %.1f ms per document in its task", median(perDocMs.get(k))) : ""));
        System.out.printf("  spark/cli ratio, isolated %.2f, in-process %.2f%n",
                median(rates.get("spark-isolated")) / median(rates.get("cli-isolated")),
                median(rates.get("spark-in-process")) / median(rates.get("cli-in-process")));
    }

    private static long cli(RuleBase rules, Path corpus, boolean isolated) {
        try (Extractor extractor = isolated ? new IsolatedExtractor(IsolatedExtractor.Options.of(2, 1024)) : new TikaExtractor()) {
            Checker checker = new Checker(rules, extractor, ExtractionLimits.DEFAULT, f -> RuleSettings.defaults(), "bench");
            Report r = checker.checkAll(InputCollector.collect(List.of(corpus)), 2, BatchRunner.Progress.NONE);
            return r.files().size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path corpus(Path source, Path root, int copies) throws IOException {
        List<Path> docs;
        try (Stream<Path> s = Files.walk(source)) {
            docs = s.filter(Files::isRegularFile)
                    .filter(p -> InputCollector.DOCUMENT_EXTENSIONS.contains(InputListing.extension(p.getFileName().toString())))
                    .sorted().toList();
        }
        for (int i = 0; i < copies; i++) {
            Path dir = Files.createDirectories(root.resolve(String.format("copy-%03d", i)));
            for (Path d : docs) {
                Path t = dir.resolve(source.relativize(d).toString());
                Files.createDirectories(t.getParent());
                Files.copy(d, t);
            }
        }
        return root;
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.isEmpty() ? Double.NaN : s.get(s.size() / 2);
    }
}
