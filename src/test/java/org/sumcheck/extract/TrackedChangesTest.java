package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.baseline.RealChecker;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.report.Category;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;

/**
 * A Word file with tracked changes is read as it stands after them: deleted and moved-away text is not there,
 * inserted and moved-to text is. The .docx is written as raw WordprocessingML with w:del / w:ins / w:moveFrom /
 * w:moveTo runs, as Word saves a document under review.
 */
class TrackedChangesTest {
    private static final TikaExtractor EXTRACTOR = new TikaExtractor();

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private static final String BODY = ""
            + p(r("2023年党建工作总结"))
            // deleted "XX" replaced by an inserted "12": as it stands, "全年组织集中学习12次。"
            + p(r("全年组织集中学习") + del("XX") + ins("12") + r("次。"))
            // the placeholder only in inserted text is real: "开展主题党日活动X次。"
            + p(r("开展主题党日活动") + ins("X") + r("次。"))
            // a moved paragraph: the old place is gone, the new place counts
            + p(moveFrom("某某同志带头讲党课。"))
            + p(r("支部书记讲党课4次。"))
            + p(moveTo("全体党员参加志愿服务。"))
            // a paragraph deleted as a whole (runs and paragraph mark)
            + "<w:p><w:pPr><w:rPr><w:del w:id=\"9\" w:author=\"审阅人\" w:date=\"2024-01-05T10:00:00Z\"/></w:rPr></w:pPr>"
            + del("请于XX月XX日前报送。") + "</w:p>"
            + p(r("下一步，支部将继续加强理论学习。"));

    @Test
    void deletedAndMovedAwayTextIsNotReadInsertedTextIs() throws Exception {
        Document d = EXTRACTOR.extract(docx(dir.resolve("tracked.docx"), BODY), ExtractionLimits.DEFAULT);
        assertThat(d.paragraphs()).extracting(Paragraph::text).containsExactly(
                "2023年党建工作总结",
                "全年组织集中学习12次。",
                "开展主题党日活动X次。",
                "支部书记讲党课4次。",
                "全体党员参加志愿服务。",
                "下一步，支部将继续加强理论学习。");
    }

    @Test
    void placeholdersAreReportedOnlyWhereTheTextStandsAndExcerptsShowItSo() throws Exception {
        FileResult r = RealChecker.get().check(docx(dir.resolve("tracked-check.docx"), BODY), "tracked-check.docx");
        assertThat(r.error()).isNull();
        List<Finding> placeholders = r.findings().stream().filter(f -> f.category() == Category.PLACEHOLDER).toList();
        // the X inserted by the reviewer is reported; the deleted XX, 某某 (moved away) and XX月XX日 (deleted) are not
        assertThat(placeholders).extracting(Finding::match).containsExactly("X");
        assertThat(placeholders.get(0).excerpt()).contains("开展主题党日活动X次");
        for (Finding f : r.findings()) {
            assertThat(f.excerpt()).as(f.rule()).doesNotContain("XX12", "某某同志", "报送");
        }
    }

    private static String p(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    private static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String del(String text) {
        return "<w:del w:id=\"1\" w:author=\"审阅人\" w:date=\"2024-01-05T10:00:00Z\"><w:r><w:delText xml:space=\"preserve\">"
                + text + "</w:delText></w:r></w:del>";
    }

    private static String ins(String text) {
        return "<w:ins w:id=\"2\" w:author=\"审阅人\" w:date=\"2024-01-05T10:00:00Z\">" + r(text) + "</w:ins>";
    }

    private static String moveFrom(String text) {
        return "<w:moveFrom w:id=\"3\" w:author=\"审阅人\" w:date=\"2024-01-05T10:00:00Z\">" + r(text) + "</w:moveFrom>";
    }

    private static String moveTo(String text) {
        return "<w:moveTo w:id=\"4\" w:author=\"审阅人\" w:date=\"2024-01-05T10:00:00Z\">" + r(text) + "</w:moveTo>";
    }

    /** A minimal .docx: content types, the package relationship and the main part. */
    static Path docx(Path file, String body) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "<w:sectPr/></w:body></w:document>");
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
