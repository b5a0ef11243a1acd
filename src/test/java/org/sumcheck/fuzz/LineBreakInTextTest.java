package org.sumcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;

/**
 * Found by fuzzing (ExtractionFuzzTest#pdf, crash-0f3daa…, kept as a regression seed that fails without the fix):
 * a PDF whose font maps glyphs to CR/LF gave paragraphs holding line breaks, which the model forbids; each break is
 * now one space (offsets kept) for every format. This test guards the Word side of the same promise, a text element
 * with a raw CR/LF in it (the .docx reader already kept it).
 */
class LineBreakInTextTest {
    private static final TikaExtractor EXTRACTOR = new TikaExtractor();

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    @Test
    void aRawNewlineInsideAWordRunBecomesASpace() throws Exception {
        Path f = dir.resolve("newline.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            doc.createParagraph().createRun().setText("全年学习XX次\r\n开展活动12次。");
            doc.createParagraph().createRun().setText("第二段。");
            doc.write(out);
        }
        Document d = EXTRACTOR.extract(f, ExtractionLimits.DEFAULT);
        assertThat(d.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.matches("(?s).*\\R.*"));
        assertThat(d.paragraphs().get(0).text()).startsWith("全年学习XX次").endsWith("开展活动12次。");
        assertThat(d.paragraphs().get(1).text()).isEqualTo("第二段。");
    }
}
