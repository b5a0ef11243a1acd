package org.sumcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.testkit.FixtureWriter;

/** {@code check --against DIR}: last year's submission recycled is found; the archive itself is never reported. */
class AgainstArchiveTest {
    static List<String> summary(String unit, int year, String work, String plan) {
        return new ArrayList<>(List.of(unit + year + "年度党建工作总结",
                year + "年，" + unit + "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，现将有关情况报告如下。",
                "一、主要工作",
                "（一）加强政治建设。全年组织理论学习中心组集中学习十二次，开展专题研讨四次，党员干部撰写心得体会八十余篇，推动学习成果转化为防汛抗旱工作成效。",
                work,
                "二、存在问题",
                "一是理论学习的系统性还不够强，学用结合不够紧密。二是个别支部组织生活质量不高，形式较为单一。",
                "三、下一步工作打算",
                (year + 1) + "年，我们将继续深化理论武装，" + plan));
    }

    @Test
    void lastYearsSubmissionRecycledIsFoundAgainstTheArchive(@TempDir Path tmp) throws Exception {
        Path batch = Files.createDirectories(tmp.resolve("2024"));
        Path archive = Files.createDirectories(tmp.resolve("2023"));
        FixtureWriter.writeDocx(archive.resolve("water.docx"), summary("市水利局机关党委", 2023,
                "（二）服务防汛中心工作。汛期组建党员突击队六支，坚守堤防一线四十余天，转移群众一千二百余人，确保了安全度汛。",
                "围绕河湖长制和水资源保护开展党员责任区创建，推动党建与防汛抗旱深度融合。"));
        FixtureWriter.writePdf(batch.resolve("water.pdf"), summary("市水利局机关党委", 2024,
                "（二）服务供水保障。实施城乡供水一体化工程，新建管网六十公里，惠及群众三万余人。",
                "聚焦幸福河湖建设，组织党员认领河道巡查任务，推动水生态持续改善。"));
        FixtureWriter.writeDocx(batch.resolve("transport.docx"), List.of("市交通运输局机关党委2024年度党建工作总结",
                "一、主要工作",
                "（一）抓实春运党建。在客运站设立党员先锋岗二十个，组织志愿者引导旅客出行，春运四十天安全运送旅客八十余万人次。",
                "二、存在问题", "一是党建与业务融合还不够深，抓手不多。", "三、下一步工作打算", "深化“畅行先锋”品牌建设。"));
        Path out = tmp.resolve("r.json");
        int exit = run("check", "--no-isolate", "-q", "--format", "json", "-o", out.toString(),
                "--against", archive.toString(), batch.toString());
        assertThat(exit).isIn(0, 1);
        JsonNode report = new ObjectMapper().readTree(Files.readString(out));
        assertThat(report.path("files")).hasSize(2); // the archive is compared with, never reported on
        JsonNode water = null;
        for (JsonNode f : report.path("files")) {
            assertThat(f.path("path").asText()).startsWith(batch.toString());
            if (f.path("path").asText().endsWith("water.pdf")) {
                water = f;
            }
        }
        assertThat(water).isNotNull();
        List<JsonNode> copies = new ArrayList<>();
        water.path("findings").forEach(f -> {
            if (f.path("rule").asText().equals("CROSS-001")) {
                copies.add(f);
            }
        });
        assertThat(copies).hasSize(2); // the study paragraph and the problems, recycled from last year
        JsonNode ref = copies.get(0).path("relatedFiles").get(0);
        assertThat(ref.path("path").asText()).isEqualTo(archive.resolve("water.docx").toString());
        assertThat(ref.path("archive").asBoolean()).isTrue();
        assertThat(ref.path("similarity").asDouble()).isGreaterThan(0.9);
        assertThat(ref.path("passage").asText()).contains("理论学习中心组");
        assertThat(ref.path("location").path("paragraph").asInt()).isEqualTo(4);
        assertThat(copies.get(0).path("message").asText()).contains("water.docx");
    }

    @Test
    void theTextReportNamesTheOtherFileAndShowsItsPassage(@TempDir Path tmp) throws Exception {
        Path batch = Files.createDirectories(tmp.resolve("2024"));
        Path archive = Files.createDirectories(tmp.resolve("2023"));
        FixtureWriter.writeDocx(archive.resolve("water.docx"), summary("市水利局机关党委", 2023,
                "（二）服务防汛中心工作。汛期组建党员突击队六支，坚守堤防一线四十余天，转移群众一千二百余人，确保了安全度汛。",
                "围绕河湖长制和水资源保护开展党员责任区创建。"));
        FixtureWriter.writeDocx(batch.resolve("water.docx"), summary("市水利局机关党委", 2024,
                "（二）服务供水保障。实施城乡供水一体化工程，新建管网六十公里，惠及群众三万余人。", "聚焦幸福河湖建设。"));
        Path out = tmp.resolve("r.txt");
        run("check", "--no-isolate", "-q", "-o", out.toString(), "--against", archive.toString(), batch.toString());
        String text = Files.readString(out);
        assertThat(text).contains("CROSS-001").contains("另见 " + archive.resolve("water.docx") + " 第4段（相似度 100%） （往年材料）")
                .contains("全年组织理论学习中心组集中学习十二次");
    }

    @Test
    void anAgainstFolderThatDoesNotExistIsAUsageError(@TempDir Path tmp) throws Exception {
        FixtureWriter.writeDocx(tmp.resolve("a.docx"), summary("市水利局机关党委", 2024, "（二）服务供水保障。", "聚焦幸福河湖建设。"));
        assertThat(run("check", "--no-isolate", "-q", "--against", tmp.resolve("missing").toString(),
                tmp.resolve("a.docx").toString())).isEqualTo(ExitCode.ERROR);
    }

    static synchronized int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.commandLine().execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
