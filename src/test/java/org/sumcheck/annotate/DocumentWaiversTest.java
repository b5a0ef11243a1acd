package org.sumcheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.baseline.RealChecker;
import org.sumcheck.render.RenderOptions;
import org.sumcheck.render.TextRenderer;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Gate;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.report.Verdict;
import org.sumcheck.report.Waiver;
import org.sumcheck.testkit.FixtureWriter;

/** A reviewer's comment "sumcheck: 忽略 RULE（理由）" waives that rule on its passage, reported apart. */
class DocumentWaiversTest {
    @TempDir
    Path dir;

    private static final List<String> LINES = List.of(
            "第三党支部2023年党建工作总结",
            "一、主要工作",
            "全年组织集中学习XX次。 //comment: sumcheck: 忽略 PLACEHOLDER-001（次数待年底统计后补）",
            "全年开展专题研讨XX次。",
            "二、存在问题",
            "学习不够深入，联系实际不够紧密。",
            "三、下一步打算",
            "继续加强理论学习，推动工作落实。");

    @Test
    void theCommentedPassageIsWaivedTheOtherIsNot() throws Exception {
        Path in = FixtureWriter.writeDocx(dir.resolve("a.docx"), LINES);
        FileResult r = RealChecker.get().check(in, "a.docx");
        List<Finding> placeholders = r.findings().stream().filter(f -> f.rule().equals("PLACEHOLDER-001")).toList();
        int places = placeholders.stream().mapToInt(f -> 1 + f.occurrences().size()).sum();
        assertThat(places).isEqualTo(2);
        assertThat(r.waived()).hasSize(1);
        Finding waived = r.waived().get(0);
        assertThat(waived.excerpt()).contains("集中学习XX次");
        assertThat(waived.waiver()).isEqualTo(new Waiver("次数待年底统计后补", "审阅人", Waiver.DOCUMENT));
        assertThat(r.open()).anySatisfy(f -> assertThat(f.excerpt()).contains("专题研讨XX次"));

        Report report = RealChecker.get().report(List.of(r), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextRenderer().render(report, RenderOptions.of(Lang.ZH), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("已豁免的问题（1 条", "已豁免：次数待年底统计后补（审阅人，文档中的批注）");
    }

    @Test
    void waivingEveryErrorPassesTheFile() throws Exception {
        List<String> lines = LINES.stream().map(l -> l.startsWith("全年开展专题研讨")
                ? l + " //comment: sumcheck：ignore PLACEHOLDER-001 (quoted from the template on purpose)" : l).toList();
        Path in = FixtureWriter.writeDocx(dir.resolve("b.docx"), lines);
        FileResult r = RealChecker.get().check(in, "b.docx");
        assertThat(r.waived()).hasSize(2).allSatisfy(f -> assertThat(f.waiver().author()).isEqualTo("审阅人"));
        assertThat(r.waived()).anySatisfy(f -> assertThat(f.waiver().reason()).isEqualTo("quoted from the template on purpose"));
        assertThat(Gate.DEFAULT.verdict(r)).isEqualTo(r.open().stream().anyMatch(f -> f.severity().id().equals("error"))
                ? Verdict.NEEDS_CHANGES : Verdict.PASS);
        assertThat(r.open()).noneMatch(f -> f.rule().equals("PLACEHOLDER-001"));
    }

    @Test
    void commentTextsAreParsed() {
        assertThat(DocumentWaivers.parse("sumcheck: 忽略 PLACEHOLDER-003（引用原文）"))
                .isEqualTo(java.util.Map.entry(List.of("PLACEHOLDER-003"), "引用原文"));
        assertThat(DocumentWaivers.parse("SUMCHECK：忽略 YEAR-001、YEAR-002 历史回顾"))
                .isEqualTo(java.util.Map.entry(List.of("YEAR-001", "YEAR-002"), "历史回顾"));
        assertThat(DocumentWaivers.parse("请补充数字")).isNull();
        assertThat(DocumentWaivers.parse("[PLACEHOLDER-001] 模板占位符")).isNull(); // sumcheck's own comments
    }

    @Test
    void aWaiverInSumcheckYamlByFingerprint() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Path in = FixtureWriter.writeDocx(folder.resolve("c.docx"), LINES.stream()
                .map(l -> l.replace(" //comment: sumcheck: 忽略 PLACEHOLDER-001（次数待年底统计后补）", "")).toList());
        FileResult plain = RealChecker.get().check(in, in.toString());
        Finding target = plain.findings().stream().filter(f -> f.excerpt().contains("专题研讨")).findFirst().orElseThrow();
        String fp = org.sumcheck.report.Fingerprint.of(in.toString(), target);
        Files.writeString(folder.resolve("sumcheck.yaml"), "waivers:\n  - fingerprint: " + fp
                + "\n    reason: 研讨次数另行上报\n    signed: 张三\n");
        Path json = dir.resolve("r.json");
        org.sumcheck.cli.Main.run("check", "--format", "json", "-o", json.toString(), in.toString());
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        var file = root.get("files").get(0);
        assertThat(file.get("waived")).hasSize(1);
        assertThat(file.get("waived").get(0).get("waiver").get("reason").asText()).isEqualTo("研讨次数另行上报");
        assertThat(file.get("waived").get(0).get("waiver").get("author").asText()).isEqualTo("张三");
        assertThat(file.get("waived").get(0).get("waiver").get("source").asText()).isEqualTo("config");
        assertThat(file.get("waived").get(0).get("fingerprint").asText()).isEqualTo(fp);
        for (var f : file.get("findings")) {
            assertThat(f.get("fingerprint").asText()).isNotEqualTo(fp);
        }
        assertThat(root.get("summary").get("waived").asInt()).isEqualTo(1);
    }
}
