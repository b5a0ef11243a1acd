package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.SourceFormat;
import org.sumcheck.testkit.FixtureWriter;
import org.sumcheck.testkit.PdfFixture;

class PdfExtractionTest {
    private static final TikaExtractor EXTRACTOR = new TikaExtractor();

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private static final String[] SENTENCES = {
        "支部坚持以习近平新时代中国特色社会主义思想为指导，认真学习贯彻党的二十大精神",
        "全年组织集中学习12次，开展专题研讨4次，撰写心得体会36篇",
        "利用“三会一课”、主题党日等载体，推动理论学习走深走实",
        "结合2024年重点任务，制定了详细的工作台账和责任清单",
        "严格落实民主集中制，完善议事规则和决策程序",
        "使用Microsoft Word 2016和WPS Office两种软件编写材料",
        "针对退休党员行动不便的情况，定期上门送学",
        "党员积分制管理覆盖全体党员，做到奖惩分明"};

    /** A report-like document: title, headings, run-in headings, paragraphs of 1–9 sentences, one crossing pages. */
    static List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add("# 某某局党支部2023年党建工作总结和2024年工作打算");
        lines.add("现将支部2023年党建工作情况总结如下：");
        String[] h1 = {"一、强化政治理论学习，确保航向不偏移", "二、强化组织功能，建设坚强战斗堡垒", "三、存在问题及下一步打算"};
        String[] h2 = {"（一）", "（二）", "（三）"};
        int k = 0;
        for (String h : h1) {
            lines.add(h);
            for (String m : h2) {
                StringBuilder p = new StringBuilder(m + "抓好重点工作。");
                int n = 1 + (k * 5) % 9;
                for (int i = 0; i < n; i++) {
                    p.append(SENTENCES[(k + i) % SENTENCES.length]).append(i % 3 == 2 ? "；" : "，");
                }
                p.append("取得了明显成效。");
                lines.add(p.toString());
                k++;
            }
        }
        lines.add("一是加强学习。二是严格管理。");
        return lines;
    }

    private static List<String> expected(List<String> spec) {
        return spec.stream().map(s -> s.startsWith("# ") ? s.substring(2) : s).toList();
    }

    private static List<String> texts(Document d) {
        return d.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void wrappedLinesBecomeTheWrittenParagraphsAcrossPageBreaks() throws Exception {
        List<String> spec = report();
        Path f = FixtureWriter.writePdf(dir.resolve("r.pdf"), spec);
        Document d = EXTRACTOR.extract(f, ExtractionLimits.DEFAULT);
        assertThat(d.format()).isEqualTo(SourceFormat.PDF);
        assertThat(d.pages()).isGreaterThanOrEqualTo(2);
        assertThat(texts(d)).containsExactlyElementsOf(expected(spec));
        assertThat(d.paragraphs().get(0).page()).isEqualTo(1);
        assertThat(d.paragraphs().get(d.paragraphs().size() - 1).page()).isEqualTo(d.pages());
        assertThat(String.join("", texts(d))).doesNotContain("- 1 -", "- 2 -");
    }

    @Test
    void withoutIndentOrSpacingTheLineEndsAndMarkersStillSeparateParagraphs() throws Exception {
        List<String> spec = report();
        Path f = FixtureWriter.writePdf(dir.resolve("flat.pdf"), spec, PdfFixture.Options.DEFAULT.withIndent(0));
        assertThat(texts(EXTRACTOR.extract(f, ExtractionLimits.DEFAULT))).containsExactlyElementsOf(expected(spec));
    }

    @Test
    void spacesTheLayoutPutBetweenChineseAndLatinAreRemovedAndLatinWordsKeepTheirs() throws Exception {
        Path f = FixtureWriter.writePdf(dir.resolve("s.pdf"), List.of("及2024年工作计划，使用Microsoft Word 2016编写。"));
        assertThat(texts(EXTRACTOR.extract(f, ExtractionLimits.DEFAULT)))
                .containsExactly("及2024年工作计划，使用Microsoft Word 2016编写。");
    }

    @Test
    void aRunningHeaderAndPageNumbersAreNotBodyText() throws Exception {
        List<String> spec = report();
        Path f = FixtureWriter.writePdf(dir.resolve("h.pdf"), spec,
                PdfFixture.Options.DEFAULT.withRunningHeader("某某局党支部文件"));
        Document d = EXTRACTOR.extract(f, ExtractionLimits.DEFAULT);
        assertThat(d.pages()).isGreaterThanOrEqualTo(2);
        assertThat(texts(d)).containsExactlyElementsOf(expected(spec));
    }

    @Test
    void theUnitNamedUnderTheTitleAndAgainInTheSignatureIsNotARunningHeader() throws Exception {
        // page 1 starts with the title and the unit; the last page ends with the unit signing: two edges, one text
        String unit = "中共某某县市场监督管理局机关支部委员会";
        List<String> spec = new ArrayList<>(report());
        spec.add(1, unit);
        spec.add(unit);
        Path f = FixtureWriter.writePdf(dir.resolve("signed.pdf"), spec);
        Document d = EXTRACTOR.extract(f, ExtractionLimits.DEFAULT);
        assertThat(d.pages()).isGreaterThanOrEqualTo(2);
        assertThat(texts(d)).containsExactlyElementsOf(expected(spec));
    }

    @Test
    void pagesOfOneLineParagraphsStaySeparate() throws Exception {
        List<String> spec = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            spec.add("第" + i + "条：按期召开支部委员会会议。");
        }
        Path f = FixtureWriter.writePdf(dir.resolve("one-liners.pdf"), spec);
        Document d = EXTRACTOR.extract(f, ExtractionLimits.DEFAULT);
        assertThat(d.pages()).isGreaterThanOrEqualTo(3);
        assertThat(texts(d)).containsExactlyElementsOf(spec);
    }

    @Test
    void paragraphSpacingIsAlsoUnderstood() throws Exception {
        List<String> spec = report();
        Path f = FixtureWriter.writePdf(dir.resolve("g.pdf"), spec, PdfFixture.Options.DEFAULT.withParagraphGap(10));
        assertThat(texts(EXTRACTOR.extract(f, ExtractionLimits.DEFAULT))).containsExactlyElementsOf(expected(spec));
    }
}
