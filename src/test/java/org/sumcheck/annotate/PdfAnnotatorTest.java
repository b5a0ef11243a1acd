package org.sumcheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Location;
import org.sumcheck.render.SampleReports;
import org.sumcheck.report.Category;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Severity;

class PdfAnnotatorTest {
    @TempDir
    Path dir;

    /** Writes one line per string on page 1, the last string on page 2. */
    private Path pdf(PDFontFactory fonts, List<String> page1, String page2) throws IOException {
        Path p = dir.resolve("in.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont font = fonts.font(doc);
            float y = 760;
            PDPage first = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
                for (String line : page1) {
                    write(cs, font, line, 72, y);
                    y -= 24;
                }
            }
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
                write(cs, font, page2, 72, 760);
            }
            doc.save(p.toFile());
        }
        return p;
    }

    private static void write(PDPageContentStream cs, PDFont font, String text, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    interface PDFontFactory {
        PDFont font(PDDocument doc) throws IOException;
    }

    private static Finding f(String match, String excerpt, int page, int paragraph, String suggestion) {
        return new Finding("PLACEHOLDER-001", Category.PLACEHOLDER, Severity.ERROR, null, List.of(match), match, excerpt,
                new Location(paragraph, page, 0, match.length()), suggestion, null, false, null);
    }

    /** Text under each highlight's rectangle, read back from the annotated copy. */
    static List<String> highlightedText(PDDocument doc, int pageIndex) throws IOException {
        PDPage page = doc.getPage(pageIndex);
        List<String> texts = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations()) {
            if (a instanceof PDAnnotationHighlight h) {
                // the appearance handler pads the rectangle; the quad points are the highlighted area
                float[] q = h.getQuadPoints();
                PDFTextStripperByArea s = new PDFTextStripperByArea();
                float top = page.getCropBox().getUpperRightY() - q[1];
                s.addRegion("r", new java.awt.geom.Rectangle2D.Float(q[0], top, q[2] - q[0] - 0.5f, q[1] - q[5]));
                s.extractRegions(page);
                texts.add(s.getTextForRegion("r").strip());
            }
        }
        return texts;
    }

    @Test
    void highlightsEveryFindingWithItsNoteAndLeavesTheOriginal() throws Exception {
        Path in = pdf(doc -> new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                List.of("Annual Report 2023", "We held XX meetings and trained YY members.", "Contact: 12345678"),
                "Plan for XX next year");
        byte[] original = Files.readAllBytes(in);
        List<Finding> findings = List.of(
                f("XX", "We held XX meetings", 1, 1, "fill in the number"),
                f("12345678", "Contact: 12345678", 1, 2, null),
                f("XX", "Plan for XX next year", 2, 3, null),
                new Finding("SECTION-001", Category.SECTION, Severity.ERROR, null, List.of("Problems"), "Problems",
                        "Annual Report 2023", new Location(0, 1, 0, 0), null, null, false, null));
        Path out = dir.resolve("out.pdf");

        PdfAnnotator.Result result = PdfAnnotator.annotate(in, findings, SampleReports.messages(), Lang.EN, out);

        assertThat(result).isEqualTo(new PdfAnnotator.Result(3, 1));
        assertThat(Files.readAllBytes(in)).isEqualTo(original);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<PDAnnotation> p1 = doc.getPage(0).getAnnotations();
            assertThat(p1.stream().filter(a -> a instanceof PDAnnotationHighlight)).hasSize(2);
            assertThat(p1.stream().filter(a -> a instanceof PDAnnotationText)).hasSize(1);
            assertThat(doc.getPage(1).getAnnotations()).hasSize(1).allMatch(a -> a instanceof PDAnnotationHighlight);
            assertThat(highlightedText(doc, 0)).containsExactlyInAnyOrder("XX", "12345678");
            assertThat(highlightedText(doc, 1)).containsExactly("XX");
            PDAnnotation first = p1.stream().filter(a -> a instanceof PDAnnotationHighlight).findFirst().orElseThrow();
            assertThat(first.getContents()).isEqualTo("[PLACEHOLDER-001] Template placeholder \"XX\" was never filled in\n"
                    + "Suggestion: fill in the number");
            assertThat(((PDAnnotationHighlight) first).getTitlePopup()).isEqualTo("sumcheck");
            assertThat(((PDAnnotationHighlight) first).getQuadPoints()).hasSize(8);
        }
    }

    @Test
    void everyPlaceOfAGroupedFindingIsHighlightedOnce() throws Exception {
        Path in = pdf(doc -> new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                List.of("Report", "XX committee met; XX committee decided."), "XX committee plans");
        Finding grouped = new Finding("PLACEHOLDER-001", Category.PLACEHOLDER, Severity.ERROR, null, List.of("XX committee"),
                "XX committee", "XX committee met;", new Location(1, 1, 0, 12), null, null, false, null,
                List.of(new Location(1, 1, 18, 12), new Location(2, 2, 0, 12)));
        Path out = dir.resolve("out.pdf");
        assertThat(PdfAnnotator.annotate(in, List.of(grouped), SampleReports.messages(), Lang.EN, out))
                .isEqualTo(new PdfAnnotator.Result(3, 0));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getPage(0).getAnnotations()).hasSize(2);
            float[] a = ((PDAnnotationHighlight) doc.getPage(0).getAnnotations().get(0)).getQuadPoints();
            float[] b = ((PDAnnotationHighlight) doc.getPage(0).getAnnotations().get(1)).getQuadPoints();
            assertThat(a[0]).as("two different spots").isNotEqualTo(b[0]);
            assertThat(highlightedText(doc, 0)).containsExactly("XX committee", "XX committee");
            assertThat(highlightedText(doc, 1)).containsExactly("XX committee");
        }
    }

    static Optional<File> cjkFont() {
        return List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
                        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
                .stream().map(File::new).filter(File::isFile).findFirst();
    }

    @Test
    void findsChineseWordsAcrossLayoutSpaces() throws Exception {
        Optional<File> ttc = cjkFont();
        Assumptions.assumeTrue(ttc.isPresent(), "no CJK font installed to write a Chinese PDF");
        Path in = pdf(doc -> {
            TrueTypeCollection c = new TrueTypeCollection(ttc.get());
            TrueTypeFont[] first = new TrueTypeFont[1];
            c.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return PDType0Font.load(doc, first[0], true);
        }, List.of("2023年党建工作总结", "全年共开展主题党日 XX 次，组织党员学习"), "下一步要在 2024 年完成XX项任务");
        List<Finding> findings = List.of(
                f("XX", "全年共开展主题党日XX次，组织党员学习", 1, 1, "填写实际次数"),
                f("2024年", "下一步要在2024年完成", 2, 2, null));
        Path out = dir.resolve("out.pdf");
        assertThat(PdfAnnotator.annotate(in, findings, SampleReports.messages(), Lang.ZH, out))
                .isEqualTo(new PdfAnnotator.Result(2, 0));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(highlightedText(doc, 0)).containsExactly("XX");
            assertThat(highlightedText(doc, 1).get(0).replace(" ", "")).isEqualTo("2024年");
            assertThat(doc.getPage(0).getAnnotations().get(0).getContents()).contains("模板占位符“XX”", "建议：填写实际次数");
        }
    }
}
