package org.sumcheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.cli.Main;
import org.sumcheck.testkit.FixtureWriter;

/** {@code sumcheck diff OLD NEW}: fixed, new and still-there findings of a resubmission, by fingerprint. */
class ReportDiffTest {
    @TempDir
    Path dir;

    private static final String TITLE = "第三党支部2023年党建工作总结";

    private void versions(Path older, Path newer) throws Exception {
        FixtureWriter.writeDocx(older, List.of(TITLE, "一、主要工作", "全年组织集中学习XX次。", "开展专题研讨X次。",
                "坚持以习近平新时代中国特色社会主义为指导。", "二、存在问题", "学习不够深入。", "三、下一步打算", "继续加强学习。"));
        // (a finding's fingerprint covers 20 characters either side, so the filled-in count is a paragraph of its own)
        // the resubmission fills in one count, fixes the formulation, adds a paragraph (moving the rest) and a new slip
        FixtureWriter.writeDocx(newer, List.of(TITLE, "一、主要工作", "支部全体党员参加了学习。",
                "全年组织集中学习12次。", "开展专题研讨X次。", "坚持以习近平新时代中国特色社会主义思想为指导。",
                "二、存在问题", "学习不够深入,联系实际不够。", "三、下一步打算", "继续加强学习。"));
    }

    @Test
    void filesShowFixedNewAndStill() throws Exception {
        Path a = dir.resolve("v1.docx");
        Path b = dir.resolve("v2.docx");
        versions(a, b);
        Path json = dir.resolve("diff.json");
        int code = Main.run("diff", "--format", "json", "-o", json.toString(), a.toString(), b.toString());
        assertThat(code).as("the new version has a new finding").isEqualTo(1);
        var root = new ObjectMapper().readTree(json.toFile());
        var file = root.get("files").get(0);
        assertThat(rules(file.get("fixed"))).contains("PLACEHOLDER-001", "FORMULATION-002");
        assertThat(rules(file.get("added"))).containsExactly("PUNCTUATION-002");
        assertThat(file.get("still")).isNotEmpty();
        assertThat(file.get("still").toString()).contains("研讨X次");
        assertThat(root.get("summary").get("added").asInt()).isEqualTo(1);

        Path text = dir.resolve("diff.txt");
        Main.run("diff", "-o", text.toString(), a.toString(), b.toString());
        assertThat(Files.readString(text)).contains("已改正", "新出现 1 条", "仍存在", "PUNCTUATION-002");
        Path html = dir.resolve("diff.html");
        Main.run("diff", "--format", "html", "--lang", "en", "-o", html.toString(), a.toString(), b.toString());
        assertThat(Files.readString(html)).contains("<h3 class=\"added\">New: 1</h3>", "Fixed:", "Still there:");
    }

    @Test
    void foldersPairByPath() throws Exception {
        Path a = Files.createDirectories(dir.resolve("old"));
        Path b = Files.createDirectories(dir.resolve("new"));
        versions(a.resolve("s.docx"), b.resolve("s.docx"));
        FixtureWriter.writeDocx(b.resolve("only-new.docx"), List.of(TITLE, "全年学习XX次。"));
        Path json = dir.resolve("d.json");
        Main.run("diff", "--format", "json", "-o", json.toString(), a.toString(), b.toString());
        var root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("files")).hasSize(2);
        var pair = root.get("files").get(0).get("key").asText().equals("s.docx") ? root.get("files").get(0) : root.get("files").get(1);
        assertThat(rules(pair.get("added"))).containsExactly("PUNCTUATION-002");
        var lone = root.get("files").get(0) == pair ? root.get("files").get(1) : root.get("files").get(0);
        assertThat(lone.get("older").get("path").isNull()).isTrue();
        assertThat(lone.get("added")).isNotEmpty();
    }

    private static List<String> rules(com.fasterxml.jackson.databind.JsonNode list) {
        List<String> out = new java.util.ArrayList<>();
        list.forEach(n -> out.add(n.get("rule").asText()));
        return out;
    }
}
