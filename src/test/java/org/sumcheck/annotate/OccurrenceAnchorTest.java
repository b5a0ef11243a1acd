package org.sumcheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.sumcheck.baseline.RealChecker;
import org.sumcheck.check.Checker;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.testkit.FixtureWriter;

/** Comments and highlights land on the occurrence a finding reports, not on the first copy of the same words. */
class OccurrenceAnchorTest {
    private static final String REPEATS = "全年开展主题党日*次，组织学习XX次，走访群众*户，慰问党员XX人。";

    @TempDir
    Path dir;

    /** A summary whose body paragraph holds * twice and XX twice, the first XX split across two runs. */
    private Path repeats() throws Exception {
        Path p = dir.resolve("repeats.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(p)) {
            doc.createParagraph().createRun().setText("2023年党建工作总结");
            doc.createParagraph().createRun().setText("一、主要工作");
            XWPFParagraph body = doc.createParagraph();
            XWPFRun a = body.createRun();
            a.setText("全年开展主题党日*次，组织学习X");
            a.setBold(true);
            body.createRun().setText("X次，走访群众*户，慰问党员XX人。");
            doc.createParagraph().createRun().setText("二、存在问题");
            doc.createParagraph().createRun().setText("学习不够深入。");
            doc.createParagraph().createRun().setText("三、下一步打算");
            doc.createParagraph().createRun().setText("继续加强学习。");
            doc.write(os);
        }
        return p;
    }

    @Test
    void fourPlaceholdersInOneParagraphGetFourCommentsAtFourPlaces() throws Exception {
        Path in = repeats();
        Checker checker = RealChecker.get();
        FileResult r = checker.check(in, "repeats.docx");
        List<Finding> placeholders = r.findings().stream().filter(f -> f.category().id().equals("placeholder")).toList();
        // however the rule groups them, four places are reported
        int places = placeholders.stream().mapToInt(f -> 1 + f.occurrences().size()).sum();
        assertThat(places).isEqualTo(4);
        Report report = checker.report(List.of(r), List.of());
        Path out = dir.resolve("repeats.annotated.docx");
        DocxAnnotator.Result result = DocxAnnotator.annotate(in, placeholders, report.messages(), Lang.ZH, out);
        assertThat(result.comments()).isEqualTo(4);
        assertThat(result.onMatch()).isEqualTo(4);
        try (InputStream is = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(is)) {
            XWPFParagraph body = doc.getParagraphs().get(2);
            assertThat(body.getText()).as("the words are unchanged").isEqualTo(REPEATS);
            Map<String, int[]> spans = spans(body);
            assertThat(spans).hasSize(4);
            List<Integer> starts = spans.values().stream().map(s -> s[0]).sorted().toList();
            assertThat(starts).containsExactly(REPEATS.indexOf('*'), REPEATS.indexOf("XX"),
                    REPEATS.lastIndexOf('*'), REPEATS.lastIndexOf("XX"));
            for (int[] s : spans.values()) {
                String covered = REPEATS.substring(s[0], s[1]);
                assertThat(covered).isIn("*", "XX");
            }
        }
    }

    /** Start and end offset (in the paragraph's text) of every comment range in {@code p}. */
    static Map<String, int[]> spans(XWPFParagraph p) {
        Map<String, int[]> spans = new LinkedHashMap<>();
        int offset = 0;
        try (XmlCursor c = p.getCTP().newCursor()) {
            c.toFirstChild();
            do {
                String name = c.getName().getLocalPart();
                String id = c.getAttributeText(new javax.xml.namespace.QName(
                        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "id"));
                if (name.equals("commentRangeStart")) {
                    spans.put(id, new int[] {offset, -1});
                } else if (name.equals("commentRangeEnd")) {
                    spans.get(id)[1] = offset;
                } else if (name.equals("r")) {
                    offset += RunText.text((CTR) c.getObject()).length();
                }
            } while (c.toNextSibling());
        }
        return spans;
    }

    @Test
    void aRepeatedSentenceInAPdfIsHighlightedWhereTheRepeatIs() throws Exception {
        String sentence = "坚持把党的政治建设摆在首位，教育引导党员干部自觉在思想上政治上行动上同党中央保持高度一致。";
        Path in = FixtureWriter.writePdf(dir.resolve("dup.pdf"), List.of("机关党委2024年党建工作计划", "一、指导思想",
                "（一）加强理论武装。" + sentence + "组织专题读书班2期。", sentence, "二、工作目标", "全面提升组织力。"));
        Checker checker = RealChecker.get();
        FileResult r = checker.check(in, "dup.pdf");
        List<Finding> dups = r.findings().stream().filter(f -> f.category().id().equals("duplicate")).toList();
        assertThat(dups).hasSize(1);
        Path out = dir.resolve("dup.annotated.pdf");
        PdfAnnotator.Result result = PdfAnnotator.annotate(in, dups, checker.report(List.of(r), List.of()).messages(),
                Lang.ZH, out);
        assertThat(result.highlights()).isEqualTo(1);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<PdfAnnotator.PageText> pages = PdfAnnotator.PageText.read(doc);
            String text = pages.get(0).text();
            String squeezed = sentence.replaceAll("\\s+", "");
            int first = text.indexOf(squeezed);
            int second = text.indexOf(squeezed, first + 1);
            assertThat(second).as("two copies on the page").isGreaterThan(first);
            float firstTop = doc.getPage(0).getCropBox().getUpperRightY() - top(pages.get(0).positions(first, 1));
            float secondTop = doc.getPage(0).getCropBox().getUpperRightY() - top(pages.get(0).positions(second, 1));
            List<PDAnnotation> annotations = new ArrayList<>(doc.getPage(0).getAnnotations());
            PDAnnotationHighlight h = (PDAnnotationHighlight) annotations.stream()
                    .filter(a -> a instanceof PDAnnotationHighlight).findFirst().orElseThrow();
            float[] quads = h.getQuadPoints();
            // the first quad's top edge is on the line where the repeat starts, well below the first copy's line
            assertThat(Math.abs(quads[1] - secondTop)).isLessThan(Math.abs(quads[1] - firstTop));
        }
    }

    private static float top(List<TextPosition> positions) {
        return positions.get(0).getYDirAdj() - positions.get(0).getHeightDir();
    }
}
