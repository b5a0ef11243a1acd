package org.sumcheck.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sumcheck.check.Settings;
import org.sumcheck.report.Lang;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleLoadException;
import picocli.CommandLine.Option;

/**
 * The options the commands share ({@code --lang}, {@code --rules}, {@code --config}), as a picocli mixin, with the
 * one way of turning them into a language, a rule base and the settings resolution. Each method tells
 * {@code err} what is wrong and returns null, so a command maps null to exit 2. {@code fix} keeps its documented
 * {@code --rules ID,…} (rules to fix) and {@code --rules-dir}, and builds this with {@link #of}.
 */
final class SharedOptions {
    @Option(names = "--lang", paramLabel = "zh|en", description = "报告与批注语言（默认 zh）/ report and comment language")
    String lang = "zh";

    @Option(names = "--rules", paramLabel = "DIR", description = "使用此规则目录代替内置规则 / use this rules folder")
    Path rulesDir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件（默认从每个文件所在目录向上查找 sumcheck.yaml），加载时检查 / configuration file (default: the nearest sumcheck.yaml above each file), checked when loaded")
    Path configFile;

    static SharedOptions of(String lang, Path rulesDir, Path configFile) {
        SharedOptions o = new SharedOptions();
        o.lang = lang;
        o.rulesDir = rulesDir;
        o.configFile = configFile;
        return o;
    }

    /** The language, or null after telling {@code err} it is unknown. */
    Lang language(PrintStream err) {
        try {
            return Lang.fromId(lang);
        } catch (IllegalArgumentException e) {
            err.println("未知语言 / unknown language: " + lang + " (zh|en)");
            return null;
        }
    }

    /** The rule base ({@code --rules DIR} or the bundled rules), or null after telling {@code err} why it does not load. */
    RuleBase ruleBase(PrintStream err) {
        try {
            return RuleBase.loadOrDefault(rulesDir);
        } catch (RuleLoadException e) {
            err.println("规则加载失败 / rules failed to load: " + e.getMessage());
            return null;
        }
    }

    /** The settings resolution, or null after telling {@code err} what is wrong with {@code --config} (file:line: value). */
    Settings settings(RuleBase ruleBase, PrintStream err) {
        try {
            return Settings.create(configFile, ruleBase);
        } catch (RuntimeException e) {
            err.println(configError(e.getMessage()));
            return null;
        }
    }

    /** How a configuration error reads on stderr, wherever it was found. */
    static String configError(String detail) {
        return "配置文件错误 / configuration error: " + detail;
    }

    /** {@code value} (lower-cased) when it is one of {@code allowed}; else null after telling {@code err}. */
    static String format(String value, List<String> allowed, PrintStream err) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (allowed.contains(v)) {
            return v;
        }
        err.println("未知格式 / unknown format: " + value + " (" + String.join("|", allowed) + ")");
        return null;
    }
}
