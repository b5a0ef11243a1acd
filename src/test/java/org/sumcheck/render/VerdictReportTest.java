package org.sumcheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.cli.Main;
import org.sumcheck.testkit.FixtureWriter;

/** Verdicts and scores on real files: the batch HTML tells a reviewer at a glance which submissions go back. */
class VerdictReportTest {
    @TempDir
    Path dir;

    private Path inbox() throws Exception {
        Path in = Files.createDirectories(dir.resolve("收件箱"));
        FixtureWriter.writeDocx(in.resolve("a-clean.docx"), List.of("第三党支部2023年党建工作总结", "一、主要工作",
                "全年组织集中学习12次，开展专题研讨4次。", "二、存在问题", "学习不够深入，联系实际不够紧密。",
                "三、下一步打算", "继续加强理论学习，推动工作落实。"));
        FixtureWriter.writeDocx(in.resolve("b-failing.docx"), List.of("第三党支部2023年党建工作总结", "一、主要工作",
                "全年组织集中学习XX次，开展专题研讨X次。", "二、存在问题", "学习不够深入。"));
        FixtureWriter.writePdf(in.resolve("c-failing.pdf"), List.of("第三党支部2023年党建工作总结", "一、主要工作",
                "全年组织集中学习XX次。现将2022年工作总结如下。", "二、存在问题", "学习不够深入。",
                "三、下一步打算", "继续加强学习。"));
        return in;
    }

    @Test
    void batchHtmlShowsNeedsChangesOnFailingFilesAndPassOnTheClean() throws Exception {
        Path in = inbox();
        Path html = dir.resolve("报告.html");
        int code = Main.run("check", "--no-isolate", "-q", "--format", "html", "-o", html.toString(), in.toString());
        assertThat(code).isEqualTo(1);
        String page = Files.readString(html);
        assertThat(page).contains("class=\"verdicts\"", "class=\"verdict-chart\"", "按结论筛选");
        // file table rows: the failing files first, each with 需修改; the clean one last with 通过
        int table = page.indexOf("<tbody>");
        String rows = page.substring(table, page.indexOf("</tbody>", table));
        String[] lines = rows.split("\n");
        List<String> rowLines = java.util.Arrays.stream(lines).filter(l -> l.startsWith("<tr")).toList();
        assertThat(rowLines).hasSize(3);
        assertThat(rowLines.get(0)).contains("b-failing.docx", "<span class=\"verdict needs-changes\">需修改</span>");
        assertThat(rowLines.get(1)).contains("c-failing.pdf", "<span class=\"verdict needs-changes\">需修改</span>");
        assertThat(rowLines.get(2)).contains("a-clean.docx", "<span class=\"verdict pass\">通过</span>");
        assertThat(rowLines.get(2)).contains("<td class=\"n\">100</td>");
        assertThat(page).doesNotContain("已检查</span>");
    }

    @Test
    void everyFormatCarriesVerdictAndScore() throws Exception {
        Path in = inbox();
        Path out = Files.createDirectories(dir.resolve("out"));
        Main.run("check", "--no-isolate", "-q", "--format", "json,csv,sarif,junit,text", "--output-dir", out.toString(),
                in.toString());
        var json = new ObjectMapper().readTree(out.resolve("sumcheck-report.json").toFile());
        for (var f : json.get("files")) {
            boolean clean = f.get("path").asText().contains("clean");
            assertThat(f.get("verdict").asText()).isEqualTo(clean ? "pass" : "needs-changes");
            assertThat(f.get("score").asInt()).isBetween(0, 100);
            assertThat(f.get("counts").get("category").get("placeholder").asInt()).isEqualTo(clean ? 0 : f.get("counts").get("category").get("placeholder").asInt());
        }
        assertThat(json.get("summary").get("verdicts").get("needs-changes").asInt()).isEqualTo(2);
        assertThat(json.get("summary").get("verdicts").get("pass").asInt()).isEqualTo(1);
        String csv = Files.readString(out.resolve("sumcheck-report.csv"));
        assertThat(csv).contains("\"结论\",\"得分\"", "a-clean.docx\",\"ok\"", "\"pass\",\"100\"", "\"needs-changes\"");
        var sarif = new ObjectMapper().readTree(out.resolve("sumcheck-report.sarif").toFile());
        var run = sarif.get("runs").get(0);
        assertThat(run.get("properties").get("verdicts").get("needs-changes").asInt()).isEqualTo(2);
        assertThat(run.get("results").get(0).get("properties").get("verdict").asText()).isEqualTo("needs-changes");
        String junit = Files.readString(out.resolve("sumcheck-report.xml"));
        assertThat(junit).contains("<property name=\"verdict\" value=\"needs-changes\"/>", "<failure type=\"needs-changes\"",
                "<property name=\"verdict\" value=\"pass\"/>");
        String text = Files.readString(out.resolve("sumcheck-report.txt"));
        assertThat(text).contains("结论：通过 · 得分 100/100", "结论：需修改 · 得分 ", "结论：通过 1 个，需修改 2 个，无法检查 0 个");
        // --fail-on none: nothing is sent back
        Path lenient = dir.resolve("lenient.json");
        assertThat(Main.run("check", "--no-isolate", "-q", "--fail-on", "none", "--format", "json", "-o",
                lenient.toString(), in.toString())).isZero();
        assertThat(new ObjectMapper().readTree(lenient.toFile()).get("summary").get("verdicts").get("pass").asInt()).isEqualTo(3);
    }
}
