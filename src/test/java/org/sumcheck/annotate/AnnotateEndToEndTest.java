package org.sumcheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.baseline.RealChecker;
import org.sumcheck.check.Checker;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.testkit.FixtureWriter;
import org.sumcheck.testkit.PdfFixture;

/**
 * Real findings from the real checker, annotated: the extracted paragraph numbers differ from Word's (blank
 * paragraphs, automatic numbering rendered into the text, a table, a reviewer's comment), yet every comment sits on
 * its finding's words.
 */
class AnnotateEndToEndTest {
    private static Checker checker;
    private static Messages messages;

    @TempDir
    Path dir;

    private static final List<String> LINES = List.of(
            "XX党支部2023年党建工作总结",
            "",
            "[1] 主要工作",
            "全年共开展主题党日XX次，组织党员集中学习*次。 //comment: 请核实",
            "",
            "| 项目 | 上党课X次 |",
            "[1] 存在问题",
            "一是理论学习不深入。三是联系群众不紧密。",
            "[1] 下一步打算",
            "在XX党支部的带领下，持续加强理论武装。");

    @BeforeAll
    static void start() {
        checker = RealChecker.get();
        messages = checker.report(List.of(), List.of()).messages();
    }

    private static List<String> expectedAnchors(List<Finding> findings, String title) {
        List<String> l = new ArrayList<>();
        for (Finding f : Annotations.places(findings)) {
            l.add(f.location().length() == 0 ? title : f.match());
        }
        return l;
    }

    @Test
    void docxCommentsSitOnEveryFindingsWords() throws Exception {
        Path in = FixtureWriter.writeDocx(dir.resolve("总结.docx"), LINES);
        FileResult r = checker.check(in, "总结.docx");
        assertThat(r.isOk()).isTrue();
        assertThat(r.findings()).as("the document has findings").hasSizeGreaterThanOrEqualTo(4);
        Path out = dir.resolve("总结.sumcheck.docx");

        DocxAnnotator.Result result = DocxAnnotator.annotate(in, r.findings(), messages, Lang.ZH, out);

        List<String> expected = expectedAnchors(r.findings(), LINES.get(0));
        assertThat(result.comments()).isEqualTo(expected.size());
        try (InputStream is = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(is)) {
            List<XWPFComment> ours = List.of(doc.getComments()).stream().filter(c -> "sumcheck".equals(c.getAuthor())).toList();
            assertThat(ours).hasSize(expected.size());
            assertThat(doc.getComments()).as("the reviewer's comment is kept").hasSize(expected.size() + 1);
            Map<String, String> anchored = DocxAnnotatorTest.anchoredText(doc);
            List<String> actual = ours.stream().map(c -> anchored.get(c.getId())).toList();
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void pdfHighlightsSitOnEveryFindingsWords() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PdfFixture.CJK_FONT), "no CJK font to write a Chinese PDF");
        List<String> lines = LINES.stream().filter(l -> !l.startsWith("|")).map(l -> l.replace(" //comment: 请核实", ""))
                .map(l -> l.replace("[1] ", "")).toList();
        Path in = FixtureWriter.writePdf(dir.resolve("总结.pdf"), lines);
        FileResult r = checker.check(in, "总结.pdf");
        assertThat(r.isOk()).isTrue();
        List<Finding> spans = r.findings().stream().filter(f -> f.location().length() > 0).toList();
        assertThat(spans).hasSizeGreaterThanOrEqualTo(3);
        Path out = dir.resolve("总结.sumcheck.pdf");

        PdfAnnotator.Result result = PdfAnnotator.annotate(in, r.findings(), messages, Lang.ZH, out);

        int places = Annotations.places(r.findings()).size();
        assertThat(result.highlights() + result.notes()).isEqualTo(places);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<String> texts = new ArrayList<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                texts.addAll(PdfAnnotatorTest.highlightedText(doc, p));
            }
            List<String> expected = Annotations.places(r.findings()).stream().filter(f -> f.location().length() > 0)
                    .map(Finding::match).toList();
            assertThat(texts.stream().map(t -> t.replace(" ", "")).sorted().toList())
                    .isEqualTo(expected.stream().map(t -> t.replace(" ", "")).sorted().toList());
        }
    }
}
