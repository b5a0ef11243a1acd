package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sumcheck.document.Document;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.document.Note;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.SourceFormat;
import org.sumcheck.render.ReportText;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.testkit.FixtureWriter;

/** Plain text in its encodings, and types told by content rather than by name. */
class TextAndTypeTest {
    private static final TikaExtractor EXTRACTOR = new TikaExtractor();
    private static final List<String> LINES = List.of("2023年党建工作总结", "", "一、主要工作", "  全年开展“三会一课”24次。  ");

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private static Document extract(Path f) throws ExtractionException {
        return EXTRACTOR.extract(f, ExtractionLimits.DEFAULT);
    }

    private static List<String> texts(Document d) {
        return d.paragraphs().stream().map(Paragraph::text).toList();
    }

    private static ErrorCode failure(Path f) {
        try {
            extract(f);
        } catch (ExtractionException e) {
            return e.code();
        }
        throw new AssertionError("expected " + f.getFileName() + " to fail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GBK", "GB18030", "UTF-16"})
    void plainTextInEveryCommonEncodingGivesNonBlankLines(String charset) throws Exception {
        Path f = FixtureWriter.writeText(dir.resolve("t-" + charset + ".txt"), LINES, Charset.forName(charset));
        Document d = extract(f);
        assertThat(d.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(texts(d)).containsExactly("2023年党建工作总结", "一、主要工作", "全年开展“三会一课”24次。");
        // UTF-8 and UTF-16 with its byte-order mark name themselves; a legacy encoding is inferred, and said so
        assertThat(d.notes()).isEqualTo(charset.startsWith("UTF") ? List.of()
                : List.of(Note.of("extract.note.encoding", "GB18030")));
    }

    /** Longer than the detector's short-text fallback, so its statistics decide. */
    private static final List<String> REPORT = List.of(
            "2024年度党建工作总结",
            "一、主要工作",
            "今年以来，我们坚持以习近平新时代中国特色社会主义思想为指导，认真落实全面从严治党主体责任，开展主题党日活动XX次。",
            "二、存在问题",
            "学习深度不够，理论联系实际不紧密，个别党员参加组织生活不够积极。");

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutAByteOrderMarkIsReadInItsByteOrder(String charset) throws Exception {
        Path f = Files.write(dir.resolve("nobom-" + charset + ".txt"), String.join("\n", REPORT).getBytes(charset));
        Document d = extract(f);
        assertThat(texts(d)).isEqualTo(REPORT);
        assertThat(d.notes()).containsExactly(Note.of("extract.note.encoding", charset));
    }

    @Test
    void big5IsReadAsBig5NotAsGbkMojibake() throws Exception {
        List<String> traditional = List.of("2024年度黨建工作總結", "一、主要工作",
                "今年以來，我們堅持以習近平新時代中國特色社會主義思想為指導，認真落實全面從嚴治黨主體責任，開展主題黨日活動XX次。",
                "二、存在問題", "學習深度不夠，理論聯繫實際不緊密，個別黨員參加組織生活不夠積極。");
        Path f = Files.write(dir.resolve("big5.txt"), String.join("\r\n", traditional).getBytes("Big5"));
        Document d = extract(f);
        assertThat(texts(d)).isEqualTo(traditional);
        assertThat(d.notes()).containsExactly(Note.of("extract.note.encoding", "Big5"));
    }

    @Test
    void aLongGbkReportIsReadAsGb18030() throws Exception {
        Path f = Files.write(dir.resolve("gbk-report.txt"), String.join("\r\n", REPORT).getBytes("GBK"));
        assertThat(texts(extract(f))).isEqualTo(REPORT);
    }

    @Test
    void japaneseOrWesternLegacyTextFailsWithUnknownEncodingInsteadOfBeingCheckedAsMojibake() throws Exception {
        String japanese = "これは日本語の文章です。会議の議事録を作成しました。".repeat(8);
        assertThat(failure(Files.write(dir.resolve("sjis.txt"), japanese.getBytes("Shift_JIS"))))
                .isEqualTo(ErrorCode.UNKNOWN_ENCODING);
        assertThat(failure(Files.write(dir.resolve("eucjp.txt"), japanese.getBytes("EUC-JP"))))
                .isEqualTo(ErrorCode.UNKNOWN_ENCODING);
        String french = "Café naïve résumé à la crème brûlée, déjà vu. ".repeat(20);
        assertThat(failure(Files.write(dir.resolve("latin1.txt"), french.getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo(ErrorCode.UNKNOWN_ENCODING);
        org.sumcheck.report.FileError error = new org.sumcheck.report.FileError(ErrorCode.UNKNOWN_ENCODING, "");
        assertThat(new ReportText(Messages.builtIn(), Lang.ZH).errorMessage(error)).contains("编码无法识别", "UTF-8");
        assertThat(new ReportText(Messages.builtIn(), Lang.EN).errorMessage(error)).contains("cannot be recognised");
    }

    @Test
    void utf8WithByteOrderMarkAndUtf16LittleEndian() throws Exception {
        byte[] body = "第一段\r\n第二段\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        Path a = Files.write(dir.resolve("bom.txt"), bom);
        assertThat(texts(extract(a))).containsExactly("第一段", "第二段");

        byte[] le = "\uFEFF第一段\n第二段".getBytes(StandardCharsets.UTF_16LE);
        Path b = Files.write(dir.resolve("le.txt"), le);
        assertThat(texts(extract(b))).containsExactly("第一段", "第二段");
    }

    @Test
    void aGbkFileIsNotMistakenForAnotherEncoding() throws Exception {
        Path f = FixtureWriter.writeText(dir.resolve("gbk.txt"),
                List.of("习近平新时代中国特色社会主义思想", "党支部书记抓基层党建工作述职报告"), Charset.forName("GBK"));
        assertThat(texts(extract(f))).containsExactly("习近平新时代中国特色社会主义思想", "党支部书记抓基层党建工作述职报告");
    }

    @Test
    void aPdfNamedDocxIsReadAsPdfWithANote() throws Exception {
        Path f = FixtureWriter.writePdf(dir.resolve("报告（终稿）.docx"), List.of("这是一份PDF文件。"));
        Document d = extract(f);
        assertThat(d.format()).isEqualTo(SourceFormat.PDF);
        assertThat(texts(d)).containsExactly("这是一份PDF文件。");
        assertThat(d.notes()).containsExactly(Note.of("extract.note.mislabelled", "extract.format.pdf", ".docx"));
        assertThat(new ReportText(Messages.builtIn(), Lang.EN).note(d.notes().get(0)))
                .contains("内容为PDF", ".docx", "content is PDF", "the name says .docx");
    }

    @Test
    void aTextFileNamedPdfIsReadAsTextWithANote() throws Exception {
        Path f = FixtureWriter.writeText(dir.resolve("文件 (1).pdf"), List.of("纯文本内容。"), StandardCharsets.UTF_8);
        Document d = extract(f);
        assertThat(d.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(texts(d)).containsExactly("纯文本内容。");
        assertThat(d.notes()).containsExactly(Note.of("extract.note.mislabelled", "extract.format.text", ".pdf"));
        assertThat(new ReportText(Messages.builtIn(), Lang.ZH).note(d.notes().get(0))).contains("纯文本", ".pdf", "plain text");
    }

    @Test
    void aDocxNamedTxtIsReadAsDocx() throws Exception {
        Path f = FixtureWriter.writeDocx(dir.resolve("notes.txt"), List.of("# 标题", "正文。"));
        Document d = extract(f);
        assertThat(d.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(texts(d)).containsExactly("标题", "正文。");
        assertThat(d.notes()).hasSize(1);
    }

    @Test
    void emptyFilesAndFilesWithoutTextAreEmpty() throws Exception {
        assertThat(failure(Files.write(dir.resolve("zero.docx"), new byte[0]))).isEqualTo(ErrorCode.EMPTY);
        assertThat(failure(Files.write(dir.resolve("zero.pdf"), new byte[0]))).isEqualTo(ErrorCode.EMPTY);
        assertThat(failure(Files.writeString(dir.resolve("blank.txt"), "\n   \n\t\n"))).isEqualTo(ErrorCode.EMPTY);
        assertThat(failure(org.sumcheck.testkit.PdfFixture.writeBlank(dir.resolve("blank.pdf"), 2))).isEqualTo(ErrorCode.EMPTY);
    }

    @Test
    void randomBytesUnderADocumentNameAreCorruptAndUnderAnyOtherNameUnsupported() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertThat(failure(Files.write(dir.resolve("noise.docx"), noise))).isEqualTo(ErrorCode.CORRUPT);
        assertThat(failure(Files.write(dir.resolve("noise.pdf"), noise))).isEqualTo(ErrorCode.CORRUPT);
        assertThat(failure(Files.write(dir.resolve("noise.bin"), noise))).isEqualTo(ErrorCode.UNSUPPORTED_TYPE);
    }

    @Test
    void otherFormatsAreUnsupported() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        assertThat(failure(Files.write(dir.resolve("photo.png"), png))).isEqualTo(ErrorCode.UNSUPPORTED_TYPE);
        Path html = Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>");
        assertThat(failure(html)).isEqualTo(ErrorCode.UNSUPPORTED_TYPE);
    }

    @Test
    void truncatedDocxAndPdfAreCorrupt() throws Exception {
        byte[] docx = Files.readAllBytes(FixtureWriter.writeDocx(dir.resolve("full.docx"), List.of("正文内容。")));
        Path cutDocx = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
        assertThat(failure(cutDocx)).isEqualTo(ErrorCode.CORRUPT);

        byte[] pdf = Files.readAllBytes(FixtureWriter.writePdf(dir.resolve("full.pdf"), PdfExtractionTest.report()));
        Path cutPdf = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
        assertThat(failure(cutPdf)).isEqualTo(ErrorCode.CORRUPT);
    }

    @Test
    void aMissingFileIsNotFound() {
        assertThatThrownBy(() -> extract(dir.resolve("nope.docx")))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }
}
