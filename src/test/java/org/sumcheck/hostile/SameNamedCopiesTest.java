package org.sumcheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.cli.Main;

/**
 * Two branches submit a file of the same name from their own folders: {@code check --annotate DIR} writes both
 * annotated copies, each with its own file's comments, instead of the second overwriting the first.
 */
class SameNamedCopiesTest {
    private static final Path FIXTURES = Path.of(System.getProperty("basedir", "."), "fixtures");

    @Test
    void sameNamedFilesFromTwoFoldersGetTwoCopies(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.copy(FIXTURES.resolve("summary-defects.docx"), Files.createDirectories(inbox.resolve("一支部")).resolve("总结.docx"));
        Files.copy(FIXTURES.resolve("lookalikes.docx"), Files.createDirectories(inbox.resolve("二支部")).resolve("总结.docx"));
        Path out = tmp.resolve("out");

        Main.run("check", "--quiet", "--no-isolate", "--format", "json", "-o", tmp.resolve("r.json").toString(),
                "--annotate", out.toString(), inbox.toString());

        List<String> names;
        try (Stream<Path> s = Files.list(out)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).containsExactly("总结-2.sumcheck.docx", "总结.sumcheck.docx");
        // each copy carries its own file's findings: the defects file has comments, the look-alikes file none
        assertThat(comments(out.resolve("总结.sumcheck.docx"))).isPositive();
        assertThat(comments(out.resolve("总结-2.sumcheck.docx"))).isZero();
    }

    private static int comments(Path docx) throws Exception {
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
            return d.getDocComments() == null ? 0 : d.getDocComments().getComments().size();
        }
    }
}
