package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.SourceFormat;
import org.sumcheck.testkit.FixtureWriter;

class DocxExtractionTest {
    private static final TikaExtractor EXTRACTOR = new TikaExtractor();

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private Document extract(Path file) throws ExtractionException {
        return EXTRACTOR.extract(file, ExtractionLimits.DEFAULT);
    }

    private static List<String> texts(Document d) {
        return d.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void paragraphsInOrderWithHeadingLevelsAndBlanksDropped() throws Exception {
        Path f = FixtureWriter.writeDocx(dir.resolve("a.docx"), List.of(
                "# 2023年党建工作总结",
                "",
                "2023年以来，支部认真学习贯彻党的二十大精神。",
                "## 一、主要工作",
                "（一）加强理论学习。全年组织集中学习12次。",
                "   ",
                "## 二、存在问题"));
        Document d = extract(f);
        assertThat(d.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(d.ocr()).isFalse();
        assertThat(d.notes()).isEmpty();
        assertThat(texts(d)).containsExactly("2023年党建工作总结", "2023年以来，支部认真学习贯彻党的二十大精神。",
                "一、主要工作", "（一）加强理论学习。全年组织集中学习12次。", "二、存在问题");
        assertThat(d.paragraphs()).extracting(Paragraph::headingLevel).containsExactly(1, 0, 2, 0, 2);
        assertThat(d.paragraphs()).extracting(Paragraph::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(d.paragraphs()).extracting(Paragraph::page).containsOnly(0);
    }

    @Test
    void commentsHeadersAndFootersAreNotBodyText() throws Exception {
        Path f = FixtureWriter.writeDocx(dir.resolve("c.docx"), List.of(
                "工作总结",
                "全年开展主题党日活动12次。 //comment: 请核实次数XX",
                "下一步工作打算。"),
                new FixtureWriter.DocxOptions("某某单位文件（页眉）", "第 页（页脚）", false));
        Document d = extract(f);
        assertThat(texts(d)).containsExactly("工作总结", "全年开展主题党日活动12次。", "下一步工作打算。");
        String all = String.join("\n", texts(d));
        assertThat(all).doesNotContain("请核实", "XX", "Comment", "审阅人", "页眉", "页脚");
    }

    @Test
    void footnotesAndTheirReferenceMarksAreNotBodyText() throws Exception {
        Path f = FixtureWriter.writeDocx(dir.resolve("fn.docx"), List.of(
                "依据上级文件开展工作。 //footnote: 见某某〔2023〕1号文",
                "第二段。"));
        Document d = extract(f);
        assertThat(texts(d)).containsExactly("依据上级文件开展工作。", "第二段。");
    }

    @Test
    void automaticNumberingOnParagraphsIsRenderedAsTheReaderSeesIt() throws Exception {
        Path f = FixtureWriter.writeDocx(dir.resolve("n.docx"), List.of(
                "工作总结",
                "[1]主要工作",
                "[2]加强理论学习",
                "[3]开展专题学习",
                "[3]组织集中研讨",
                "[4]每月一次",
                "[2]夯实组织基础",
                "[1]存在问题",
                "[2]学习不够深入",
                "正文段落没有编号。",
                "[1]下一步打算"));
        assertThat(texts(extract(f))).containsExactly(
                "工作总结",
                "一、主要工作",
                "（一）加强理论学习",
                "1.开展专题学习",
                "2.组织集中研讨",
                "（1）每月一次",
                "（二）夯实组织基础",
                "二、存在问题",
                "（一）学习不够深入",          // restarts when the parent level advances
                "正文段落没有编号。",
                "三、下一步打算");
    }

    @Test
    void numberingLinkedToHeadingStylesIsRendered() throws Exception {
        Path f = FixtureWriter.writeDocx(dir.resolve("h.docx"), List.of(
                "2024年工作计划",
                "# 指导思想",
                "坚持以习近平新时代中国特色社会主义思想为指导。",
                "# 重点任务",
                "## 抓好理论武装",
                "## 加强组织建设",
                "# 保障措施",
                "## 强化责任落实"),
                new FixtureWriter.DocxOptions(null, null, true));
        Document d = extract(f);
        assertThat(texts(d)).containsExactly(
                "2024年工作计划",
                "一、指导思想",
                "坚持以习近平新时代中国特色社会主义思想为指导。",
                "二、重点任务",
                "（一）抓好理论武装",
                "（二）加强组织建设",
                "三、保障措施",
                "（一）强化责任落实");
        assertThat(d.paragraphs()).extracting(Paragraph::headingLevel).containsExactly(0, 1, 0, 1, 2, 2, 1, 2);
    }

    @Test
    void tableCellsAreReadInReadingOrder() throws Exception {
        Path f = FixtureWriter.writeDocx(dir.resolve("t.docx"), List.of(
                "表格前的段落。",
                "| 项目 | 次数 |",
                "| 主题党日 | 12 |",
                "表格后的段落。"));
        assertThat(texts(extract(f))).containsExactly("表格前的段落。", "项目", "次数", "主题党日", "12", "表格后的段落。");
    }

    @Test
    void aDocumentWithoutTextIsEmpty() throws IOException {
        Path f = FixtureWriter.writeDocx(dir.resolve("e.docx"), List.of("", "  ", ""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> extract(f))
                .isInstanceOfSatisfying(ExtractionException.class,
                        e -> assertThat(e.code()).isEqualTo(org.sumcheck.document.ErrorCode.EMPTY));
    }
}
