package org.sumcheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.cli.Main;

/**
 * Submissions in legacy encodings are read in their encoding (and say so) or fail with {@code unknown-encoding},
 * never checked as mojibake that passes; a right-to-left override in a file name is shown escaped in the terminal
 * report, so {@code 总结\u202Excod.txt} cannot pose as a .docx.
 */
class LegacyTextAndNamesTest {
    private static final String REPORT = String.join("\r\n",
            "2024年度党建工作总结",
            "一、主要工作",
            "今年以来，我们坚持以习近平新时代中国特色社会主义思想为指导，认真落实全面从严治党主体责任，开展主题党日活动XX次。",
            "二、存在问题",
            "学习深度不够，理论联系实际不紧密，个别党员参加组织生活不够积极。",
            "三、下一步打算",
            "继续加强支部标准化规范化建设。");

    @Test
    void legacyEncodingsAreCheckedForRealOrFailedClearly(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.write(inbox.resolve("gbk.txt"), REPORT.getBytes(Charset.forName("GBK")));
        Files.write(inbox.resolve("utf16.txt"), REPORT.getBytes("UTF-16LE"));
        Files.write(inbox.resolve("big5.txt"), String.join("\r\n", "2024年度黨建工作總結", "一、主要工作",
                "今年以來，我們堅持以習近平新時代中國特色社會主義思想為指導，認真落實全面從嚴治黨主體責任，開展主題黨日活動XX次。",
                "二、存在問題", "學習深度不夠，理論聯繫實際不緊密，個別黨員參加組織生活不夠積極。").getBytes("Big5"));
        Files.write(inbox.resolve("sjis.txt"), "これは日本語の文章です。会議の議事録を作成しました。".repeat(8).getBytes("Shift_JIS"));

        Path json = tmp.resolve("r.json");
        int exit = Main.run("check", "--quiet", "--no-isolate", "--format", "json", "-o", json.toString(), inbox.toString());
        assertThat(exit).as("a file that could not be checked").isEqualTo(2);
        JsonNode files = new ObjectMapper().readTree(json.toFile()).path("files");
        assertThat(files).hasSize(4);
        for (JsonNode f : files) {
            String path = f.path("path").asText();
            if (path.endsWith("sjis.txt")) {
                assertThat(f.path("error").path("code").asText()).as(path).isEqualTo("unknown-encoding");
            } else {
                // the placeholder is found in every readable encoding: the text was read, not guessed into mojibake
                assertThat(f.path("findings").toString()).as(path).contains("PLACEHOLDER-001", "XX");
                String charset = path.endsWith("gbk.txt") ? "GB18030" : path.endsWith("big5.txt") ? "Big5" : "UTF-16LE";
                assertThat(f.path("notes").toString()).as(path).contains("编码读取", charset);
            }
        }
    }

    @Test
    void aRightToLeftOverrideInAFileNameIsEscapedInTheTextReport(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("总结\u202Excod.txt"), REPORT);
        Path text = tmp.resolve("r.txt");
        Main.run("check", "--quiet", "--no-isolate", "--no-color", "--format", "text", "-o", text.toString(), inbox.toString());
        String report = Files.readString(text);
        assertThat(report).contains("总结\\u202Excod.txt").doesNotContain("\u202E");
    }
}
