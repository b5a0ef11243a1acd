package org.sumcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Location;
import org.sumcheck.render.SampleReports;
import org.sumcheck.report.BaselineState;
import org.sumcheck.report.Category;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Fingerprint;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;

class BaselineTest {
    @TempDir
    Path dir;

    private static Finding placeholder(int paragraph, String excerpt) {
        return new Finding("PLACEHOLDER-001", Category.PLACEHOLDER, Severity.ERROR, null, List.of("XX"), "XX", excerpt,
                new Location(paragraph, 0, 9, 2), null, null, false, null);
    }

    private static Finding numbering(int paragraph) {
        return new Finding("NUMBERING-001", Category.NUMBERING, Severity.WARNING, null, List.of(), "（三）", "（三）加强作风建设",
                new Location(paragraph, 0, 0, 3), null, null, false, null);
    }

    private Report report(String path, List<Finding> findings) {
        Report sample = SampleReports.oneFinding();
        FileResult fr = FileResult.ok(path, sample.files().get(0).document(), findings, List.of());
        return sample.withFiles(List.of(fr));
    }

    private static List<BaselineState> states(Report r) {
        List<BaselineState> s = new ArrayList<>();
        r.files().forEach(f -> f.findings().forEach(x -> s.add(x.baseline())));
        return s;
    }

    @Test
    void recordedFindingsAreExistingEvenAfterEditsElsewhere() throws IOException {
        Path doc = dir.resolve("docs/a.docx");
        Report before = report(doc.toString(), List.of(placeholder(16, "全年共开展主题党日XX次，组织党员"), numbering(8)));
        Path file = dir.resolve("sumcheck-baseline.json");
        Baseline.write(before, file);

        // two paragraphs inserted above: every paragraph number moves, the words do not
        Report after = report(doc.toString(), List.of(placeholder(18, "全年共开展主题党日XX次，组织党员"), numbering(10)));
        Report applied = Baseline.read(file).apply(after);
        assertThat(states(applied)).containsOnly(BaselineState.EXISTING);
        assertThat(blocks(applied, Severity.INFO)).isFalse();
        assertThat(newCount(applied)).isZero();
    }

    @Test
    void oneAddedPlaceholderIsExactlyOneNewFinding() throws IOException {
        Path doc = dir.resolve("a.docx");
        Path file = dir.resolve("b.json");
        Baseline.write(report(doc.toString(), List.of(placeholder(16, "全年共开展主题党日XX次，组织党员"), numbering(8))), file);

        Report after = report(doc.toString(), List.of(placeholder(16, "全年共开展主题党日XX次，组织党员"), numbering(8),
                placeholder(20, "共发展党员XX名")));
        Report applied = Baseline.read(file).apply(after);
        assertThat(states(applied)).containsExactly(BaselineState.EXISTING, BaselineState.EXISTING, BaselineState.NEW);
        assertThat(newCount(applied)).isEqualTo(1);
        assertThat(blocks(applied, Severity.ERROR)).isTrue();
        // the warning alone would not fail an error gate
        Report onlyNewWarning = Baseline.read(file).apply(report(doc.toString(), List.of(numbering(8), numbering(9))));
        assertThat(states(onlyNewWarning)).containsExactly(BaselineState.EXISTING, BaselineState.NEW);
        assertThat(blocks(onlyNewWarning, Severity.ERROR)).isFalse();
        assertThat(blocks(onlyNewWarning, Severity.WARNING)).isTrue();
    }

    /** Findings as a rule reports them: every XX in the paragraph, with up to 20 characters either side. */
    private static List<Finding> placeholders(String paragraph, int index) {
        List<Finding> l = new ArrayList<>();
        for (int at = paragraph.indexOf("XX"); at >= 0; at = paragraph.indexOf("XX", at + 2)) {
            String excerpt = paragraph.substring(Math.max(0, at - 20), Math.min(paragraph.length(), at + 22));
            l.add(new Finding("PLACEHOLDER-001", Category.PLACEHOLDER, Severity.ERROR, null, List.of("XX"), "XX", excerpt,
                    new Location(index, 0, at, 2), null, null, false, null));
        }
        return l;
    }

    @Test
    void aPlaceholderAddedNextToARecordedOneIsTheOnlyNewFinding() throws IOException {
        Path doc = dir.resolve("a.docx");
        Path file = dir.resolve("b.json");
        Baseline.write(report(doc.toString(), placeholders("全年共开展主题党日XX次，组织党员集中学习十二次，撰写心得体会三十篇。", 4)), file);

        List<Finding> after = placeholders("全年共开展主题党日XX次，发展党员XX名，组织党员集中学习十二次，撰写心得体会三十篇。", 4);
        assertThat(after).hasSize(2);
        assertThat(after.get(0).excerpt()).as("the recorded one's excerpt changed").contains("发展党员");
        Report applied = Baseline.read(file).apply(report(doc.toString(), after));
        assertThat(states(applied)).containsExactly(BaselineState.EXISTING, BaselineState.NEW);

        // a rewritten sentence with the same words is a different finding
        Report rewritten = Baseline.read(file).apply(report(doc.toString(), placeholders("下一步计划开展XX项专项整治工作。", 4)));
        assertThat(states(rewritten)).containsExactly(BaselineState.NEW);
    }

    @Test
    void contextAgreementCountsTheWordsNextToTheMatch() {
        Baseline.Context then = Baseline.Context.of("全年共开展主题党日XX次，组织党员集中学习", "XX", 9);
        assertThat(then.agreement(Baseline.Context.of("全年共开展主题党日XX次，发展党员XX名", "XX", 9))).isEqualTo(9 + 2);
        assertThat(then.agreement(Baseline.Context.of("开展主题党日XX次，发展党员XX名，组织党员", "XX", 14))).isZero();
        assertThat(then.enough()).isEqualTo(6);
        assertThat(Baseline.Context.of("（三）加强", "（三）", 0).enough()).isEqualTo(1);
    }

    @Test
    void identicalFindingsAreCounted() throws IOException {
        Path doc = dir.resolve("a.docx");
        Path file = dir.resolve("b.json");
        Finding x = placeholder(3, "学习XX次");
        Baseline.write(report(doc.toString(), List.of(x, placeholder(5, "学习XX次"))), file);
        Baseline b = Baseline.read(file);
        assertThat(b.entries()).hasSize(1);
        assertThat(b.entries().get(0).count()).isEqualTo(2);
        assertThat(b.findingCount()).isEqualTo(2);

        Report three = b.apply(report(doc.toString(), List.of(placeholder(3, "学习XX次"), placeholder(5, "学习XX次"),
                placeholder(7, "学习XX次"))));
        assertThat(states(three)).containsExactly(BaselineState.EXISTING, BaselineState.EXISTING, BaselineState.NEW);
    }

    @Test
    void changedWordsOrAnotherFileAreNew() throws IOException {
        Path file = dir.resolve("b.json");
        Baseline.write(report(dir.resolve("a.docx").toString(), List.of(placeholder(16, "全年共开展主题党日XX次"))), file);
        Baseline b = Baseline.read(file);
        assertThat(states(b.apply(report(dir.resolve("a.docx").toString(), List.of(placeholder(16, "全年共开展支部会XX次"))))))
                .containsExactly(BaselineState.NEW);
        assertThat(states(b.apply(report(dir.resolve("c.docx").toString(), List.of(placeholder(16, "全年共开展主题党日XX次"))))))
                .containsExactly(BaselineState.NEW);
        // spaces the PDF layout put into the excerpt do not make a finding new
        assertThat(states(b.apply(report(dir.resolve("a.docx").toString(), List.of(placeholder(16, "全年共开展 主题党日XX次"))))))
                .containsExactly(BaselineState.EXISTING);
    }

    @Test
    void pathsAreRelativeToTheBaselinesDirectorySoAbsoluteAndRelativeInputsAgree() throws IOException {
        Path file = dir.resolve("b.json");
        Baseline.write(report(dir.resolve("docs/a.docx").toString(), List.of(numbering(1))), file);
        String text = Files.readString(file);
        assertThat(text).contains("\"file\": \"docs/a.docx\"").doesNotContain(dir.toString());
        assertThat(Baseline.fileKey(dir.resolve("docs/./a.docx").toString(), dir)).isEqualTo("docs/a.docx");
        assertThat(Baseline.fileKey("upload:a.docx", dir)).isEqualTo("upload:a.docx");
    }

    @Test
    void fileIsSortedStableAndHumanReadable() throws IOException {
        Path file = dir.resolve("b.json");
        Report r = report(dir.resolve("a.docx").toString(), List.of(placeholder(16, "全年共开展主题党日XX次"), numbering(8)));
        Baseline.write(r, file);
        String first = Files.readString(file);
        Baseline.write(r, file);
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(first).contains("\"rule\": \"NUMBERING-001\"", "\"match\": \"XX\"", "全年共开展主题党日XX次");
        assertThat(first.indexOf("NUMBERING-001")).isLessThan(first.indexOf("PLACEHOLDER-001"));
    }

    @Test
    void rejectsFilesThatAreNotBaselines() throws IOException {
        Path bad = dir.resolve("x.json");
        Files.writeString(bad, "{\"files\": []}");
        assertThatThrownBy(() -> Baseline.read(bad)).isInstanceOf(IOException.class).hasMessageContaining("not a sumcheck baseline");
        Files.writeString(bad, "{nope");
        assertThatThrownBy(() -> Baseline.read(bad)).isInstanceOf(IOException.class).hasMessageContaining("invalid JSON");
    }

    @Test
    void fingerprintIgnoresPositionButNotWords() {
        Finding a = placeholder(1, "学习XX次");
        Finding moved = placeholder(40, "学习XX次");
        assertThat(Fingerprint.of("a.docx", a)).isEqualTo(Fingerprint.of("a.docx", moved))
                .isEqualTo(Fingerprint.of(".\\a.docx", moved))
                .hasSize(16)
                .isNotEqualTo(Fingerprint.of("a.docx", placeholder(1, "学习XX名")))
                .isNotEqualTo(Fingerprint.of("b.docx", a));
    }

    /** The one gate (report/Gate) at {@code threshold}: does a new finding send the file back? */
    private static boolean blocks(Report report, Severity threshold) {
        return report.withGate(new org.sumcheck.report.Gate(threshold)).exitStatus() == 1;
    }

    private static long newCount(Report report) {
        return report.files().stream().flatMap(f -> f.findings().stream())
                .filter(f -> f.baseline() != BaselineState.EXISTING).count();
    }
}
