package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.testkit.FixtureWriter;

/** The signature fast path says what Tika's detector says for PDF and Word, and leaves everything else to it. */
class ContentSniffTest {
    private static final List<String> LINES = List.of("# 2023年度党建工作总结", "一、主要工作", "全年组织集中学习12次。");

    @Test
    void pdfAndWordAreRecognisedAsTikaWould(@TempDir Path dir) throws Exception {
        Path docx = FixtureWriter.writeDocx(dir.resolve("a.bin"), LINES);
        Path pdf = FixtureWriter.writePdf(dir.resolve("b.bin"), LINES);
        assertThat(ContentType.sniff(docx)).isEqualTo(ContentType.DOCX).isEqualTo(tika(docx));
        assertThat(ContentType.sniff(pdf)).isEqualTo(ContentType.PDF).isEqualTo(tika(pdf));
    }

    @Test
    void otherFilesGoToTika(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("c.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("表1").createRow(0).createCell(0).setCellValue("党建");
            wb.write(out);
        }
        Path brokenZip = Files.write(dir.resolve("d.docx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        Path text = Files.writeString(dir.resolve("e.docx"), "一、主要工作", StandardCharsets.UTF_8);
        assertThat(ContentType.sniff(xlsx)).isNull();
        assertThat(ContentType.sniff(brokenZip)).isNull();
        assertThat(ContentType.sniff(text)).isNull();
        assertThat(ContentType.detect(DefaultDetector::new, xlsx)).isEqualTo(tika(xlsx)).isNotEqualTo(ContentType.DOCX);
    }

    private static MediaType tika(Path file) throws Exception {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return new DefaultDetector().detect(in, new Metadata()).getBaseType();
        }
    }
}
