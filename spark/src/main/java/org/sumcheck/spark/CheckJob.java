package org.sumcheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SerializableWritable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sumcheck.cli.Version;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.IsolatedExtractor;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleLoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * {@code spark-submit --class org.sumcheck.spark.CheckJob JOBJAR --input DIR --output OUT}: checks every input with
 * sumcheck's own checker on the executors and writes
 * <ul>
 *   <li>{@code OUT/results/status=ok|failed|skipped/} Parquet, exactly one row per input ({@link DocResult});</li>
 *   <li>{@code OUT/findings/} JSON lines, one finding per line with its file's path;</li>
 *   <li>{@code OUT/summary.json}: {@code files} (checked, ok + failed, as the CLI's summary counts them),
 *       {@code findings}, {@code failed}, {@code skipped}, {@code inputs} (every row), counts by rule, severity and
 *       code.</li>
 * </ul>
 * Exit codes are the CLI's: 0 nothing at the {@code --fail-on} level, 1 findings at it, 2 a file could not be
 * checked or the job could not run (bad options, rules that do not compile, a row count that does not add up).
 */
@Command(name = "sumcheck-spark", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"在 Apache Spark 上用同一套规则检查大批文档。", "Check many documents on Apache Spark with the same rules."})
public final class CheckJob implements Callable<Integer> {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int ERROR = 2;

    @Option(names = "--input", paramLabel = "PATH",
            description = "文件或文件夹（递归），可多次；hdfs://、s3a://、file: / file or folder (recursive), repeatable")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "清单文件：每行一个路径（原样，不做 %-转义）/ a list of paths, one per line, plain (not %-escaped)")
    List<String> manifests = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "OUT", description = "输出文件夹 / output folder")
    String output;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "使用此规则目录（先在 driver 上编译）/ use this rules folder (compiled on the driver first)")
    Path rulesDir;

    @Option(names = "--partitions", paramLabel = "N", description = "任务数（默认按文件数）/ number of tasks (default: by file count)")
    int partitions;

    @Option(names = "--isolate", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "在独立子进程中解析（默认开）/ parse in worker processes (default on)")
    boolean isolate = true;

    @Option(names = "--worker-memory", paramLabel = "MB", description = "每个解析子进程的内存上限，MB（默认 1024）/ heap per worker")
    int workerMemoryMb = IsolatedExtractor.Options.DEFAULT_MEMORY_MB;

    @Option(names = "--max-file-size", paramLabel = "MB", description = "单文件大小上限，MB（默认 100）/ max file size")
    long maxFileMb = ExtractionLimits.DEFAULT.maxFileBytes() / (1024 * 1024);

    @Option(names = "--max-chars", paramLabel = "N", description = "单文件提取字数上限（默认 5000000）/ max extracted characters")
    long maxChars = ExtractionLimits.DEFAULT.maxChars();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "单文件解析时限，秒（默认 120）/ per-file time limit")
    long timeoutSeconds = ExtractionLimits.DEFAULT.timeout().toSeconds();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "退出码 1 的阈值：error（默认）、warning、info、none / threshold for exit code 1")
    String failOn = "error";

    /** Set by tests: run in this session instead of creating one. */
    private SparkSession given;
    /** The last run's summary (tests read it). */
    private ObjectNode summary;

    public static void main(String[] args) {
        int code = new CommandLine(new CheckJob()).execute(args);
        System.exit(code);
    }

    /** Runs in an existing session (tests, the benchmark); returns the exit code. */
    static int run(SparkSession spark, String... args) {
        CheckJob job = new CheckJob();
        job.given = spark;
        return new CommandLine(job).execute(args);
    }

    ObjectNode summary() {
        return summary;
    }

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        if (inputs.isEmpty() == manifests.isEmpty()) {
            err.println("需要 --input 或 --manifest（二选一）/ give --input or --manifest (one of them)");
            return ERROR;
        }
        if (!List.of("error", "warning", "info", "none").contains(failOn)) {
            err.println("--fail-on: error|warning|info|none");
            return ERROR;
        }
        if (workerMemoryMb < 64) {
            err.println("--worker-memory 至少 64 MB / must be at least 64 MB: " + workerMemoryMb);
            return ERROR;
        }
        // a user's rules are compiled here, before any session or task: a DRL error costs seconds, not a cluster run
        RulesBundle rules = null;
        if (rulesDir != null) {
            try {
                RuleBase.load(rulesDir);
                rules = RulesBundle.of(rulesDir);
            } catch (RuleLoadException | IllegalArgumentException e) {
                err.println("规则加载失败 / rules failed to load: " + e.getMessage());
                return ERROR;
            }
        }
        SparkSession spark = given != null ? given : SparkSession.builder().config(defaults()).getOrCreate();
        try {
            summary = run(spark, rules);
        } catch (RowCountMismatch e) {
            err.println(e.getMessage());
            return ERROR;
        } finally {
            if (given == null) {
                spark.stop();
            }
        }
        System.out.println(summary.toString());
        long failed = summary.path("failed").asLong();
        if (failed > 0) {
            return ERROR;
        }
        return switch (failOn) {
            case "none" -> OK;
            case "info" -> summary.path("findings").asLong() > 0 ? FINDINGS : OK;
            case "warning" -> summary.path("bySeverity").path("error").asLong()
                    + summary.path("bySeverity").path("warning").asLong() > 0 ? FINDINGS : OK;
            default -> summary.path("bySeverity").path("error").asLong() > 0 ? FINDINGS : OK;
        };
    }

    /** {@code java -cp … CheckJob} without spark-submit (the benchmark) runs locally rather than refusing. */
    private static SparkConf defaults() {
        SparkConf conf = new SparkConf().setAppName("sumcheck");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return conf;
    }

    private ObjectNode run(SparkSession spark, RulesBundle rules) throws IOException {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
        Broadcast<SerializableWritable<Configuration>> conf = jsc.broadcast(new SerializableWritable<>(hadoopConf));
        int parallelism = spark.sparkContext().defaultParallelism();

        Dataset<InputFile> listed = spark.createDataset(list(jsc, conf, parallelism).rdd(), Encoders.bean(InputFile.class))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long inputCount = listed.count();
        long listedAt = System.nanoTime();

        // one parse worker per task slot of an executor (local[N]: N)
        SparkConf sc = spark.sparkContext().getConf();
        int slots = sc.contains("spark.executor.cores") ? sc.getInt("spark.executor.cores", 1)
                : spark.sparkContext().isLocal() ? parallelism : Runtime.getRuntime().availableProcessors();
        JobSettings settings = new JobSettings(rules, isolate, Math.max(1, slots), workerMemoryMb,
                maxFileMb * 1024 * 1024, maxChars, timeoutSeconds);
        int tasks = partitions > 0 ? partitions : tasksFor(inputCount, parallelism);

        Dataset<DocResult> rows = listed.repartition(tasks).mapPartitions(
                (MapPartitionsFunction<InputFile, DocResult>) part -> DocumentCheck.checkAll(part, settings,
                        conf.value().value()),
                Encoders.bean(DocResult.class));
        CrossDocumentStage crossDocument = CrossDocumentStage.NONE;
        rows = crossDocument.apply(rows);

        String out = output.replaceAll("/+$", "");
        // the one expensive action: every later output reads these files back instead of checking again
        rows.write().mode(SaveMode.Overwrite).partitionBy("status").parquet(out + "/results");
        long checkedAt = System.nanoTime();
        listed.unpersist();

        Dataset<Row> results = spark.read().parquet(out + "/results");
        long rowCount = results.count();
        if (rowCount != inputCount) {
            throw new RowCountMismatch("结果行数与输入数不符 / result rows do not match inputs: " + rowCount + " rows for "
                    + inputCount + " inputs");
        }
        Dataset<Row> findings = results.select(col("path"), explode(col("findings")).as("f")).select("path", "f.*");
        findings.write().mode(SaveMode.Overwrite).json(out + "/findings");

        ObjectNode s = summarize(results, inputCount, crossDocument);
        s.put("seconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
        ObjectNode phases = s.putObject("phaseSeconds");
        phases.put("list", Math.round((listedAt - started) / 1e7) / 100.0);
        phases.put("check", Math.round((checkedAt - listedAt) / 1e7) / 100.0);
        phases.put("summarize", Math.round((System.nanoTime() - checkedAt) / 1e7) / 100.0);
        org.apache.hadoop.fs.Path summaryPath = new org.apache.hadoop.fs.Path(out + "/summary.json");
        FileSystem fs = summaryPath.getFileSystem(hadoopConf);
        try (OutputStream o = fs.create(summaryPath, true)) {
            o.write(MAPPER.writeValueAsString(s).getBytes(StandardCharsets.UTF_8));
            o.write('\n');
        }
        return s;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Enough tasks to keep every slot busy and to spread a slow file's cost; a few thousand files per task at most. */
    static int tasksFor(long inputs, int parallelism) {
        long n = Math.max((long) parallelism * 3, (inputs + 1999) / 2000);
        return (int) Math.max(1, Math.min(n, Math.max(1, inputs)));
    }

    /** Every input as a row: folder trees listed by Hadoop's FileSystem (top on the driver, sub-folders in tasks), or
     *  manifest lines (duplicates kept, as skipped rows). */
    private JavaRDD<InputFile> list(JavaSparkContext jsc, Broadcast<SerializableWritable<Configuration>> conf,
                                    int parallelism) throws IOException {
        JavaRDD<InputFile> all = jsc.emptyRDD();
        if (!inputs.isEmpty()) {
            InputListing.Top top = InputListing.top(inputs, jsc.hadoopConfiguration());
            all = all.union(jsc.parallelize(top.files(), 1));
            if (!top.folders().isEmpty()) {
                all = all.union(jsc.parallelize(top.folders(), Math.min(top.folders().size(), parallelism * 4))
                        .flatMap(dir -> InputListing.walk(dir, conf.value().value()).iterator()));
            }
        }
        for (String manifest : manifests) {
            JavaRDD<String> lines = jsc.textFile(manifest).map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"));
            all = all.union(lines.mapPartitions((Iterator<String> it) -> qualified(it, conf.value().value()))
                    .mapToPair(p -> new Tuple2<>(p, 1L)).reduceByKey(Long::sum)
                    .flatMap(t -> {
                        List<InputFile> rows = new ArrayList<>();
                        rows.add(new InputFile(t._1(), -1, null));
                        for (long i = 1; i < t._2(); i++) {
                            rows.add(new InputFile(t._1(), -1, InputListing.DUPLICATE));
                        }
                        return rows.iterator();
                    }));
        }
        return all;
    }

    /** A manifest's path, as the file system names it (relative lines resolve against its working folder). */
    private static Iterator<String> qualified(Iterator<String> lines, Configuration conf) {
        List<String> out = new ArrayList<>();
        while (lines.hasNext()) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(lines.next());
            try {
                out.add(p.getFileSystem(conf).makeQualified(p).toString());
            } catch (IOException | IllegalArgumentException e) {
                out.add(p.toString()); // the task then fails this row with a reason
            }
        }
        return out.iterator();
    }

    private static ObjectNode summarize(Dataset<Row> results, long inputs, CrossDocumentStage crossDocument) {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byCode = new TreeMap<>();
        for (Row r : results.groupBy("status", "code").count().collectAsList()) {
            byStatus.merge(r.getString(0), r.getLong(2), Long::sum);
            byCode.merge(r.getString(0) + "/" + r.getString(1), r.getLong(2), Long::sum);
        }
        Dataset<Row> findings = results.select(explode(col("findings")).as("f"));
        Map<String, Long> byRule = new TreeMap<>();
        for (Row r : findings.groupBy("f.rule").count().collectAsList()) {
            byRule.put(r.getString(0), r.getLong(1));
        }
        Map<String, Long> bySeverity = new TreeMap<>(Map.of("error", 0L, "warning", 0L, "info", 0L));
        for (Row r : findings.groupBy("f.severity").count().collectAsList()) {
            bySeverity.put(r.getString(0), r.getLong(1));
        }
        Row cost = results.filter(col("status").notEqual("skipped"))
                .agg(sum(col("millis")), sum(size(col("findings")))).first();
        long ok = byStatus.getOrDefault("ok", 0L);
        long failed = byStatus.getOrDefault("failed", 0L);
        ObjectNode s = MAPPER.createObjectNode();
        s.put("tool", "sumcheck-spark");
        s.put("version", Version.current());
        s.put("files", ok + failed);
        s.put("findings", byRule.values().stream().mapToLong(Long::longValue).sum());
        s.put("failed", failed);
        s.put("skipped", byStatus.getOrDefault("skipped", 0L));
        s.put("ok", ok);
        s.put("inputs", inputs);
        s.putPOJO("bySeverity", bySeverity);
        s.putPOJO("byRule", byRule);
        s.putPOJO("byCode", byCode);
        s.put("documentMillis", cost.isNullAt(0) ? 0 : cost.getLong(0));
        // per-document cost by kind of file, for costing a cluster run: a scanned page through OCR costs seconds,
        // a born-digital document milliseconds
        ObjectNode byFormat = s.putObject("costByFormat");
        for (Row r : results.filter(col("status").equalTo("ok"))
                .groupBy(col("format"), col("ocr")).agg(count(col("path")), sum(col("millis"))).collectAsList()) {
            ObjectNode f = byFormat.putObject(r.getString(0) + (r.getBoolean(1) ? "+ocr" : ""));
            f.put("files", r.getLong(2));
            f.put("millis", r.getLong(3));
        }
        s.put("crossDocument", crossDocument.state());
        return s;
    }

    /** The job's own invariant broken: one row per input. */
    static final class RowCountMismatch extends IllegalStateException {
        RowCountMismatch(String message) {
            super(message);
        }
    }
}
