package org.sumcheck.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.sumcheck.baseline.RealChecker;
import org.sumcheck.check.Checker;
import org.sumcheck.cli.Main;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.testkit.FixtureWriter;

/** {@code sumcheck fix}: suggestions as Word tracked changes, read back by POI and by LibreOffice. */
class DocxFixerTest {
    private static final Instant WHEN = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;

    /** A summary with a wrong year, a broken formulation, a half-width comma, a numbering gap and a placeholder. */
    private Path sample() throws Exception {
        return FixtureWriter.writeDocx(dir.resolve("总结.docx"), List.of(
                "第三党支部2023年党建工作总结",
                "现将第三党支部2022年党建工作总结如下。",
                "一、主要工作",
                "（一）加强理论武装",
                "坚持以习近平新时代中国特色社会主义为指导,全面贯彻党的二十大精神。",
                "（三）抓好作风建设",
                "全年组织集中学习XX次，开展专题研讨4次。",
                "二、存在问题",
                "学习不够深入，联系实际不够紧密。",
                "三、下一步打算",
                "继续加强理论学习，推动工作落实。"));
    }

    private static List<Finding> fixable(FileResult r) {
        return r.findings().stream().filter(DocxFixer::deterministic).toList();
    }

    @Test
    void suggestionsBecomeTrackedChangesAndTheRestComments() throws Exception {
        Path in = sample();
        byte[] original = Files.readAllBytes(in);
        Checker checker = RealChecker.get();
        FileResult before = checker.check(in, "总结.docx");
        List<Finding> fixable = fixable(before);
        assertThat(fixable).extracting(f -> f.category().id())
                .contains("year", "formulation", "punctuation", "numbering");
        Path out = dir.resolve("总结.fixed.docx");

        DocxFixer.Result result = DocxFixer.fix(in, before.findings(), Set.of(),
                checker.report(List.of(before), List.of()).messages(), Lang.ZH, out, WHEN);

        assertThat(Files.readAllBytes(in)).as("original untouched").isEqualTo(original);
        int places = fixable.stream().mapToInt(f -> 1 + f.occurrences().size()).sum();
        assertThat(result.changes()).isEqualTo(places);
        assertThat(result.comments()).isGreaterThanOrEqualTo(1); // the placeholder: nothing to write for the author
        try (InputStream is = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(is)) {
            int dels = 0;
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (CTRunTrackChange d : p.getCTP().getDelList()) {
                    dels++;
                    assertThat(d.getAuthor()).isEqualTo("sumcheck");
                    assertThat(d.getDate().toInstant()).isEqualTo(WHEN);
                    String deleted = d.getRList().get(0).getDelTextList().get(0).getStringValue();
                    CTRunTrackChange ins = p.getCTP().getInsList().get(p.getCTP().getDelList().indexOf(d));
                    assertThat(ins.getAuthor()).isEqualTo("sumcheck");
                    String inserted = ins.getRList().get(0).getTList().get(0).getStringValue();
                    assertThat(fixable).anySatisfy(f -> {
                        assertThat(f.match()).isEqualTo(deleted);
                        assertThat(f.suggestion()).isEqualTo(inserted);
                    });
                }
            }
            assertThat(dels).isEqualTo(result.changes());
            assertThat(doc.getComments()).isNotEmpty();
            assertThat(doc.getComments()[0].getAuthor()).isEqualTo("sumcheck");
        }

        // accept every change as Word would, check again: fewer findings with a suggestion than before
        Path accepted = acceptAll(out, dir.resolve("总结.accepted.docx"));
        FileResult after = checker.check(accepted, "总结.docx");
        assertThat(fixable(after).size()).isLessThan(fixable.size());
        assertThat(fixable(after)).isEmpty();
        assertThat(after.findings().stream().filter(f -> f.category().id().equals("placeholder"))).isNotEmpty();
    }

    @Test
    void rulesLimitWhatIsChanged() throws Exception {
        Path in = sample();
        Checker checker = RealChecker.get();
        FileResult before = checker.check(in, "总结.docx");
        Path out = dir.resolve("only.docx");
        DocxFixer.Result r = DocxFixer.fix(in, before.findings(), Set.of("PUNCTUATION-002"),
                checker.report(List.of(before), List.of()).messages(), Lang.ZH, out, WHEN);
        assertThat(r.changes()).isEqualTo(1);
        assertThat(r.comments()).isZero();
    }

    @Test
    void libreOfficeReadsTheTrackedChanges() throws Exception {
        assumeThat(soffice()).as("LibreOffice (soffice) installed; .ci/run installs it").isNotNull();
        Path in = sample();
        Path out = dir.resolve("fixed.docx");
        assertThat(Main.run("fix", in.toString(), "-o", out.toString())).isZero();
        Path outDir = Files.createDirectories(dir.resolve("lo"));
        Process p = new ProcessBuilder(soffice(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "odt", "--outdir", outDir.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        String content;
        try (ZipFile odt = new ZipFile(outDir.resolve("fixed.odt").toFile())) {
            content = new String(odt.getInputStream(odt.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        // LibreOffice kept every change as a recorded change by sumcheck: a deletion and an insertion each
        assertThat(content).contains("<text:tracked-changes");
        Matcher m = Pattern.compile("<text:changed-region").matcher(content);
        int regions = 0;
        while (m.find()) {
            regions++;
        }
        FileResult before = RealChecker.get().check(in, "总结.docx");
        int places = fixable(before).stream().mapToInt(f -> 1 + f.occurrences().size()).sum();
        assertThat(regions).isEqualTo(2 * places);
        assertThat(content).contains("<dc:creator>sumcheck</dc:creator>", "<text:deletion>", "<text:insertion>");
        assertThat(content).contains("2023年"); // the year as suggested, in the body
    }

    @Test
    void aPdfCannotBeFixedAndSaysSo() throws Exception {
        Path pdf = FixtureWriter.writePdf(dir.resolve("a.pdf"), List.of("2023年党建工作总结", "全年学习XX次。"));
        var err = new ByteArrayOutputStream();
        var old = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("fix", pdf.toString(), "-o", dir.resolve("b.pdf").toString());
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("PDF", "无法", "cannot be fixed");
        assertThat(dir.resolve("b.pdf")).doesNotExist();
    }

    /** Accept all tracked changes: drop every w:del with its runs, keep the runs of every w:ins. */
    static Path acceptAll(Path in, Path out) throws Exception {
        try (ZipFile zip = new ZipFile(in.toFile()); OutputStream os = Files.newOutputStream(out);
             ZipOutputStream zos = new ZipOutputStream(os)) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] data = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    xml = xml.replaceAll("(?s)<w:del\\b[^>]*>.*?</w:del>", "");
                    xml = xml.replaceAll("<w:ins\\b[^>]*>", "").replace("</w:ins>", "");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                zos.putNextEntry(new ZipEntry(e.getName()));
                zos.write(data);
                zos.closeEntry();
            }
        }
        return out;
    }

    static String soffice() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, "soffice"))) {
                return Path.of(p, "soffice").toString();
            }
        }
        return null;
    }
}
