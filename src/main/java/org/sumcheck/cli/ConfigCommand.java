package org.sumcheck.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sumcheck.check.Settings;
import org.sumcheck.rules.Config;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code sumcheck config FILE}: the effective configuration for one file (rules off, severities, extra words,
 * waivers) and the sumcheck.yaml and overrides that made it, resolved by the same {@link Settings} as a check.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"显示某个文件实际生效的配置及其来源（sumcheck.yaml 与覆盖项）。",
                "Show the effective configuration for a file and which sumcheck.yaml (and overrides) made it."},
        exitCodeListHeading = "%n退出码 / Exit codes:%n",
        exitCodeList = {"0:已显示 / shown",
                "2:配置文件有误（报出文件、行号和值）或规则无法加载 / a configuration error (file, line, value) or broken rules"})
final class ConfigCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "要检查的文件或文件夹 / the file (or folder) that would be checked")
    Path file;

    @Mixin
    SharedOptions shared = new SharedOptions();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        RuleBase ruleBase = shared.language(err) == null ? null : shared.ruleBase(err);
        Settings settings = ruleBase == null ? null : shared.settings(ruleBase, err);
        if (settings == null) {
            return ExitCode.ERROR;
        }
        Optional<Config> config;
        RuleSettings effective;
        try {
            config = settings.configFor(file);
            effective = settings.settingsFor(file);
        } catch (IllegalArgumentException e) {
            err.println(SharedOptions.configError(e.getMessage()));
            return ExitCode.ERROR;
        }
        out.println("文件 / file: " + file);
        if (config.isEmpty()) {
            out.println("配置文件 / configuration: 无，使用内置默认值 / none, the built-in defaults");
        } else {
            out.println("配置文件 / configuration: " + config.get().file().toAbsolutePath().normalize()
                    + (settings.fixed() ? "（--config）" : "（最近的 sumcheck.yaml / the nearest sumcheck.yaml）"));
            for (String glob : config.get().overridesFor(file)) {
                out.println("  适用的覆盖 / override applied: files: " + glob);
            }
        }
        out.println("关闭的规则 / rules off: "
                + (effective.disabled().isEmpty() ? "-" : String.join(", ", new TreeSet<>(effective.disabled()))));
        if (effective.severities().isEmpty()) {
            out.println("改变的严重级别 / severities changed: -");
        } else {
            out.println("改变的严重级别 / severities changed:");
            new TreeMap<>(effective.severities()).forEach((id, s) -> out.println("  " + id + ": " + s.id()));
        }
        if (effective.words().isEmpty()) {
            out.println("附加词 / extra words: -");
        } else {
            out.println("附加词 / extra words:");
            new TreeMap<>(effective.words()).forEach((list, ws) -> out.println("  " + list + ": " + String.join(", ", ws)));
        }
        out.println("豁免 / waivers: " + (effective.waivers().isEmpty() ? "-"
                : String.join(", ", new TreeSet<>(effective.waivers().keySet()))));
        return ExitCode.OK;
    }
}
