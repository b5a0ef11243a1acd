package org.sumcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sumcheck.check.AnnotatedCopies;
import org.sumcheck.check.BatchRunner;
import org.sumcheck.check.Gating;
import org.sumcheck.check.Settings;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.render.RenderOptions;
import org.sumcheck.check.Checker;
import org.sumcheck.check.InputCollector;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.Extractor;
import org.sumcheck.extract.IsolatedExtractor;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;
import org.sumcheck.rules.FindingLimits;
import org.sumcheck.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sumcheck check}: checks files and folders and writes the report. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"检查文件或文件夹（递归）中的文档，输出报告。", "Check documents in files and folders (recursively)."})
final class CheckCommand implements Callable<Integer> {
    /** {@code none} disables exit code 1. */
    enum FailOn { error, warning, info, none }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件或文件夹 / files or folders")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FMT",
            description = "报告格式，可多个：text（默认）、json、sarif、junit、html、csv、github、markdown / report formats, comma-separated")
    List<String> formats = new ArrayList<>(List.of("text"));

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入文件而非标准输出（单一格式）/ write to FILE")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "每种格式写一个文件 sumcheck-report.<扩展名> / one file per format in DIR")
    Path outputDir;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "退出码 1 的阈值：error（默认）、warning、info、none / threshold for exit code 1")
    FailOn failOn = FailOn.error;

    @Mixin
    SharedOptions shared = new SharedOptions();

    @Option(names = "--baseline", paramLabel = "FILE", description = "基线文件：其中已记录的问题不导致失败 / known findings")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "把本次发现写为基线 / record findings as baseline")
    Path writeBaseline;

    @Option(names = "--against", paramLabel = "DIR",
            description = "与往年材料（DIR 中的文件）比对，找出照搬的段落；往年材料本身不报告 / compare the batch with earlier submissions in DIR (not reported on)")
    List<Path> against = new ArrayList<>();

    @Option(names = "--annotate", paramLabel = "DIR",
            description = "为每个 .docx/.pdf 在 DIR 中写一份带批注的副本 / write annotated copies to DIR")
    Path annotateDir;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "并行数（默认 CPU 核数）/ worker threads")
    int jobs = BatchRunner.defaultJobs();

    @Option(names = "--max-file-size", paramLabel = "MB", description = "单文件大小上限，MB（默认 100）/ max file size")
    long maxFileMb = ExtractionLimits.DEFAULT.maxFileBytes() / (1024 * 1024);

    @Option(names = "--max-chars", paramLabel = "N", description = "单文件提取字数上限（默认 5000000）/ max extracted characters")
    long maxChars = ExtractionLimits.DEFAULT.maxChars();

    @Option(names = "--follow-links",
            description = "也检查指向文件夹之外的符号链接（默认列为已跳过）/ also follow symbolic links that leave the folder")
    boolean followLinks;

    @Option(names = "--max-findings", paramLabel = "N",
            description = "每个文件最多报告的问题数（默认 1000；每条规则最多 100），超出部分计数并在报告中说明 / findings kept per file")
    int maxFindings = FindingLimits.DEFAULT.perFile();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "单文件解析时限，秒（默认 120）/ per-file time limit")
    long timeoutSeconds = ExtractionLimits.DEFAULT.timeout().toSeconds();

    @Option(names = "--isolate", negatable = true,
            description = "在独立子进程中解析（卡死或内存耗尽只影响该文件）；默认：多于一个文件时启用 / parse in worker processes; default: when checking more than one file")
    Boolean isolate;

    @Option(names = "--worker-memory", paramLabel = "MB", description = "--isolate 时每个子进程的内存上限，MB（默认 1024）/ heap per worker")
    int workerMemoryMb = IsolatedExtractor.Options.DEFAULT_MEMORY_MB;

    @Option(names = {"-q", "--quiet"}, description = "不显示进度 / no progress display")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "显示处理过程 / show what happens")
    boolean verbose;

    @Option(names = "--no-color", description = "不使用颜色 / no colour")
    boolean noColor;

    @Override
    public Integer call() throws IOException {
        Logging.configure(verbose);
        PrintStream err = System.err;
        Lang language = shared.language(err);
        if (language == null) {
            return ExitCode.ERROR;
        }
        List<OutputTarget> targets;
        try {
            targets = OutputTarget.plan(formats, output, outputDir);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCode.ERROR;
        }

        RuleBase ruleBase = shared.ruleBase(err);
        Settings settings = ruleBase == null ? null : shared.settings(ruleBase, err);
        if (settings == null) {
            return ExitCode.ERROR;
        }

        if (maxFindings < 1) {
            err.println("--max-findings 至少为 1 / must be at least 1: " + maxFindings);
            return ExitCode.ERROR;
        }
        if (workerMemoryMb < 64) {
            err.println("--worker-memory 至少 64 MB / must be at least 64 MB: " + workerMemoryMb);
            return ExitCode.ERROR;
        }
        for (Path a : against) {
            if (!java.nio.file.Files.exists(a)) {
                err.println("--against 的文件夹不存在 / --against folder not found: " + a);
                return ExitCode.ERROR;
            }
        }
        InputCollector.Inputs inputs = InputCollector.collect(paths, followLinks);
        List<InputCollector.Input> archive = against.isEmpty() ? List.of()
                : InputCollector.collect(against, followLinks).inputs();
        ExtractionLimits limits = new ExtractionLimits(maxFileMb * 1024 * 1024, maxChars, Duration.ofSeconds(timeoutSeconds));
        Report report;
        // isolation costs a JVM start per worker (docs/robustness.md): worth it for a batch, not for one file
        boolean isolated = isolate != null ? isolate : inputs.inputs().size() > 1;
        try (Extractor extractor = isolated
                ? new IsolatedExtractor(IsolatedExtractor.Options.of(Math.max(1, jobs), workerMemoryMb))
                : new TikaExtractor();
             ProgressDisplay progress = ProgressDisplay.create(quiet, inputs.inputs().size())) {
            // the cross-document pass (docs/crossdoc.md) runs on every batch of two or more files, or with --against
            Checker checker = new Checker(ruleBase, extractor, limits, FindingLimits.perFile(maxFindings),
                    settings::settingsFor, Version.current(), ruleBase.crossPass());
            report = checker.checkAll(inputs, archive, Math.max(1, jobs), progress);
        }

        Severity threshold = failOn == FailOn.none ? null : Severity.fromId(failOn.name());
        report = Gating.apply(report, baseline, threshold);
        if (writeBaseline != null) {
            Gating.writeBaseline(report, writeBaseline);
            err.println(RunSummary.baselineWritten(report, language, writeBaseline));
        }
        // no-color.org: NO_COLOR set and non-empty turns colour off (an empty one keeps it)
        boolean color = !noColor && RenderOptions.forTerminal(language, Terminal.isTerminal(1), System.getenv()).color();
        for (OutputTarget t : targets) {
            t.write(report, language, color && t.isStdout());
        }
        // a wrong sumcheck.yaml fails its files (config-error in the report); say it once on stderr as well
        report.files().stream().filter(f -> !f.isOk() && f.error().code() == ErrorCode.CONFIG_ERROR)
                .map(f -> f.error().detail()).distinct().forEach(d -> err.println(SharedOptions.configError(d)));
        if (annotateDir != null) {
            AnnotatedCopies.Written written = AnnotatedCopies.writeAll(report, inputs, annotateDir, language);
            written.renamed().forEach(p -> err.println("同名文件的批注副本已加编号 / same-named file, numbered copy: " + p));
            written.problems().forEach(p -> err.println("无法生成批注副本 / could not annotate " + p));
        }
        int exit = report.exitStatus();
        if (inputs.inputs().isEmpty()) {
            err.println(RunSummary.nothingToCheck(report, language, paths));
        } else if (RunSummary.wanted(targets)) {
            err.println(RunSummary.line(report, language, targets, exit));
        }
        return exit;
    }
}
