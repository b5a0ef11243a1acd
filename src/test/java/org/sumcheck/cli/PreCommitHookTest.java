package org.sumcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root's .pre-commit-hooks.yaml works with the real pre-commit (Debian's package; .ci/run installs it):
 * {@code pre-commit try-repo} this repository in a documents repository, once on a clean .docx (passes) and once
 * with a .docx holding placeholders (fails, and prints the finding). The {@code sumcheck-system} hook is the one
 * exercised, with a {@code sumcheck} on the PATH that runs this build's classes, so no jar has to be built.
 * Skipped where pre-commit is not installed, except under CI, which must have it.
 */
class PreCommitHookTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @Test
    void hookPassesACleanDocumentAndStopsOneWithPlaceholders(@TempDir Path tmp) throws Exception {
        assumeTrue(onPath("pre-commit") || System.getenv("CI") != null, "pre-commit is not installed");
        assumeTrue(Files.exists(ROOT.resolve(".git")), "not a git checkout");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path launcher = bin.resolve("sumcheck");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + javaBin() + "' -Dfile.encoding=UTF-8 -cp '"
                + System.getProperty("java.class.path") + "' org.sumcheck.cli.Main \"$@\"\n", StandardCharsets.UTF_8);
        launcher.toFile().setExecutable(true);
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(ROOT.resolve("fixtures/lookalikes.docx"), docs.resolve("2024年度党建工作总结.docx"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(ROOT.resolve("fixtures/summary-defects.docx"), docs.resolve("summary.docx"), StandardCopyOption.REPLACE_EXISTING);
        run(docs, bin, tmp, "git", "init", "-q", ".");
        run(docs, bin, tmp, "git", "add", ".");

        Result clean = run(docs, bin, tmp, "pre-commit", "try-repo", ROOT.toString(), "sumcheck-system",
                "--files", "2024年度党建工作总结.docx");
        assertThat(clean.exit()).as(clean.output()).isZero();
        assertThat(clean.output()).contains("Passed");

        Result defects = run(docs, bin, tmp, "pre-commit", "try-repo", ROOT.toString(), "sumcheck-system",
                "--files", "summary.docx", "2024年度党建工作总结.docx");
        assertThat(defects.exit()).as(defects.output()).isEqualTo(1);
        assertThat(defects.output()).contains("Failed", "PLACEHOLDER-001", "summary.docx");
    }

    record Result(int exit, String output) {
    }

    private static Result run(Path dir, Path bin, Path tmp, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(cmd))).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString());
        pb.environment().put("GIT_AUTHOR_NAME", "test");
        pb.environment().put("GIT_AUTHOR_EMAIL", "test@example.invalid");
        pb.environment().put("GIT_COMMITTER_NAME", "test");
        pb.environment().put("GIT_COMMITTER_EMAIL", "test@example.invalid");
        pb.environment().put("LANG", "C.UTF-8");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean onPath(String name) {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }
}
