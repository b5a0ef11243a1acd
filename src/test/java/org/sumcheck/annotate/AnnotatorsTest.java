package org.sumcheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Location;
import org.sumcheck.render.SampleReports;
import org.sumcheck.report.Category;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Severity;

class AnnotatorsTest {
    @TempDir
    Path dir;

    @Test
    void picksTheAnnotatorByContentNotName() throws Exception {
        Path docxNamedPdf = dir.resolve("really-a-docx.pdf");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(docxNamedPdf)) {
            doc.createParagraph().createRun().setText("全年共开展主题党日XX次");
            doc.write(os);
        }
        Path pdf = dir.resolve("a.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        Path txt = dir.resolve("a.txt");
        Files.writeString(txt, "XX");
        assertThat(Annotators.kindOf(docxNamedPdf)).contains(Annotators.Kind.DOCX);
        assertThat(Annotators.kindOf(pdf)).contains(Annotators.Kind.PDF);
        assertThat(Annotators.kindOf(txt)).isEmpty();

        Finding f = new Finding("PLACEHOLDER-001", Category.PLACEHOLDER, Severity.ERROR, null, List.of("XX"), "XX",
                "全年共开展主题党日XX次", new Location(0, 0, 9, 2), null, null, false, null);
        Path out = dir.resolve("out").resolve(Annotators.annotatedName(docxNamedPdf.getFileName().toString(), Annotators.Kind.DOCX));
        assertThat(out.getFileName().toString()).isEqualTo("really-a-docx.sumcheck.docx");
        Files.createDirectories(out.getParent());
        assertThat(Annotators.annotate(docxNamedPdf, List.of(f), SampleReports.messages(), Lang.ZH, out))
                .isEqualTo(new Annotators.Outcome(Annotators.Kind.DOCX, 1, 1));
        // a PDF with no text layer (a scan): the finding still gets a note, not a highlight
        assertThat(Annotators.annotate(pdf, List.of(f), SampleReports.messages(), Lang.ZH, dir.resolve("b.pdf")))
                .isEqualTo(new Annotators.Outcome(Annotators.Kind.PDF, 1, 0));
        assertThatThrownBy(() -> Annotators.annotate(txt, List.of(f), SampleReports.messages(), Lang.ZH, dir.resolve("c.txt")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
