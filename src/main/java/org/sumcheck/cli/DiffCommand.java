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
import org.sumcheck.diff.DiffRenderer;
import org.sumcheck.diff.ReportDiff;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleLoadException;
import picocli.CommandLine.Command;
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

    @Option(names = "--lang", paramLabel = "zh|en", description = "语言（默认 zh）/ language")
    String lang = "zh";

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录 / rules folder")
    Path rulesDir;

    @Option(names = "--config", paramLabel = "FILE", description = "配置文件 / configuration file")
    Path configFile;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        Lang language;
        try {
            language = Lang.fromId(lang);
        } catch (IllegalArgumentException e) {
            err.println("未知语言 / unknown language: " + lang + " (zh|en)");
            return ExitCode.ERROR;
        }
        if (!List.of("text", "json", "html").contains(format)) {
            err.println("未知格式 / unknown format: " + format + " (text|json|html)");
            return ExitCode.ERROR;
        }
        if (Files.isDirectory(older) != Files.isDirectory(newer)) {
            err.println("OLD 与 NEW 须同为文件或同为文件夹 / OLD and NEW must both be files or both be folders");
            return ExitCode.ERROR;
        }
        RuleBase ruleBase;
        SettingsResolver settings;
        try {
            ruleBase = RuleBase.loadOrDefault(rulesDir);
            settings = SettingsResolver.create(configFile);
        } catch (RuleLoadException | IllegalArgumentException e) {
            err.println("规则或配置加载失败 / rules or configuration failed to load: " + e.getMessage());
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
        String text = switch (format) {
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
