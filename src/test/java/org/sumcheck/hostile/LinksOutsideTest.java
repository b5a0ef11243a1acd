package org.sumcheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.cli.Main;

/**
 * A symbolic link inside the checked folder that leads elsewhere (a planted link to a file holding credentials) is
 * listed as skipped with its reason, and its target is never read or quoted; --follow-links takes it.
 */
class LinksOutsideTest {
    private static final Path FIXTURES = Path.of(System.getProperty("basedir", "."), "fixtures");

    @Test
    void linkLeavingTheFolderIsSkippedUnlessFollowed(@TempDir Path tmp) throws Exception {
        Path secret = Files.createDirectories(tmp.resolve("elsewhere")).resolve("secret.txt");
        Files.writeString(secret, "https://admin:hunter2@example.invalid/ XX次\n");
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.copy(FIXTURES.resolve("summary-defects.docx"), inbox.resolve("good.docx"));
        Files.createSymbolicLink(inbox.resolve("planted.txt"), secret);
        Files.createSymbolicLink(inbox.resolve("linked-dir"), secret.getParent());
        Path inside = Files.createDirectories(inbox.resolve("sub")).resolve("inside.docx");
        Files.createSymbolicLink(inbox.resolve("alias.docx"), inside);
        Files.copy(FIXTURES.resolve("lookalikes.docx"), inside);

        Path json = tmp.resolve("r.json");
        Main.run("check", "--quiet", "--no-isolate", "--format", "json", "-o", json.toString(), inbox.toString());
        String report = Files.readString(json);
        JsonNode root = new ObjectMapper().readTree(report);
        assertThat(report).doesNotContain("hunter2");
        assertThat(root.path("skipped").toString()).contains("planted.txt", "linked-dir", "link-outside-folder");
        // a link that stays inside the folder is taken (here it is met first, so sub/inside.docx is the same file again)
        assertThat(root.path("files").toString()).contains("good.docx", "alias.docx").doesNotContain("planted.txt");

        Path followed = tmp.resolve("f.json");
        Main.run("check", "--quiet", "--no-isolate", "--follow-links", "--format", "json", "-o", followed.toString(),
                inbox.toString());
        assertThat(new ObjectMapper().readTree(followed.toFile()).path("files").toString()).contains("secret.txt");
    }
}
