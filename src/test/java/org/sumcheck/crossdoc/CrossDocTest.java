package org.sumcheck.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.check.Checker;
import org.sumcheck.check.InputCollector;
import org.sumcheck.check.BatchRunner;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.CrossReference;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;
import org.sumcheck.rules.FindingLimits;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;
import org.sumcheck.testkit.FixtureWriter;

/**
 * The cross-document pass end to end on real .docx and .pdf files written by the tests: copied and lightly edited
 * paragraphs (CROSS-001), a sibling's unit left in the text (CROSS-002), a year that is not the batch's (CROSS-003),
 * and last year's submission recycled (--against).
 */
class CrossDocTest {
    static RuleBase rules;
    static Checker checker;

    @BeforeAll
    static void load() {
        rules = RuleBase.load(Path.of("rules"));
        checker = new Checker(rules, new TikaExtractor(), ExtractionLimits.DEFAULT, FindingLimits.DEFAULT,
                f -> RuleSettings.defaults(), "test", rules.crossPass());
    }

    static final String SHARED = "全年组织理论学习中心组集中学习十二次，开展专题研讨四次，党员干部撰写心得体会八十余篇，推动学习成果转化为防汛抗旱工作成效。";
    static final String EDITED = "全年组织理论学习中心组集中学习十五次，开展专题研讨六次，党员干部撰写心得体会九十余篇，推动学习成果转化为交通运输工作成效。";

    /** A summary of the genre: opening, three parts, standard formulations; {@code body} fills the first part. */
    static List<String> summary(String unit, int year, List<String> body, List<String> problems, String plan) {
        List<String> l = new ArrayList<>();
        l.add(unit + year + "年度党建工作总结");
        l.add(year + "年，" + unit + "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，增强“四个意识”、坚定“四个自信”、做到“两个维护”，现将有关情况报告如下。");
        l.add("一、主要工作");
        l.addAll(body);
        l.add("二、存在问题");
        l.addAll(problems);
        l.add("三、下一步工作打算");
        l.add((year + 1) + "年，我们将继续深化理论武装，严格落实三会一课制度，" + plan);
        return l;
    }

    static List<String> water(int year) {
        return summary("市水利局机关党委", year, List.of(
                "（一）加强政治建设。" + SHARED,
                "（二）强化基层组织建设。严格落实三会一课制度，全年开展主题党日活动十二次，发展党员三名，完成两个党支部的换届选举，支部标准化规范化水平进一步提升。",
                "（三）服务防汛中心工作。汛期组建党员突击队六支，坚守堤防一线四十余天，转移群众一千二百余人，确保了安全度汛。"),
                List.of("一是理论学习的系统性还不够强，学用结合不够紧密。二是个别支部组织生活质量不高，形式较为单一。"),
                "围绕河湖长制和水资源保护开展党员责任区创建，推动党建与防汛抗旱深度融合。");
    }

    static List<String> transport(String copied) {
        List<String> body = new ArrayList<>(List.of(
                "（一）抓实春运党建。在客运站设立党员先锋岗二十个，组织志愿者引导旅客出行，春运四十天安全运送旅客八十余万人次。",
                "（二）推进模范机关创建。开展“一支部一品牌”评选，打造“畅行先锋”等特色品牌三个，评选优秀共产党员十五名。"));
        if (copied != null) {
            body.add(1, "（三）深化理论武装。" + copied);
        }
        return summary("市交通运输局机关党委", 2023, body,
                List.of("一是党建与业务融合还不够深，抓手不多。二是党员教育管理的针对性有待加强。"),
                "深化“畅行先锋”品牌建设，把党员先锋岗延伸到公路养护和城市公交一线。");
    }

    static Report check(Path... dirsOrFiles) {
        return checker.checkAll(InputCollector.collect(List.of(dirsOrFiles)), 2, BatchRunner.Progress.NONE);
    }

    static List<Finding> of(Report r, String nameEnd, String rule) {
        FileResult fr = r.files().stream().filter(f -> f.path().endsWith(nameEnd)).findFirst().orElseThrow();
        assertThat(fr.isOk()).as(fr.path()).isTrue();
        return fr.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aCopiedParagraphIsReportedInBothFilesNamingTheOther(@TempDir Path dir) throws Exception {
        FixtureWriter.writeDocx(dir.resolve("water.docx"), water(2023));
        FixtureWriter.writePdf(dir.resolve("transport.pdf"), transport(SHARED));
        Report r = check(dir);
        List<Finding> inWater = of(r, "water.docx", "CROSS-001");
        List<Finding> inTransport = of(r, "transport.pdf", "CROSS-001");
        assertThat(inWater).hasSize(1);
        assertThat(inTransport).hasSize(1);
        assertThat(inWater.get(0).match()).contains("全年组织理论学习中心组集中学习");
        assertThat(inWater.get(0).relatedFiles()).extracting(CrossReference::path).containsExactly(dir.resolve("transport.pdf").toString());
        CrossReference back = inTransport.get(0).relatedFiles().get(0);
        assertThat(back.path()).isEqualTo(dir.resolve("water.docx").toString());
        assertThat(back.similarity()).isGreaterThan(0.95);
        assertThat(back.passage()).contains("推动学习成果转化为防汛抗旱工作成效");
        assertThat(back.location().paragraph()).isEqualTo(inWater.get(0).location().paragraph());
        assertThat(inWater.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aLightlyEditedCopyIsReportedToo(@TempDir Path dir) throws Exception {
        FixtureWriter.writeDocx(dir.resolve("water.docx"), water(2023));
        FixtureWriter.writeDocx(dir.resolve("transport.docx"), transport(EDITED));
        Report r = check(dir);
        List<Finding> inTransport = of(r, "transport.docx", "CROSS-001");
        assertThat(inTransport).hasSize(1);
        assertThat(inTransport.get(0).match()).contains("交通运输工作成效");
        CrossReference ref = inTransport.get(0).relatedFiles().get(0);
        assertThat(ref.similarity()).isBetween(0.6, 0.99);
        assertThat(of(r, "water.docx", "CROSS-001")).hasSize(1)
                .allSatisfy(f -> assertThat(f.relatedFiles().get(0).path()).endsWith("transport.docx"));
    }

    @Test
    void independentSubmissionsSharingOnlyStandardFormulationsGetNone(@TempDir Path dir) throws Exception {
        FixtureWriter.writeDocx(dir.resolve("water.docx"), water(2023));
        FixtureWriter.writePdf(dir.resolve("transport.pdf"), transport(null));
        FixtureWriter.writeDocx(dir.resolve("finance.docx"), summary("市财政局机关党委", 2023, List.of(
                "（一）加强政治建设。坚持第一议题制度，全年集中学习二十次，围绕预算绩效管理开展专题调研三次，形成调研报告三篇。",
                "（二）锻造过硬队伍。举办财会业务和党务知识培训班四期，培训党员干部三百余人次，评选业务标兵十名。"),
                List.of("一是学习成果转化为财政改革成效的路径还不多。二是青年党员的培养力度需要加大。"),
                "聚焦预算绩效和债务风险防控，开展党员攻坚项目认领，提升财政资金使用效益。"));
        Report r = check(dir);
        for (FileResult f : r.files()) {
            assertThat(f.findings()).as(f.path()).noneMatch(x -> x.rule().startsWith("CROSS-"));
        }
    }

    @Test
    void aSiblingsUnitLeftInTheTextIsReported(@TempDir Path dir) throws Exception {
        FixtureWriter.writeDocx(dir.resolve("water.docx"), water(2023));
        List<String> t = transport(null);
        t.add(4, "市水利局机关党委全年开展党员志愿服务活动十次，慰问困难群众五十余户。");
        FixtureWriter.writePdf(dir.resolve("transport.pdf"), t);
        List<String> f = summary("市财政局机关党委", 2023, List.of(
                "（一）开展联学共建。与市水利局机关党委开展支部联学共建活动两次，互学互鉴，共同提高。"),
                List.of("一是学习成果转化的路径还不多。"), "聚焦财政改革开展党员攻坚项目认领。");
        FixtureWriter.writeDocx(dir.resolve("finance.docx"), f);
        Report r = check(dir);
        List<Finding> found = of(r, "transport.pdf", "CROSS-002");
        assertThat(found).extracting(Finding::match).containsExactly("市水利局机关党委");
        assertThat(found.get(0).relatedFiles()).extracting(CrossReference::path).containsExactly(dir.resolve("water.docx").toString());
        assertThat(found.get(0).suggestion()).isEqualTo("市交通运输局机关党委");
        assertThat(of(r, "finance.docx", "CROSS-002")).isEmpty();
        assertThat(of(r, "water.docx", "CROSS-002")).isEmpty();
    }

    @Test
    void aYearThatIsNotTheBatchsIsAWarning(@TempDir Path dir) throws Exception {
        FixtureWriter.writeDocx(dir.resolve("water.docx"), water(2023));
        FixtureWriter.writePdf(dir.resolve("transport.pdf"), transport(null));
        FixtureWriter.writeDocx(dir.resolve("finance.docx"), summary("市财政局机关党委", 2023,
                List.of("（一）加强政治建设。坚持第一议题制度，全年集中学习二十次。"), List.of("一是学习成果转化的路径还不多。"),
                "聚焦财政改革开展党员攻坚项目认领。"));
        FixtureWriter.writePdf(dir.resolve("agri.pdf"), summary("市农业农村局机关党委", 2022,
                List.of("（一）服务乡村振兴。选派驻村第一书记六名，帮助村集体增收一百余万元。"), List.of("一是基层党建创新不够。"),
                "深化抓党建促乡村振兴，培育农村致富带头人。"));
        Report r = check(dir);
        List<Finding> found = of(r, "agri.pdf", "CROSS-003");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).match()).isEqualTo("2022");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(0).args()).containsExactly("2022", "3", "4", "2023");
        for (String other : List.of("water.docx", "transport.pdf", "finance.docx")) {
            assertThat(of(r, other, "CROSS-003")).as(other).isEmpty();
        }
    }

    @Test
    void twoYearsWithoutAClearMajorityAreNotReported(@TempDir Path dir) throws Exception {
        FixtureWriter.writeDocx(dir.resolve("water.docx"), water(2023));
        FixtureWriter.writeDocx(dir.resolve("water-2022.docx"), water(2022));
        FixtureWriter.writePdf(dir.resolve("transport.pdf"), transport(null));
        Report r = check(dir);
        for (FileResult f : r.files()) {
            assertThat(f.findings()).as(f.path()).noneMatch(x -> x.rule().equals("CROSS-003"));
        }
    }

    @Test
    void oneSubmissionInSeveralFormatsIsNotACopyOfItself(@TempDir Path dir) throws Exception {
        FixtureWriter.writeDocx(dir.resolve("water.docx"), water(2023));
        FixtureWriter.writePdf(dir.resolve("water.pdf"), water(2023));
        Report r = check(dir);
        for (FileResult f : r.files()) {
            assertThat(f.findings()).as(f.path()).noneMatch(x -> x.rule().startsWith("CROSS-"));
        }
    }

    @Test
    void crossdocSettingsInSumcheckYamlApply(@TempDir Path dir) throws Exception {
        FixtureWriter.writeDocx(dir.resolve("water.docx"), water(2023));
        FixtureWriter.writeDocx(dir.resolve("transport.docx"), transport(EDITED));
        Checker strict = new Checker(rules, new TikaExtractor(), ExtractionLimits.DEFAULT, FindingLimits.DEFAULT,
                f -> new RuleSettings(java.util.Set.of(), Map.of(), Map.of(), java.util.Set.of(), Map.of(),
                        Map.of("similarity", "0.99")), "test", rules.crossPass());
        Report r = strict.checkAll(InputCollector.collect(List.of(dir)), 1, BatchRunner.Progress.NONE);
        assertThat(of(r, "transport.docx", "CROSS-001")).isEmpty();
    }
}
