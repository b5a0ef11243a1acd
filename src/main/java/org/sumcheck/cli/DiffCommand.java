package org.sumcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sumcheck.check.BatchRunner;
import org.sumcheck.check.Checker;
import org.sumcheck.check.InputCollector;
import org.sumcheck.check.Settings;
import org.sumcheck.diff.DiffRenderer;
import org.sumcheck.diff.ReportDiff;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sumcheck diff OLD NEW}: which findings a resubmission fixed, which are new, which are still there. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"比较同一材料的两个版本（文件或文件夹）：按指纹列出已改正、新出现和仍存在的问题。",
                "Compare two versions of the same submissions (files or folders): findings fixed, new and still there, matched by fingerprint."},
        exitCodeListHeading = "%n退出码 / Exit codes:%n",
        exitCodeList = {"0:新版本没有新问题 / the new version has no new finding",
                "1:新版本有新问题 / the new version has new findings",
                "2:用法错误、规则或配置有误、文件无法检查 / usage error, broken rules or configuration, a file not checkable"})
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD", description = "早先的版本（文件或文件夹）/ the earlier version")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "新的版本（文件或文件夹）/ the new version")
    Path newer;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", description = "text（默认）、json、html")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入文件而非标准输出 / write to FILE")
    Path output;

    @Mixin
    SharedOptions shared = new SharedOptions();

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        Lang language = shared.language(err);
        String fmt = SharedOptions.format(format, List.of("text", "json", "html"), err);
        if (language == null || fmt == null) {
            return ExitCode.ERROR;
        }
        if (Files.isDirectory(older) != Files.isDirectory(newer)) {
            err.println("OLD 与 NEW 须同为文件或同为文件夹 / OLD and NEW must both be files or both be folders");
            return ExitCode.ERROR;
        }
        RuleBase ruleBase = shared.ruleBase(err);
        Settings settings = ruleBase == null ? null : shared.settings(ruleBase, err);
        if (settings == null) {
            return ExitCode.ERROR;
        }
        InputCollector.Inputs a = InputCollector.collect(List.of(older));
        InputCollector.Inputs b = InputCollector.collect(List.of(newer));
        Report ra;
        Report rb;
        try (TikaExtractor extractor = new TikaExtractor()) {
            Checker checker = new Checker(ruleBase, extractor, ExtractionLimits.DEFAULT, settings::settingsFor, Version.current());
            int jobs = BatchRunner.defaultJobs();
            ra = checker.checkAll(a, jobs, BatchRunner.Progress.NONE);
            rb = checker.checkAll(b, jobs, BatchRunner.Progress.NONE);
        }
        ReportDiff diff = ReportDiff.of(ra, keys(a, older), rb, keys(b, newer));
        String text = switch (fmt) {
            case "json" -> DiffRenderer.json(diff, language);
            case "html" -> DiffRenderer.html(diff, language);
            default -> DiffRenderer.text(diff, language);
        };
        if (output == null) {
            System.out.write(text.getBytes(StandardCharsets.UTF_8));
            System.out.flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
        if (ra.failedCount() > 0 || rb.failedCount() > 0) {
            return ExitCode.ERROR;
        }
        return diff.addedCount() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** Two files pair as one (under the new file's name); inside folders, files pair by their path below the folder. */
    private List<String> keys(InputCollector.Inputs inputs, Path root) {
        List<String> keys = new ArrayList<>();
        for (InputCollector.Input in : inputs.inputs()) {
            if (!Files.isDirectory(root)) {
                keys.add(newer.getFileName().toString());
            } else {
                keys.add(root.relativize(in.path()).toString().replace('\\', '/'));
            }
        }
        return keys;
    }
}
