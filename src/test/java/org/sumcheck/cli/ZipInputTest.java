package org.sumcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .zip of submissions as Chinese Windows makes it (entry names in GBK, no UTF-8 flag) is checked entry by entry,
 * the names read as written; unsafe and non-document entries are listed as skipped; a corrupt archive fails alone.
 */
class ZipInputTest {
    private static final Path FIXTURES = Path.of(System.getProperty("basedir", "."), "fixtures");

    @Test
    void gbkNamedArchiveIsCheckedEntryByEntry(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("收件箱.zip");
        try (OutputStream out = Files.newOutputStream(zip);
             ZipOutputStream z = new ZipOutputStream(out, Charset.forName("GBK"))) {
            put(z, "第三支部/2023年度党建工作总结.docx", Files.readAllBytes(FIXTURES.resolve("summary-defects.docx")));
            put(z, "说明.md", "不是文档".getBytes(StandardCharsets.UTF_8));
            put(z, "../逃逸.txt", "XX次".getBytes(StandardCharsets.UTF_8));
        }
        Path broken = tmp.resolve("坏的.zip");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Path json = tmp.resolve("r.json");

        int exit = Main.commandLine().execute("check", "--quiet", "--no-isolate", "--format", "json", "-o", json.toString(),
                zip.toString(), broken.toString());

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        List<String> paths = new ArrayList<>();
        report.path("files").forEach(f -> paths.add(f.path("path").asText()));
        assertThat(paths).contains(zip + "!/第三支部/2023年度党建工作总结.docx", broken.toString());
        JsonNode inside = find(report.path("files"), zip + "!/第三支部/2023年度党建工作总结.docx");
        assertThat(inside.path("status").asText()).isEqualTo("ok");
        assertThat(inside.path("findings").toString()).contains("PLACEHOLDER-001");
        assertThat(find(report.path("files"), broken.toString()).path("error").toString()).contains("corrupt");
        assertThat(report.path("skipped").toString()).contains("说明.md", "not-a-document-extension", "逃逸.txt",
                "unsafe-archive-entry");
        assertThat(exit).isEqualTo(ExitCode.ERROR); // the corrupt archive could not be checked
    }

    private static JsonNode find(JsonNode files, String path) {
        for (JsonNode f : files) {
            if (f.path("path").asText().equals(path)) {
                return f;
            }
        }
        throw new AssertionError("no file " + path + " in " + files);
    }

    private static void put(ZipOutputStream z, String name, byte[] bytes) throws java.io.IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(bytes);
        z.closeEntry();
    }
}
