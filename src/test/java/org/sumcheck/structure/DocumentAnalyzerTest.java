package org.sumcheck.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.SourceFormat;

class DocumentAnalyzerTest {
    static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer(StructureVocabulary.load(Path.of("rules/data")));

    static AnalyzedDocument analyze(String text) {
        return ANALYZER.analyze(Document.ofLines(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "党支部2023年党建工作总结和2024年工作打算 | summary+plan | 2023 | 2024",
            "XX党委（党组）2023年度党建工作总结及2024年党建工作计划 | summary+plan | 2023 | 2024",
            "2023年市水利局机关党委党建工作总结 | summary | 2023 | -",
            "2023年工作情况总结 | summary | 2023 | -",
            "2024年党建工作计划 | plan | - | 2024",
            "2024年党建工作要点 | work-points | - | 2024",
            "2024年上半年工作总结 | half-year | 2024 | -",
            "2024年第三季度工作总结 | quarterly | 2024 | -",
            "2023年度党支部书记抓基层党建工作述职报告 | duty-report | 2023 | -",
            "党支部书记抓基层党建工作述职报告 | duty-report | - | -",
            "关于开展志愿服务的通知 | unknown | - | -"})
    void kindAndYearsFromTheTitle(String title, String kind, Integer report, Integer plan) {
        AnalyzedDocument a = analyze(title);
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.kind().id()).isEqualTo(kind);
        assertThat(a.reportYear()).isEqualTo(report);
        assertThat(a.planYear()).isEqualTo(plan);
        assertThat(a.titleHasYear()).isEqualTo(report != null || plan != null);
    }

    @Test
    void yearsComeFromTheOpeningWhenTheTitleHasNone() {
        AnalyzedDocument a = analyze("党支部党建工作总结\n2019年以来，支部持续加强建设。现将2023年度党建工作情况报告如下：\n一、主要工作");
        assertThat(a.kind().id()).isEqualTo("summary");
        assertThat(a.titleHasYear()).isFalse();
        assertThat(a.reportYear()).isEqualTo(2023);
    }

    @Test
    void aSummaryWithADatedPlanPartStaysASummaryWhosePlanPartIsForTheNextYear() {
        // its title promises no plan (planYear null); the 2024年工作计划 part is still about 2024 for the year checks
        AnalyzedDocument a = analyze("2023年市水利局机关党委党建工作总结\n一、主要工作开展情况\n二、存在的主要问题\n三、2024年工作计划");
        assertThat(a.kind().id()).isEqualTo("summary");
        assertThat(a.planYear()).isNull();
        assertThat(a.plannedYear()).isEqualTo(2024);
        assertThat(a.parts()).extracting(Part::id).containsExactly("main-work", "problems", "next-steps");
    }

    @Test
    void aTopHeadingOpeningWithTheSameNumeralIsAHeadingButALaterOneIsAList() {
        // 一、一季度工作完成情况 is heading 一; "一、二季度累计…" lists two quarters
        AnalyzedDocument a = analyze("2025年第一季度工作总结\n一、一季度工作完成情况\n（一）就业稳定。\n二、存在的问题\n一是压力大。"
                + "\n三、第二季度工作安排\n一、二季度累计新增就业2600人。");
        assertThat(a.headings()).extracting(Heading::number).containsExactly(1, 1, 2, 3);
    }

    @Test
    void partsStatedInProseOrAsRunInSubHeadings() {
        // the problems in a lead-sentence paragraph; 下一步工作举措 is the plan, not the year's 工作举措
        AnalyzedDocument a = analyze("2023年党建工作总结\n一、强化理论武装\n支部全年集中学习12次。"
                + "\n在肯定成绩的同时，工作中仍存在一些短板：一是学习不深，二是活动单一。\n二、下一步工作举措\n（一）加强学习。");
        assertThat(a.parts()).extracting(Part::id).contains("problems", "next-steps", "main-work");
        // a 述职述廉 report's integrity part as a run-in sub-heading
        AnalyzedDocument d = analyze("2023年度述职述廉报告\n一、履职情况\n（一）抓好业务。全年完成目标任务。"
                + "\n（二）坚守廉洁底线。严格遵守中央八项规定精神。\n二、存在的不足\n一是学习不深。\n三、努力方向\n（一）加强学习。");
        assertThat(d.hasPart("integrity")).isTrue();
        // a plan's guiding thought stated in its opening (以…思想为指导), not under a heading
        AnalyzedDocument g = analyze("2024年党建工作计划\n2024年，支部坚持以习近平新时代中国特色社会主义思想为指导，制定本计划。"
                + "\n一、重点任务\n（一）加强学习。\n二、有关要求\n（一）压实责任。");
        assertThat(g.parts()).extracting(Part::id).contains("guiding", "tasks", "safeguards");
        // "查摆问题12个：" is a list of things done, not an admission of problems
        AnalyzedDocument n = analyze("2023年党建工作总结\n一、强化理论武装\n支部全年集中学习12次。"
                + "\n对照巡察反馈查摆问题12个：已全部整改到位。\n二、下一步工作打算\n（一）加强学习。");
        assertThat(n.hasPart("problems")).isFalse();
    }

    @Test
    void headingsStandaloneAndRunInWithLevelsParentsAndSiblings() {
        AnalyzedDocument a = analyze("""
                2023年工作总结
                一、强化组织功能，建设坚强战斗堡垒
                （一）加强支委班子建设。坚持把制度建设作为强化班子堡垒作用的基石。
                （三）严格组织生活制度。严肃党内政治生活。
                1.认真学习党章。
                （1）集中学习。
                二、存在问题
                一、二季度学习安排不够均衡。
                （一）、学习不够深入
                """);
        List<Heading> hs = a.headings();
        assertThat(hs).extracting(Heading::paragraph).containsExactly(1, 2, 3, 4, 5, 6, 8);
        Heading h1 = hs.get(0);
        assertThat(h1.level()).isEqualTo(1);
        assertThat(h1.title()).isEqualTo("强化组织功能，建设坚强战斗堡垒");
        assertThat(h1.runIn()).isFalse();
        Heading runIn = hs.get(1);
        assertThat(runIn.level()).isEqualTo(2);
        assertThat(runIn.marker()).isEqualTo("（一）");
        assertThat(runIn.title()).isEqualTo("加强支委班子建设");
        assertThat(runIn.runIn()).isTrue();
        assertThat(runIn.parent()).isEqualTo(1);
        Heading third = hs.get(2);
        assertThat(third.number()).isEqualTo(3);
        assertThat(third.previousNumber()).isEqualTo(1);
        assertThat(hs.get(3).level()).isEqualTo(3);
        assertThat(hs.get(3).parent()).isEqualTo(3);
        assertThat(hs.get(4).level()).isEqualTo(4);
        assertThat(hs.get(5).previousNumber()).isEqualTo(1);
        Heading extra = hs.get(6);
        assertThat(extra.style()).isEqualTo(MarkerStyle.CHINESE_PAREN_EXTRA);
        assertThat(extra.parent()).isEqualTo(6);
        assertThat(extra.first()).isTrue();
    }

    @Test
    void styledHeadingsTakeTheirNumberFromTheText() {
        List<Paragraph> ps = List.of(Paragraph.of(0, "2023年工作总结"), new Paragraph(1, "主要工作", 0, 1),
                new Paragraph(2, "一、加强学习", 0, 2), new Paragraph(3, "存在问题", 0, 1));
        AnalyzedDocument a = ANALYZER.analyze(new Document(ps, 0, SourceFormat.DOCX, false, List.of()));
        assertThat(a.headings()).extracting(Heading::level).containsExactly(0, 1, 0);
        assertThat(a.headings()).extracting(Heading::style)
                .containsExactly(MarkerStyle.NONE, MarkerStyle.CHINESE_COMMA, MarkerStyle.NONE);
        assertThat(a.headings().get(1).number()).isEqualTo(1);
        assertThat(a.parts()).extracting(Part::id).contains("main-work", "problems");
    }

    @Test
    void enumerationsRunInsideAndAcrossParagraphsOfOnePassage() {
        AnalyzedDocument a = analyze("""
                2023年工作总结
                二、存在的主要问题
                一是主动学习意识不强。
                二是党建与业务深度融合不够，统一是前提。
                三、下一步打算
                比如，考核机制不完善。二是保障力度较缺乏。
                针对存在的问题：一是加强组织。二是推动创新。
                """);
        assertThat(a.enumerations()).extracting(Enumeration::marker, Enumeration::paragraph, Enumeration::previousOrdinal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("一是", 2, 0),
                        org.assertj.core.groups.Tuple.tuple("二是", 3, 1),
                        org.assertj.core.groups.Tuple.tuple("二是", 5, 0),
                        org.assertj.core.groups.Tuple.tuple("一是", 6, 0),
                        org.assertj.core.groups.Tuple.tuple("二是", 6, 1));
    }

    @Test
    void yearMentionsKnowTheirRoleRegionAndQuotes() {
        AnalyzedDocument a = analyze("""
                XX党委2023年度党建工作总结及2024年党建工作计划
                1921年建党以来，2019年以来，现将2023年度党建工作情况及2023年党建工作计划报告如下。
                一、工作开展情况
                印发《2023年度党建工作计划》，于2023年7月1日召开大会。
                """);
        List<YearMention> ys = a.years();
        assertThat(ys).extracting(YearMention::year, YearMention::role, YearMention::region, YearMention::quoted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2023, YearRole.REPORT, Region.TITLE, false),
                        org.assertj.core.groups.Tuple.tuple(2024, YearRole.PLAN, Region.TITLE, false),
                        org.assertj.core.groups.Tuple.tuple(1921, YearRole.HISTORY, Region.OPENING, false),
                        org.assertj.core.groups.Tuple.tuple(2019, YearRole.HISTORY, Region.OPENING, false),
                        org.assertj.core.groups.Tuple.tuple(2023, YearRole.REPORT, Region.OPENING, false),
                        org.assertj.core.groups.Tuple.tuple(2023, YearRole.PLAN, Region.OPENING, false),
                        org.assertj.core.groups.Tuple.tuple(2023, YearRole.PLAN, Region.CLOSING, true),
                        org.assertj.core.groups.Tuple.tuple(2023, YearRole.DATE, Region.CLOSING, false));
        assertThat(ys.get(4).reporting()).isTrue();
        YearMention date = ys.get(7);
        assertThat(date.month()).isEqualTo(7);
        assertThat(date.day()).isEqualTo(1);
        assertThat(date.length()).isEqualTo("2023年7月1日".length());
    }

    @Test
    void aHeadingNamingTwoPartsCoversBoth() {
        AnalyzedDocument a = analyze("""
                党支部2023年党建工作总结和2024年工作打算
                一、强化政治理论学习，确保航向不偏移
                五、存在问题及下一步打算
                针对存在的工作，重点抓好以下几个方面的工作。
                """);
        assertThat(a.parts()).extracting(Part::id).containsExactlyInAnyOrder("problems", "next-steps", "main-work", "tasks");
        assertThat(a.partsOf().get(3)).containsExactlyInAnyOrder("problems", "next-steps");
    }

    @Test
    void anUnnumberedLineNamingAPartRestartsTheNumberingUnderIt() {
        AnalyzedDocument a = analyze("2023年工作总结\n一、加强学习\n二、强化管理\n存在问题\n一、学习不深入\n下一步打算\n一、深化学习");
        assertThat(a.headings()).extracting(Heading::level).containsExactly(1, 1, 0, 1, 0, 1);
        assertThat(a.headings()).extracting(Heading::previousNumber).containsExactly(0, 1, 0, 0, 0, 0);
        assertThat(a.parts()).extracting(Part::id).contains("problems", "next-steps", "main-work");
    }

    @Test
    void aTitleCanTakeTwoLinesWhenTheFirstOnlyNamesTheUnit() {
        AnalyzedDocument a = analyze("中共市水利局机关委员会\n2023年党建工作总结\n现将2023年工作总结如下：\n一、主要工作");
        assertThat(a.title()).isEqualTo("中共市水利局机关委员会2023年党建工作总结");
        assertThat(a.titleParagraph()).isEqualTo(1);
        assertThat(a.kind().id()).isEqualTo("summary");
        assertThat(a.reportYear()).isEqualTo(2023);
        assertThat(a.regions()).startsWith(Region.TITLE, Region.TITLE, Region.OPENING, Region.HEADING);
        assertThat(analyze("关于开展志愿服务的通知\n各支部：现将有关事项通知如下。").title()).isEqualTo("关于开展志愿服务的通知");
    }

    @Test
    void chineseNumerals() {
        assertThat(ChineseNumerals.parse("十二")).isEqualTo(12);
        assertThat(ChineseNumerals.parse("二十三")).isEqualTo(23);
        assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.parse("十十")).isEqualTo(-1);
        assertThat(ChineseNumerals.format(14)).isEqualTo("十四");
        assertThat(ChineseNumerals.parseYear("二〇二三")).isEqualTo(2023);
    }

    // ---------------------------------------------------------------- the genre's structure (issue 11)

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2023年度述职述廉报告 | duty-integrity-report | 2023 | -",
            "2022抓基层党建工作述职报告 | duty-report | 2022 | -",
            "2026年平川县人民政府工作报告 | gov-report | 2025 | 2026",
            "关于全县农村基层党组织建设情况的调研报告 | research-report | - | -",
            "学习党的二十届三中全会精神心得体会 | reflections | - | -",
            "2025年上半年工作总结和下半年工作计划 | half-year | 2025 | 2025",
            "2024年下半年工作总结和2025年工作计划 | half-year | 2024 | 2025",
            "2024年5月份社区党支部工作总结 | monthly | 2024 | -",
            "2024年安全生产专项整治工作总结 | special-summary | 2024 | -",
            "关于开展2024—2026年党员教育培训工作的实施方案 | scheme | - | 2024",
            "2021—2025年党建工作规划 | plan | - | 2021",
            "关于报送2024年度工作总结的通知 | unknown | - | -"})
    void everyKindOfTheTableWithItsPeriods(String title, String kind, Integer report, Integer plan) {
        AnalyzedDocument a = analyze(title + "\n一、主要工作");
        assertThat(a.kind().id()).isEqualTo(kind);
        assertThat(a.reportYear()).isEqualTo(report);
        assertThat(a.planYear()).isEqualTo(plan);
    }

    @Test
    void aSpanIsPlannedForAsAWhole() {
        AnalyzedDocument a = analyze("2021—2025年党建工作规划\n一、重点任务");
        assertThat(a.planYear()).isEqualTo(2021);
        assertThat(a.planYearTo()).isEqualTo(2025);
    }

    @Test
    void aSpeechStyleDocumentIsASpeechAndTheUnknownKindRequiresNothing() {
        AnalyzedDocument a = analyze("在全县基层党建工作推进会上的讲话\n同志们：\n一、提高站位");
        assertThat(a.kind().id()).isEqualTo("speech-report");
        assertThat(a.kind().required()).isEmpty();
        AnalyzedDocument b = analyze("2024年党委工作报告\n——在中国共产党平川县第十五次代表大会上\n各位代表：\n一、过去五年的工作");
        assertThat(b.kind().id()).isEqualTo("speech-report");
        assertThat(b.title()).isEqualTo("2024年党委工作报告——在中国共产党平川县第十五次代表大会上");
        assertThat(analyze("关于开展志愿服务的通知\n一、存在问题").kind().required()).isEmpty();
    }

    @Test
    void frontMatterAboveTheTitleIsNeitherTitleNorHeading() {
        AnalyzedDocument a = analyze("本文导读：以下是小编整理的党建工作总结范文，仅供参考。\n【篇一】2024年度机关党支部党建工作总结\n"
                + "【篇二】2024年度乡镇党委党建工作总结\n【篇一】\n2024年度机关党支部党建工作总结\n现将全年工作总结如下：\n一、主要工作\n二、存在问题");
        assertThat(a.title()).isEqualTo("2024年度机关党支部党建工作总结");
        assertThat(a.titleParagraph()).isEqualTo(4);
        assertThat(a.regions()).startsWith(Region.FRONT, Region.FRONT, Region.FRONT, Region.FRONT, Region.TITLE, Region.OPENING);
        assertThat(a.headings()).extracting(Heading::marker).containsExactly("一、", "二、");
    }

    @Test
    void aMarkerContinuingItsSequenceIsAHeadingWhateverItsTextStartsWith() {
        AnalyzedDocument a = analyze("2024年工作总结\n一、一心一意抓学习\n（一）健全制度\n（二）丰富形式\n二、二十四小时服务群众\n（一）结对帮扶");
        assertThat(a.headings()).extracting(Heading::marker).containsExactly("一、", "（一）", "（二）", "二、", "（一）");
        assertThat(a.headings()).extracting(Heading::previousNumber).containsExactly(0, 0, 1, 1, 0);
        // a numeral range of periods is body text, not a heading
        assertThat(analyze("2024年工作总结\n一、二季度完成了全部任务。").headings()).isEmpty();
    }

    @Test
    void nDotBeforeAYearContinuesItsListAndADecimalIsNoMarker() {
        StringBuilder t = new StringBuilder("2025年工作要点\n一、重点任务\n");
        for (int i = 1; i <= 19; i++) {
            t.append(i).append(".抓好第").append(i).append("项工作。\n");
        }
        t.append("20.2025年底前完成换届。\n");
        AnalyzedDocument a = analyze(t.toString());
        Heading last = a.headings().get(a.headings().size() - 1);
        assertThat(last.marker()).isEqualTo("20.");
        assertThat(last.previousNumber()).isEqualTo(19);
        assertThat(analyze("2024年工作总结\n一、主要工作\n1.5万名党员参加学习。").headings()).hasSize(1);
    }

    @Test
    void itemsNumberedOnAcrossSectionsAreNoGap() {
        AnalyzedDocument a = analyze("2025年工作要点\n一、理论武装\n1.抓学习\n2.抓培训\n二、组织建设\n3.抓支部\n4.抓队伍");
        Heading three = a.headings().get(4);
        assertThat(three.marker()).isEqualTo("3.");
        assertThat(three.previousNumber()).isEqualTo(2);
        assertThat(three.inPlace()).isTrue();
    }

    @Test
    void partsByHeadWordsAtAnyLevelNeverFromALeadIn() {
        AnalyzedDocument a = analyze("2023年工作总结\n一、主要工作\n二、问题与差距分析\n三、2024年工作思路、目标和举措");
        assertThat(a.parts()).extracting(Part::id).contains("main-work", "problems", "next-steps");
        AnalyzedDocument b = analyze("2023年工作总结\n一、主要工作\n二、存在问题和下一步打算\n（一）存在的主要短板\n（二）原因分析\n（三）下一步举措");
        assertThat(b.parts()).extracting(Part::id).contains("problems", "reasons", "next-steps");
        // a topic heading acting on problems names no part; a lead-in ending in ： never does
        AnalyzedDocument c = analyze("2023年工作总结\n一、聚焦突出问题\n（一）解决群众反映的问题\n二、加强建设\n工作目标是：全部达标。");
        assertThat(c.parts()).extracting(Part::id).doesNotContain("problems", "goals");
    }

    @Test
    void causesAnalysedInsideTheProblemsPartAreTheReasons() {
        AnalyzedDocument a = analyze("2023年述职报告\n一、履职情况\n二、存在的问题\n一是学习不够；二是创新不足。究其原因，主要是认识不到位。\n三、下一步打算");
        assertThat(a.parts()).extracting(Part::id).contains("reasons");
        // a cause named outside the problems part is not the analysis
        assertThat(analyze("2023年述职报告\n一、履职情况\n因工作原因调整分工。\n二、存在的问题\n学习不够。\n三、下一步打算").parts())
                .extracting(Part::id).doesNotContain("reasons");
    }

    @Test
    void theMarkerBreakingItsSiblingsStyleIsTheOddOne() {
        AnalyzedDocument a = analyze("2023年工作总结\n一、主要工作\n1.加强学习\n2、强化管理\n3.改进作风");
        assertThat(a.headings()).filteredOn(Heading::breaksGroupStyle).extracting(Heading::marker).containsExactly("2、");
        AnalyzedDocument b = analyze("2023年工作总结\n一、主要工作\n1、加强学习\n2、强化管理\n3.改进作风");
        assertThat(b.headings()).filteredOn(Heading::oddNonstandard).isEmpty(); // 1、 2、 is NUMBERING-009's
    }

    @Test
    void aQuotedIdiomIsNoEnumeration() {
        AnalyzedDocument a = analyze("2023年工作总结\n一、主要工作\n坚持“一是一、二是二”的作风，三是三的说法不对。");
        assertThat(a.enumerations()).extracting(Enumeration::marker).containsExactly("三是");
    }
}
