package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Document;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.document.Paragraph;
import org.sumcheck.hostile.HostileCorpus;
import org.sumcheck.testkit.FixtureWriter;
import org.sumcheck.testkit.PdfFixture;

/** XML attacks, zip bombs, passwords and limits: refused with a stable code, nothing from outside the file leaks. */
class HostileInputTest {
    private static final TikaExtractor EXTRACTOR = new TikaExtractor();
    private static final String SECRET = "TOP-SECRET-7f3a9c";

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    /** Either the document or the failure, for assertions on both outcomes. */
    private record Outcome(Document document, ExtractionException error) {
        String allText() {
            return document == null ? "" : String.join("\n", document.paragraphs().stream().map(Paragraph::text).toList());
        }
    }

    private static Outcome run(Path f, ExtractionLimits limits) {
        try {
            return new Outcome(EXTRACTOR.extract(f, limits), null);
        } catch (ExtractionException e) {
            return new Outcome(null, e);
        }
    }

    private static Outcome run(Path f) {
        return run(f, ExtractionLimits.DEFAULT);
    }

    @Test
    void anExternalEntityNeverBringsALocalFileIntoTheDocument() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path f = HostileCorpus.xxeDocx(dir.resolve("xxe.docx"), secret);
        Outcome o = run(f);
        assertThat(o.allText()).doesNotContain(SECRET);
        if (o.error() != null) {
            assertThat(o.error().code()).isEqualTo(ErrorCode.CORRUPT);
            assertThat(o.error().getMessage()).doesNotContain(SECRET);
        }
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        Path f = HostileCorpus.billionLaughsDocx(dir.resolve("laughs.docx"));
        Outcome o = run(f);
        assertThat(o.allText()).doesNotContain("lollollollol");
        assertThat(o.error()).isNotNull();
        assertThat(o.error().code()).isIn(ErrorCode.CORRUPT, ErrorCode.TOO_LARGE);
    }

    @Test
    void extremeNestingFailsTheFileNotTheBatch() throws Exception {
        int depth = 200_000;
        Path f = HostileCorpus.deeplyNestedDocx(dir.resolve("nested.docx"), depth);
        Outcome o = run(f);
        if (o.error() != null) {
            assertThat(o.error().code()).isIn(ErrorCode.CORRUPT, ErrorCode.TOO_LARGE);
        } else {
            assertThat(o.allText()).contains("正文第二段。");
        }
        // the extractor still works afterwards
        assertThat(run(FixtureWriter.writeDocx(dir.resolve("after.docx"), List.of("之后的文件。"))).allText())
                .isEqualTo("之后的文件。");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        // document.xml padded with 300 MB of blanks: it deflates ~1000:1, far past POI's minimum inflate ratio
        Path f = HostileCorpus.zipBombDocx(dir.resolve("bomb.docx"), 300L << 20);
        assertThat(Files.size(f)).isLessThan(2_000_000);
        Outcome o = run(f);
        assertThat(o.error()).isNotNull();
        assertThat(o.error().code()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(o.error().getMessage()).contains("zip bomb");
    }

    @Test
    void passwordProtectedFilesAreEncryptedButAnOwnerLockedPdfIsRead() throws Exception {
        Path docx = FixtureWriter.writeDocx(dir.resolve("plain.docx"), List.of("机密内容。"));
        Path lockedDocx = FixtureWriter.encryptDocx(docx, dir.resolve("locked.docx"), "secret");
        assertThat(run(lockedDocx).error().code()).isEqualTo(ErrorCode.ENCRYPTED);

        Path userPdf = FixtureWriter.writePdf(dir.resolve("user.pdf"), List.of("需要密码才能打开。"),
                PdfFixture.Options.DEFAULT.withPasswords("open-me", "owner"));
        assertThat(run(userPdf).error().code()).isEqualTo(ErrorCode.ENCRYPTED);

        Path ownerPdf = FixtureWriter.writePdf(dir.resolve("owner.pdf"), List.of("只限制编辑，打开不需要密码。"),
                PdfFixture.Options.DEFAULT.withPasswords(null, "owner"));
        Outcome o = run(ownerPdf);
        assertThat(o.error()).isNull();
        assertThat(o.allText()).isEqualTo("只限制编辑，打开不需要密码。");
    }

    @Test
    void limitsOnBytesCharactersAndTimeFailWithTheirCodes() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add("第" + (i + 1) + "段：全年开展主题党日活动，组织党员集中学习。");
        }
        Path docx = FixtureWriter.writeDocx(dir.resolve("long.docx"), lines);
        Path pdf = FixtureWriter.writePdf(dir.resolve("long.pdf"), lines.subList(0, 60));
        Path txt = FixtureWriter.writeText(dir.resolve("long.txt"), lines, StandardCharsets.UTF_8);

        ExtractionLimits fewBytes = new ExtractionLimits(1000, 5_000_000, Duration.ofMinutes(1));
        ExtractionLimits fewChars = new ExtractionLimits(100_000_000, 500, Duration.ofMinutes(1));
        ExtractionLimits noTime = new ExtractionLimits(100_000_000, 5_000_000, Duration.ofNanos(1));
        for (Path f : List.of(docx, pdf, txt)) {
            assertThat(run(f, fewBytes).error().code()).as("bytes " + f).isEqualTo(ErrorCode.TOO_LARGE);
            assertThat(run(f, fewChars).error().code()).as("chars " + f).isEqualTo(ErrorCode.TOO_LARGE);
            assertThat(run(f, noTime).error().code()).as("time " + f).isEqualTo(ErrorCode.TIMEOUT);
            assertThat(run(f).error()).as("default " + f).isNull();
        }
    }

    @Test
    void aScanWithoutOcrFailsWithNoTextAndSaysWhatToInstall() throws Exception {
        Path scan = PdfFixture.writeImageOnly(dir.resolve("scan.pdf"), 1);
        try (TikaExtractor noOcr = new TikaExtractor(new TikaExtractor.Options(false, "chi_sim", 0))) {
            noOcr.extract(scan, ExtractionLimits.DEFAULT);
            throw new AssertionError("a scan with OCR switched off must fail");
        } catch (ExtractionException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.NO_TEXT);
        }
        try (TikaExtractor missingModel = new TikaExtractor(new TikaExtractor.Options(true, "zz_missing", 0))) {
            missingModel.extract(scan, ExtractionLimits.DEFAULT);
            throw new AssertionError("a scan without a usable OCR model must fail");
        } catch (ExtractionException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.NO_TEXT);
            assertThat(e.getMessage()).contains("tesseract");
        }
    }

    @Test
    void ocrPageImagesGoUnderTheGivenTempRootAndAreRemoved() throws Exception {
        Path scan = PdfFixture.writeImageOnly(dir.resolve("scan.pdf"), 1);
        try (TikaExtractor probe = new TikaExtractor()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(probe.ocrAvailable(), "tesseract with chi_sim not installed");
        }
        Path root = java.nio.file.Files.createDirectories(dir.resolve("uploads-temp"));
        Path notAFolder = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
        String usual = outcome(scan, null);
        assertThat(outcome(scan, root)).as("with a temp root the scan reads as without").isEqualTo(usual);
        try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(root)) {
            assertThat(left).as("page images removed").isEmpty();
        }
        // the page images really go there: a root that cannot hold them fails the scan
        assertThat(outcome(scan, notAFolder)).isNotEqualTo(usual);
    }

    /** "ok" or the failure code of reading {@code f} with OCR page images under {@code tempRoot}. */
    private static String outcome(Path f, Path tempRoot) {
        try (TikaExtractor x = new TikaExtractor(TikaExtractor.Options.DEFAULT.withTempRoot(tempRoot))) {
            x.extract(f, ExtractionLimits.DEFAULT);
            return "ok";
        } catch (ExtractionException e) {
            return e.code().id();
        }
    }
}
