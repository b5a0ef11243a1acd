package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfParagraphBuilderTest {
    /** Lines laid out like a 12-pt A4 page: left margin 72, right margin at 523, pitch 18. */
    private static final class Page {
        final List<PdfLine> lines = new ArrayList<>();
        int page = 1;
        double y = 90;

        Page full(String text) {
            return line(text, 72, 523, 12);
        }

        Page partial(String text, double x1) {
            return line(text, 72, x1, 12);
        }

        Page line(String text, double x0, double x1, double size) {
            lines.add(new PdfLine(page, text, x0, x1, y, size));
            y += size * 1.5;
            return this;
        }

        Page nextPage() {
            page++;
            y = 90;
            return this;
        }
    }

    private static List<String> texts(List<PdfLine> lines) {
        return PdfParagraphBuilder.build(lines, 595).stream().map(PdfParagraphBuilder.Built::text).toList();
    }

    @Test
    void aLineThatReachesTheMarginContinuesItsParagraph() {
        Page p = new Page()
                .full("党的二十大报告中指出，要把基层党组织建设成为有效实现党的领导的坚强战斗堡")
                .full("垒。2023 年以来，局党支部坚持以习近平新时代中国特色社会主义思想为指导，认真")
                .partial("学习贯彻党的二十大精神。", 220)
                .full("第二段从这里开始，写到了行末还没有结束，下一行继续写这一段的内容，直到句")
                .partial("号为止。", 130);
        assertThat(texts(p.lines)).containsExactly(
                "党的二十大报告中指出，要把基层党组织建设成为有效实现党的领导的坚强战斗堡垒。2023年以来，"
                        + "局党支部坚持以习近平新时代中国特色社会主义思想为指导，认真学习贯彻党的二十大精神。",
                "第二段从这里开始，写到了行末还没有结束，下一行继续写这一段的内容，直到句号为止。");
    }

    @Test
    void aHeadingMarkerStartsAParagraphEvenAfterAFullLine() {
        Page p = new Page()
                .partial("一、强化政治理论学习", 300)
                .full("（一）精心组织、合理安排，推动理论学习有效覆盖。把推进基层党组织理论学习作为重")
                .full("要工作牢牢抓在手上，立足基层实际，针对不同领域、不同群体特点，采取切实有效措施。")
                .full("（二）深学细悟、入心见行。坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂，")
                .partial("真正把学习成效转化为实际行动。", 250)
                .partial("1.开展专题学习。", 200)
                .partial("（1）每月一次。", 180);
        assertThat(texts(p.lines)).hasSize(5)
                .startsWith("一、强化政治理论学习")
                .contains("1.开展专题学习。", "（1）每月一次。");
        assertThat(texts(p.lines).get(1)).endsWith("采取切实有效措施。");
    }

    @Test
    void aParagraphSplitByAPageBreakIsRejoinedAndKeepsItsFirstPage() {
        Page p = new Page()
                .partial("标题", 200)
                .full("这一段在第一页的最后一行还没有写完，跨到了下一页，严格落实党的民主集")
                .partial("- 1 -", 310)
                .nextPage()
                .full("中制原则，严格按照集体领导、民主集中、个别酝酿、会议决定的要求，完善议事规则")
                .partial("和决策程序。", 160)
                .partial("- 2 -", 310);
        List<PdfParagraphBuilder.Built> built = PdfParagraphBuilder.build(p.lines);
        assertThat(built).extracting(PdfParagraphBuilder.Built::text).containsExactly(
                "标题",
                "这一段在第一页的最后一行还没有写完，跨到了下一页，严格落实党的民主集中制原则，"
                        + "严格按照集体领导、民主集中、个别酝酿、会议决定的要求，完善议事规则和决策程序。");
        assertThat(built.get(1).page()).isEqualTo(1);
    }

    @Test
    void pageNumbersInEveryCommonShapeAreDropped() {
        for (String number : List.of("- 2 -", "第 1 页", "第1页 共3页", "2", "3 / 7", "Page 4", "— 5 —")) {
            Page p = new Page().partial("正文第一段。", 200).partial(number, 300);
            assertThat(texts(p.lines)).as(number).containsExactly("正文第一段。");
        }
    }

    @Test
    void aRunningHeaderOnEveryPageIsDropped() {
        Page p = new Page()
                .line("某某单位文件", 250, 330, 9).partial("第一页正文。", 200).partial("- 1 -", 300)
                .nextPage()
                .line("某某单位文件", 250, 330, 9).partial("第二页正文。", 200).partial("- 2 -", 300)
                .nextPage()
                .line("某某单位文件", 250, 330, 9).partial("第三页正文。", 200).partial("- 3 -", 300);
        assertThat(texts(p.lines)).containsExactly("第一页正文。", "第二页正文。", "第三页正文。");
    }

    @Test
    void bodyLinesThatDifferOnlyByANumberAreNotARunningHeader() {
        Page p = new Page();
        for (int page = 1; page <= 3; page++) {
            for (int i = 0; i < 4; i++) {
                p.line("第" + (page * 10 + i) + "条：按期召开支部委员会会议。", 96, 400, 12);
            }
            p.partial("- " + page + " -", 300).nextPage();
        }
        assertThat(texts(p.lines)).hasSize(12).allMatch(t -> t.endsWith("会议。"));
    }

    @Test
    void aChangeOfFontSizeOrAWideGapEndsAParagraph() {
        Page p = new Page()
                .line("党支部2023年党建工作总结和2024年工作", 80, 515, 18)
                .line("打算", 280, 316, 18)
                .full("正文第一行写满了整整一行的内容，然后换行继续写，这是一段很长的正文内容啊啊。");
        p.y += 20; // paragraph spacing
        p.full("另一段从这里开始，前一行虽然写满并以句号结束，但段落之间有段后间距，所以分段。");
        p.partial("结束。", 110);
        assertThat(texts(p.lines)).containsExactly(
                "党支部2023年党建工作总结和2024年工作打算",
                "正文第一行写满了整整一行的内容，然后换行继续写，这是一段很长的正文内容啊啊。",
                "另一段从这里开始，前一行虽然写满并以句号结束，但段落之间有段后间距，所以分段。结束。");
    }

    @Test
    void anIndentedLineAfterAFinishedSentenceStartsAParagraph() {
        Page p = new Page()
                .line("第一段首行缩进两个字符，这一段刚好写到行末并以句号结束了整整一行内容。", 96, 523, 12)
                .line("第二段同样缩进两个字符开始，写到这里还没有结束，下一行继续写这一段的内容。", 96, 523, 12)
                .partial("第二段的最后一行。", 200);
        assertThat(texts(p.lines)).hasSize(2);
    }

    @Test
    void withoutGeometryShortLinesAfterASentenceEndTheParagraph() {
        List<PdfLine> ocr = List.of(
                PdfLine.of(1, "党支部 2023 年党建工作总结和 2024 年工作"),
                PdfLine.of(1, "打算"),
                PdfLine.of(1, "党的二十大报告中指出，要“把基层党组织建设成为有效实现党的领导的坚强战斗堡垒”。2023"),
                PdfLine.of(1, "年以来，局党支部坚持以习近平新时代中国特色社会主义思想为指导，认真学习贯彻党的二十大"),
                PdfLine.of(1, "精神。"),
                PdfLine.of(1, "一、强化政治理论学习，确保航向不偏移"),
                PdfLine.of(1, "(一) 精心组织、合理安排，推动理论学习有效覆盖。把推进基层党组织理论学习作为重要工作"),
                PdfLine.of(1, "牢牢抓在手上。"));
        assertThat(texts(ocr)).containsExactly(
                "党支部2023年党建工作总结和2024年工作打算",
                "党的二十大报告中指出，要“把基层党组织建设成为有效实现党的领导的坚强战斗堡垒”。2023年以来，"
                        + "局党支部坚持以习近平新时代中国特色社会主义思想为指导，认真学习贯彻党的二十大精神。",
                "一、强化政治理论学习，确保航向不偏移",
                "(一)精心组织、合理安排，推动理论学习有效覆盖。把推进基层党组织理论学习作为重要工作牢牢抓在手上。");
    }

    @Test
    void aLineLeftShortBecauseTheNextLatinWordDidNotFitIsAWrap() {
        Page p = new Page()
                .partial("严格落实民主集中制，完善议事规则和决策程序，使用", 455)
                .full("Microsoft Word 2016和WPS Office两种软件编写材料，针对退休党员行动不便的情况，定期")
                .partial("上门送学。", 140);
        assertThat(texts(p.lines)).containsExactly(
                "严格落实民主集中制，完善议事规则和决策程序，使用Microsoft Word 2016和WPS Office两种软件编写材料，"
                        + "针对退休党员行动不便的情况，定期上门送学。");
    }

    @Test
    void latinWordsAcrossALineBreakKeepOneSpace() {
        Page p = new Page().full("The plan covers training for new members and").partial("regular reviews.", 200);
        assertThat(texts(p.lines)).containsExactly("The plan covers training for new members and regular reviews.");
    }

    @Test
    void noLinesNoParagraphs() {
        assertThat(PdfParagraphBuilder.build(List.of())).isEmpty();
        assertThat(PdfParagraphBuilder.build(List.of(PdfLine.of(1, "   "), PdfLine.of(1, "- 1 -")))).isEmpty();
    }
}
