package org.sumcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code sumcheck check|rules|annotate|serve}. */
@Command(name = "sumcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"中文工作文档（党建工作总结、述职报告、工作计划等）规则检查工具。",
                "Rule-based quality checker for Chinese work documents."},
        subcommands = {CheckCommand.class, RulesCommand.class, AnnotateCommand.class, FixCommand.class, DiffCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%n退出码 / Exit codes:%n",
        exitCodeList = {"0:未发现达到阈值的问题 / nothing at or above --fail-on",
                "1:发现达到阈值的问题 / findings at or above --fail-on",
                "2:用法错误、规则目录错误或有文件无法检查 / usage error, broken rules, or a file could not be checked"})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(t -> ExitCode.ERROR);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own usage-error code is 2 as documented; keep it explicit
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().getErr().println("用法见 / usage: sumcheck " + ex.getCommandLine().getCommandName() + " --help");
            return ExitCode.ERROR;
        });
        return cl;
    }
}
