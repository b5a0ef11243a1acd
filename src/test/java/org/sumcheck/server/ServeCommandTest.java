package org.sumcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sumcheck.cli.Main;

/** {@code sumcheck serve} refuses bad setups with exit code 2 and a message, before binding anything. */
class ServeCommandTest {
    @Test
    void watchRulesNeedsARulesFolder() {
        Run r = run("serve", "--port", "0", "--watch-rules");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--watch-rules needs --rules DIR");
    }

    @Test
    void aMissingRulesFolderIsReported() {
        Run r = run("serve", "--port", "0", "--rules", "no-such-rules-folder");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("规则加载失败", "no-such-rules-folder");
    }

    @Test
    void helpListsTheLimits() {
        Run r = run("serve", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--max-upload-mb", "--max-concurrent", "--queue", "--timeout", "--watch-rules",
                "127.0.0.1");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
