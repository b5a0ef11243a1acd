package org.sumcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sumcheck.annotate.Annotators;
import org.sumcheck.check.Checker;
import org.sumcheck.check.FileChecker;
import org.sumcheck.check.Settings;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.fix.DocxFixer;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sumcheck fix IN.docx -o OUT.docx}: the suggestions as Word tracked changes, the rest as comments. */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"检查一个 .docx，生成修订副本：有确定建议的问题（序号、规范表述、标点、年份）写成 Word 修订"
                + "（作者 sumcheck，可逐条接受或拒绝），其余问题写成批注；原文件不变。PDF 无法修改。",
                "Check one .docx and write a copy in which every deterministic suggestion (numbering, a canonical "
                        + "formulation, a punctuation mark, a year) is a Word tracked change by sumcheck and every "
                        + "other finding a comment; the original is untouched. A PDF cannot be fixed."},
        exitCodeListHeading = "%n退出码 / Exit codes:%n",
        exitCodeList = {"0:已写出修订副本 / the fixed copy was written",
                "2:用法错误、规则或配置有误、文件无法检查 / usage error, broken rules or configuration, file not checkable",
                "3:此类文件无法修改（PDF、.doc、.txt）/ this kind of file cannot be fixed (PDF, .doc, .txt)"})
final class FixCommand implements Callable<Integer> {
    static final int CANNOT_FIX = 3;

    @Parameters(index = "0", paramLabel = "IN", description = "要修改的 .docx / the document")
    Path in;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "修订副本 / the fixed copy")
    Path out;

    @Option(names = "--rules", split = ",", paramLabel = "ID",
            description = "只处理这些规则的问题，如 PUNCTUATION-002,YEAR-001 / only findings of these rules")
    List<String> onlyRules = new ArrayList<>();

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "规则目录 / rules folder")
    Path rulesDir;

    @Option(names = "--lang", paramLabel = "zh|en", description = "批注语言（默认 zh）/ comment language")
    String lang = "zh";

    @Option(names = "--config", paramLabel = "FILE", description = "配置文件 / configuration file")
    Path configFile;

    @Override
    public Integer call() throws IOException {
        // fix's --rules names rules to fix (README), so the shared options are built rather than mixed in
        SharedOptions shared = SharedOptions.of(lang, rulesDir, configFile);
        Lang language = shared.language(System.err);
        if (language == null) {
            return ExitCode.ERROR;
        }
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            System.err.println("输出不能覆盖原文件 / the output must not overwrite the original");
            return ExitCode.ERROR;
        }
        if (!java.nio.file.Files.isRegularFile(in)) {
            System.err.println("找不到文件 / no such file: " + in);
            return ExitCode.ERROR;
        }
        Annotators.Kind kind = Annotators.kindOf(in).orElse(null);
        if (kind == Annotators.Kind.PDF) {
            System.err.println(in + "：PDF 是版式文件，无法写入修订，不能修改；请用 sumcheck annotate 生成带高亮批注的副本，"
                    + "或提交 .docx。/ a PDF cannot be fixed (it is a print layout, it holds no tracked changes): use "
                    + "'sumcheck annotate' for a copy with highlights, or submit the .docx.");
            return CANNOT_FIX;
        }
        if (kind != Annotators.Kind.DOCX) {
            System.err.println(in + "：只能修改 .docx 文件 / only .docx files can be fixed");
            return CANNOT_FIX;
        }
        RuleBase ruleBase = shared.ruleBase(System.err);
        Settings settings = ruleBase == null ? null : shared.settings(ruleBase, System.err);
        if (settings == null) {
            return ExitCode.ERROR;
        }
        Set<String> rules = new LinkedHashSet<>();
        onlyRules.forEach(r -> rules.add(r.strip().toUpperCase(java.util.Locale.ROOT)));
        Set<String> known = new java.util.HashSet<>();
        ruleBase.rules().forEach(r -> known.add(r.id()));
        for (String r : rules) {
            if (!known.contains(r)) {
                System.err.println("未知规则 / unknown rule: " + r);
                return ExitCode.ERROR;
            }
        }
        FileChecker.Checked checked;
        Report report;
        try (TikaExtractor extractor = new TikaExtractor()) {
            Checker checker = new Checker(ruleBase, extractor, ExtractionLimits.DEFAULT, settings::settingsFor, Version.current());
            checked = checker.checkKeepingText(in, in.toString());
            report = checker.report(List.of(checked.result()), List.of());
        }
        if (!checked.result().isOk()) {
            System.err.println(in + ": " + report.messages().get(language, "error." + checked.result().error().code().id()));
            if (checked.result().error().code() == ErrorCode.CONFIG_ERROR) {
                System.err.println(SharedOptions.configError(checked.result().error().detail()));
            }
            return ExitCode.ERROR;
        }
        // a waived finding is the reviewer's decision to leave the words as they are
        List<Finding> open = checked.result().open();
        DocxFixer.Result r = DocxFixer.fix(in, open, rules, report.messages(), language, out, Instant.now());
        System.err.printf("%s：%d 处修订、%d 条批注 → %s%n%s: %d tracked changes, %d comments → %s%n",
                in, r.changes(), r.comments(), out, in, r.changes(), r.comments(), out);
        return ExitCode.OK;
    }
}
