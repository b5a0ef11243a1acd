package org.sumcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code sumcheck check|rules|explain|annotate|fix|diff|config|serve}. */
@Command(name = "sumcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"中文工作文档（党建工作总结、述职报告、工作计划等）规则检查工具。",
                "Rule-based quality checker for Chinese work documents."},
        subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class, AnnotateCommand.class, FixCommand.class, DiffCommand.class, ConfigCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%n退出码 / Exit codes:%n",
        exitCodeList = {"0:未发现达到阈值的问题 / nothing at or above --fail-on",
                "1:发现达到阈值的问题 / findings at or above --fail-on",
                "2:用法错误、规则目录错误、配置文件有误（报出文件、行号和值）或有文件无法检查 / usage error, broken rules, a configuration error (naming file, line and value), or a file could not be checked"})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Bare {@code sumcheck}: the usage with its list of commands (on stderr, since nothing was done), exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.ERROR;
    }

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
            CommandLine failed = ex.getCommandLine();
            java.io.PrintWriter err = failed.getErr();
            err.println(ex.getMessage());
            // a mistyped option or command: picocli knows the close ones
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                err.println("是否要用 / did you mean: " + String.join(", ", u.getSuggestions()));
            }
            err.println("用法见 / usage: " + usageCommand(failed) + " --help");
            return ExitCode.ERROR;
        });
        return cl;
    }

    /** "sumcheck" for the top level, "sumcheck check" for a subcommand (never "sumcheck sumcheck"). */
    static String usageCommand(CommandLine cl) {
        return cl.getParent() == null ? cl.getCommandName() : usageCommand(cl.getParent()) + " " + cl.getCommandName();
    }
}
