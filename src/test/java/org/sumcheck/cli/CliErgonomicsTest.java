package org.sumcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI explains itself: bare command, typos, rule cards, and how every run ended. */
class CliErgonomicsTest {
    private static final Path FIXTURES = Path.of(System.getProperty("basedir", "."), "fixtures");

    record Run(int exit, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.commandLine().setOut(new java.io.PrintWriter(System.out, true))
                    .setErr(new java.io.PrintWriter(System.err, true)).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void bareCommandListsTheCommands() {
        Run r = run();
        assertThat(r.exit()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("check", "rules", "explain", "annotate", "serve").doesNotContain("sumcheck sumcheck");
    }

    @Test
    void mistypedCommandAndOptionGetASuggestion() {
        Run cmd = run("chek", "x.docx");
        assertThat(cmd.exit()).isEqualTo(ExitCode.ERROR);
        assertThat(cmd.err()).contains("did you mean", "check");
        Run opt = run("check", "--fail-onn", "warning", FIXTURES.resolve("lookalikes.txt").toString());
        assertThat(opt.exit()).isEqualTo(ExitCode.ERROR);
        assertThat(opt.err()).contains("--fail-on").contains("sumcheck check --help");
    }

    @Test
    void explainPrintsTheRuleCard() {
        Run r = run("explain", "placeholder-001");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("PLACEHOLDER-001", "占位符未填写", "为什么要改", "【XX】", "✓ ", "PLACEHOLDER-001: off");
        Run en = run("explain", "--lang", "en", "PLACEHOLDER-001");
        assertThat(en.out()).contains("Why it matters", "Wrong");
        Run typo = run("explain", "PLACEHOLDR-001");
        assertThat(typo.exit()).isEqualTo(ExitCode.ERROR);
        assertThat(typo.err()).contains("PLACEHOLDER-001");
    }

    @Test
    void machineReadableReportToAFileStillSaysHowTheRunEnded(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("r.json");
        Run r = run("check", "--quiet", "--no-isolate", "--format", "json", "-o", json.toString(),
                FIXTURES.resolve("summary-defects.docx").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(Files.readString(json)).contains("PLACEHOLDER-001");
        assertThat(r.err()).contains("sumcheck: 共 1 个文件", "r.json", "退出码 1");
    }

    @Test
    void emptyFolderSaysSoPlainly(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("收件箱"));
        Files.writeString(empty.resolve("readme.md"), "not a document");
        Run r = run("check", "--quiet", empty.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("没有可检查的文档", "收件箱", "nothing to check");
    }

    @Test
    void writeBaselineSaysWhatItWrote(@TempDir Path tmp) throws Exception {
        Path baseline = tmp.resolve("base.json");
        Run r = run("check", "--quiet", "--no-isolate", "--write-baseline", baseline.toString(),
                FIXTURES.resolve("summary-defects.docx").toString());
        assertThat(baseline).exists();
        assertThat(r.err()).contains("已写入基线", baseline.toString(), "baseline written");
    }
}
