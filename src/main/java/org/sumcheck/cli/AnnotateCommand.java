package org.sumcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sumcheck.annotate.Annotators;
import org.sumcheck.check.Checker;
import org.sumcheck.check.Gating;
import org.sumcheck.check.Settings;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;
import org.sumcheck.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SharedOptions shared = new SharedOptions();

    @Override
    public Integer call() throws IOException {
        Lang language = shared.language(System.err);
        if (language == null) {
            return ExitCode.ERROR;
        }
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            System.err.println("输出不能覆盖原文件 / the output must not overwrite the original");
            return ExitCode.ERROR;
        }
        RuleBase ruleBase = shared.ruleBase(System.err);
        Settings settings = ruleBase == null ? null : shared.settings(ruleBase, System.err);
        if (settings == null) {
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
            if (result.error().code() == ErrorCode.CONFIG_ERROR) {
                System.err.println(SharedOptions.configError(result.error().detail()));
            }
            return ExitCode.ERROR;
        }
        if (Annotators.kindOf(in).isEmpty()) {
            System.err.println("只能为 .docx 和 .pdf 生成批注副本 / only .docx and .pdf can be annotated: " + in);
            return ExitCode.ERROR;
        }
        // a waived finding already carries the reviewer's comment
        Annotators.Outcome r = Annotators.annotate(in, result.open(), report.messages(), language, out);
        if (r.kind() == Annotators.Kind.DOCX) {
            System.err.printf("%s：%d 条批注 / %d comments → %s%n", in, r.annotations(), r.annotations(), out);
        } else {
            System.err.printf("%s：%d 处高亮、%d 条便笺 / highlights, notes → %s%n", in, r.exact(),
                    r.annotations() - r.exact(), out);
        }
        return Gating.apply(report, null, Severity.ERROR).exitStatus();
    }
}
