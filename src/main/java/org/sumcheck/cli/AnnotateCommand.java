package org.sumcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sumcheck.annotate.DocxAnnotator;
import org.sumcheck.annotate.PdfAnnotator;
import org.sumcheck.check.Checker;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sumcheck annotate IN -o OUT}: a copy of the document with a comment on every finding. */
@Command(name = "annotate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"检查一个 .docx 或 .pdf，生成在每个问题处加批注（PDF 为高亮注释）的副本；原文件不变。",
                "Check one .docx or .pdf and write a copy with a comment (PDF: a highlight) on every finding; the original is untouched."})
final class AnnotateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "要检查的 .docx 或 .pdf / the document")
    Path in;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "带批注的副本 / the annotated copy")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", description = "批注语言（默认 zh）/ comment language")
    String lang = "zh";

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录 / rules folder")
    Path rulesDir;

    @Option(names = "--config", paramLabel = "FILE", description = "配置文件 / configuration file")
    Path configFile;

    @Override
    public Integer call() throws IOException {
        Lang language = Lang.fromId(lang);
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            System.err.println("输出不能覆盖原文件 / the output must not overwrite the original");
            return ExitCode.ERROR;
        }
        RuleBase ruleBase;
        SettingsResolver settings;
        try {
            ruleBase = RuleBase.loadOrDefault(rulesDir);
            settings = SettingsResolver.create(configFile);
        } catch (RuleLoadException | IllegalArgumentException e) {
            System.err.println("规则或配置加载失败 / rules or configuration failed to load: " + e.getMessage());
            return ExitCode.ERROR;
        }
        FileResult result;
        Report report;
        try (TikaExtractor extractor = new TikaExtractor()) {
            Checker checker = new Checker(ruleBase, extractor, ExtractionLimits.DEFAULT, settings::settingsFor, Version.current());
            result = checker.check(in, in.toString());
            report = checker.report(List.of(result), List.of());
        }
        if (!result.isOk()) {
            System.err.println(in + ": " + report.messages().get(language, "error." + result.error().code().id()));
            return ExitCode.ERROR;
        }
        String format = result.document().format();
        if ("docx".equals(format)) {
            DocxAnnotator.Result r = DocxAnnotator.annotate(in, result.open(), report.messages(), language, out);
            System.err.printf("%s：%d 条批注 / %d comments → %s%n", in, r.comments(), r.comments(), out);
        } else if ("pdf".equals(format)) {
            PdfAnnotator.Result r = PdfAnnotator.annotate(in, result.open(), report.messages(), language, out);
            System.err.printf("%s：%d 处高亮、%d 条便笺 / highlights, notes → %s%n", in, r.highlights(), r.notes(), out);
        } else {
            System.err.println("只能为 .docx 和 .pdf 生成批注副本 / only .docx and .pdf can be annotated: " + in);
            return ExitCode.ERROR;
        }
        return GateSupport.exitCode(report, Severity.ERROR);
    }
}
