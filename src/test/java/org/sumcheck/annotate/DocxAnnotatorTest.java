package org.sumcheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Location;
import org.sumcheck.render.SampleReports;
import org.sumcheck.report.Category;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Severity;

class DocxAnnotatorTest {
    @TempDir
    Path dir;

    private static final String TITLE = "2023年党建工作总结";

    /**
     * A document as authors write it: a title, a blank line, a placeholder split across two differently formatted
     * runs, a second placeholder in the same paragraph, one in a table cell, and a numbering error at a run start.
     */
    private Path sample() throws Exception {
        Path p = dir.resolve("in.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(p)) {
            doc.createParagraph().createRun().setText(TITLE);
            doc.createParagraph();
            doc.createParagraph().createRun().setText("一、主要工作");
            XWPFParagraph body = doc.createParagraph();
            XWPFRun r1 = body.createRun();
            r1.setText("全年共开展主题党日X");
            r1.setBold(true);
            body.createRun().setText("X次，组织党员集中学习XX名。");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("学习XX次");
            doc.createParagraph().createRun().setText("二、存在问题");
            doc.createParagraph().createRun().setText("（三）加强作风建设");
            doc.write(os);
        }
        return p;
    }

    private static Finding f(String rule, Category cat, int paragraph, int offset, String match, String excerpt, String suggestion) {
        return new Finding(rule, cat, Severity.ERROR, null, List.of(match), match, excerpt,
                new Location(paragraph, 0, offset, match.length()), suggestion, null, false, null);
    }

    @Test
    void oneCommentPerFindingAnchoredOnItsWords() throws Exception {
        Path in = sample();
        byte[] original = Files.readAllBytes(in);
        List<Finding> findings = List.of(
                f("PLACEHOLDER-001", Category.PLACEHOLDER, 2, 9, "XX", "全年共开展主题党日XX次，组织党员", "填写实际次数"),
                f("PLACEHOLDER-001", Category.PLACEHOLDER, 2, 20, "XX", "次，组织党员集中学习XX名。", null),
                // extracted with automatic numbering or another order: the index is off, the words decide
                f("PLACEHOLDER-001", Category.PLACEHOLDER, 9, 2, "XX", "学习XX次", null),
                f("NUMBERING-001", Category.NUMBERING, 5, 0, "（三）", "（三）加强作风建设", "（一）"),
                new Finding("SECTION-001", Category.SECTION, Severity.ERROR, null, List.of("下一步打算"), "下一步打算", TITLE,
                        new Location(0, 0, 0, 0), null, null, false, null));
        Path out = dir.resolve("out.docx");

        DocxAnnotator.Result result = DocxAnnotator.annotate(in, findings, SampleReports.messages(), Lang.ZH, out);

        assertThat(result).isEqualTo(new DocxAnnotator.Result(5, 4, 1));
        assertThat(Files.readAllBytes(in)).as("original untouched").isEqualTo(original);
        try (InputStream is = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(is)) {
            XWPFComment[] comments = doc.getComments();
            assertThat(comments).hasSize(findings.size());
            Map<String, String> anchored = anchoredText(doc);
            assertThat(anchored).hasSize(findings.size());
            // comments are written in document order; a whole-document finding sits on the title
            List<String> expected = findings.stream().sorted(Finding.DOCUMENT_ORDER)
                    .map(x -> x.location().length() == 0 ? TITLE : x.match()).toList();
            assertThat(expected).containsExactly(TITLE, "XX", "XX", "（三）", "XX");
            for (int i = 0; i < comments.length; i++) {
                XWPFComment c = comments[i];
                assertThat(c.getAuthor()).isEqualTo("sumcheck");
                assertThat(c.getInitials()).isEqualTo("SC");
                assertThat(anchored.get(c.getId())).as("comment %s", c.getId()).isEqualTo(expected.get(i));
            }
            assertThat(comments[1].getText()).contains("模板占位符“XX”未替换为实际内容", "建议：填写实际次数");
            assertThat(comments[3].getText()).contains("建议：（一）");
            assertThat(comments[0].getText()).contains("缺少“下一步打算”部分");
            // the words are still there, formatting kept: the split-off first X is still bold
            assertThat(doc.getParagraphs().get(3).getText()).isEqualTo("全年共开展主题党日XX次，组织党员集中学习XX名。");
            XWPFRun firstX = doc.getParagraphs().get(3).getRuns().stream().filter(r -> "X".equals(r.text())).findFirst().orElseThrow();
            assertThat(firstX.isBold()).isTrue();
        }
    }

    @Test
    void commentsAreInDistinctPlacesForRepeatedWords() throws Exception {
        Path in = sample();
        Path out = dir.resolve("out.docx");
        DocxAnnotator.annotate(in, List.of(
                f("PLACEHOLDER-001", Category.PLACEHOLDER, 2, 9, "XX", "全年共开展主题党日XX次，组织党员", null),
                f("PLACEHOLDER-001", Category.PLACEHOLDER, 2, 20, "XX", "次，组织党员集中学习XX名。", null)),
                SampleReports.messages(), Lang.EN, out);
        try (InputStream is = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(is)) {
            String xml = doc.getParagraphs().get(3).getCTP().xmlText();
            int first = xml.indexOf("commentRangeStart");
            int second = xml.indexOf("commentRangeStart", first + 1);
            assertThat(second).isGreaterThan(first);
            // text between the two starts includes "次，组织党员集中学习": the comments are on different XX
            assertThat(xml.substring(first, second)).contains("次，组织党员集中学习");
            assertThat(doc.getComments()[0].getText()).startsWith("[PLACEHOLDER-001] Template placeholder");
        }
    }

    @Test
    void everyPlaceOfAGroupedFindingGetsAComment() throws Exception {
        Path in = sample();
        Path out = dir.resolve("out.docx");
        Finding grouped = new Finding("PLACEHOLDER-001", Category.PLACEHOLDER, Severity.ERROR, null, List.of("XX"), "XX",
                "全年共开展主题党日XX次，组织党员", new Location(2, 0, 9, 2), null, null, false, null,
                List.of(new Location(3, 0, 2, 2), new Location(2, 0, 20, 2)));
        DocxAnnotator.Result r = DocxAnnotator.annotate(in, List.of(grouped), SampleReports.messages(), Lang.ZH, out);
        assertThat(r).isEqualTo(new DocxAnnotator.Result(3, 3, 0));
        try (InputStream is = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(is)) {
            assertThat(doc.getComments()).hasSize(3);
            assertThat(anchoredText(doc).values()).containsExactly("XX", "XX", "XX");
            // three different places: two in the body paragraph, one in the table cell
            assertThat(doc.getParagraphs().get(3).getCTP().xmlText().split("commentRangeStart", -1)).hasSize(3);
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getCTP().xmlText())
                    .contains("commentRangeStart");
        }
    }

    @Test
    void keepsAReviewersCommentsAndNumbersOursAfterThem() throws Exception {
        Path in = dir.resolve("reviewed.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(in)) {
            XWPFComment theirs = doc.createComments().createComment(java.math.BigInteger.valueOf(7));
            theirs.setAuthor("审核人");
            theirs.createParagraph().createRun().setText("请核实数字");
            XWPFParagraph p = doc.createParagraph();
            p.getCTP().addNewCommentRangeStart().setId(java.math.BigInteger.valueOf(7));
            p.createRun().setText("全年共开展主题党日XX次");
            p.getCTP().addNewCommentRangeEnd().setId(java.math.BigInteger.valueOf(7));
            p.createRun().getCTR().addNewCommentReference().setId(java.math.BigInteger.valueOf(7));
            doc.write(os);
        }
        Path out = dir.resolve("out.docx");
        DocxAnnotator.annotate(in, List.of(f("PLACEHOLDER-001", Category.PLACEHOLDER, 0, 9, "XX", "全年共开展主题党日XX次", null)),
                SampleReports.messages(), Lang.ZH, out);
        try (InputStream is = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(is)) {
            assertThat(doc.getComments()).extracting(XWPFComment::getAuthor).containsExactly("审核人", "sumcheck");
            assertThat(doc.getComments()[1].getId()).isEqualTo("8");
            Map<String, String> anchored = anchoredText(doc);
            assertThat(anchored.get("7")).isEqualTo("全年共开展主题党日XX次");
            assertThat(anchored.get("8")).isEqualTo("XX");
        }
    }

    @Test
    void refusesToOverwriteTheOriginal() throws Exception {
        Path in = sample();
        assertThatThrownBy(() -> DocxAnnotator.annotate(in, List.of(), SampleReports.messages(), Lang.ZH, in))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Comment id → the text between its commentRangeStart and commentRangeEnd, in the whole body. */
    static Map<String, String> anchoredText(XWPFDocument doc) {
        Map<String, StringBuilder> open = new HashMap<>();
        Map<String, String> done = new LinkedHashMap<>();
        try (XmlCursor c = doc.getDocument().getBody().newCursor()) {
            while (!c.toNextToken().isEnddoc()) {
                if (!c.isStart()) {
                    continue;
                }
                String name = c.getName().getLocalPart();
                String id = c.getAttributeText(new javax.xml.namespace.QName(
                        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "id"));
                switch (name) {
                    case "commentRangeStart" -> open.put(id, new StringBuilder());
                    case "commentRangeEnd" -> done.put(id, open.remove(id).toString());
                    case "t" -> {
                        String t = c.getTextValue();
                        open.values().forEach(b -> b.append(t));
                    }
                    default -> {
                    }
                }
            }
        }
        return done;
    }
}
