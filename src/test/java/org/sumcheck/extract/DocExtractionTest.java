package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.SourceFormat;

/**
 * Word 97–2003 files, from the committed fixtures (see src/test/resources/org/sumcheck/extract/README.md; each
 * is the LibreOffice conversion of the FixtureWriter spec quoted in its test).
 */
class DocExtractionTest {
    private static final TikaExtractor EXTRACTOR = new TikaExtractor();

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private Document extract(String resource) throws Exception {
        Path f = dir.resolve(resource);
        try (InputStream in = DocExtractionTest.class.getResourceAsStream(resource)) {
            Files.copy(in, f);
        }
        return EXTRACTOR.extract(f, ExtractionLimits.DEFAULT);
    }

    private static List<String> texts(Document d) {
        return d.paragraphs().stream().map(Paragraph::text).toList();
    }

    /**
     * From: "# 2023年党建工作总结", "2023年以来，支部认真学习贯彻党的二十大精神。", "## 一、主要工作",
     * "[2]加强理论学习，全年集中学习12次。 //comment: 请核实次数", "[2]夯实组织基础。", "| 项目 | 次数 |",
     * "| 主题党日 | 12 |", "## 二、存在问题", "学习不够深入。 //footnote: 脚注内容", header "页眉文字", footer "页脚文字".
     */
    @Test
    void bodyTextOnlyWithHeadingsNumberingAndTables() throws Exception {
        Document d = extract("sample.doc");
        assertThat(d.format()).isEqualTo(SourceFormat.DOC);
        assertThat(texts(d)).containsExactly(
                "2023年党建工作总结",
                "2023年以来，支部认真学习贯彻党的二十大精神。",
                "一、主要工作",
                "（一）加强理论学习，全年集中学习12次。",
                "（二）夯实组织基础。",
                "项目", "次数", "主题党日", "12",
                "二、存在问题",
                "学习不够深入。");
        assertThat(d.paragraphs()).extracting(Paragraph::headingLevel).startsWith(1, 0, 2);
        assertThat(String.join("", texts(d))).doesNotContain("请核实", "脚注", "页眉", "页脚");
    }

    /** From the spec of DocxExtractionTest.automaticNumberingOnParagraphsIsRenderedAsTheReaderSeesIt. */
    @Test
    void automaticNumberingIsRenderedAsTheReaderSeesIt() throws Exception {
        assertThat(texts(extract("numbered.doc"))).containsExactly(
                "工作总结", "一、主要工作", "（一）加强理论学习", "1.开展专题学习", "2.组织集中研讨", "（1）每月一次",
                "（二）夯实组织基础", "二、存在问题", "（一）学习不够深入", "正文段落没有编号。", "三、下一步打算");
    }

    /** From the spec of DocxExtractionTest.numberingLinkedToHeadingStylesIsRendered. */
    @Test
    void numberingLinkedToHeadingStylesIsRendered() throws Exception {
        Document d = extract("headings.doc");
        assertThat(texts(d)).containsExactly(
                "2024年工作计划", "一、指导思想", "坚持以习近平新时代中国特色社会主义思想为指导。", "二、重点任务",
                "（一）抓好理论武装", "（二）加强组织建设", "三、保障措施", "（一）强化责任落实");
        assertThat(d.paragraphs()).extracting(Paragraph::headingLevel).containsExactly(0, 1, 0, 1, 2, 2, 1, 2);
    }
}
