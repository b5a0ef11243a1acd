package org.sumcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.check.Checker;
import org.sumcheck.report.BaselineState;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Report;
import org.sumcheck.report.Severity;

/**
 * The CI gate of issue 4 on a real .docx through the real checker: a baseline written from a document lets it pass;
 * adding one placeholder (and a paragraph above everything, moving every paragraph number) yields exactly that one new
 * finding.
 */
class BaselineEndToEndTest {
    private static Checker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        checker = RealChecker.get();
    }

    private static void docx(Path file, List<String> paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(file)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(os);
        }
    }

    private Report check(Path file) {
        return checker.report(List.of(checker.check(file, dir.relativize(file).toString())), List.of());
    }

    @Test
    void onlyTheAddedPlaceholderIsNew() throws Exception {
        List<String> text = List.of(
                "XX党支部2023年党建工作总结",
                "一、主要工作",
                "全年共开展主题党日XX次，组织党员集中学习12次，撰写心得体会30篇。",
                "二、存在问题",
                "理论学习不够深入，联系实际不够紧密。",
                "三、下一步打算",
                "持续加强理论武装，推动党建与业务深度融合。");
        Path doc = dir.resolve("总结.docx");
        docx(doc, text);
        Report before = check(doc);
        assertThat(before.findingCount()).as("the sample has findings to record").isGreaterThanOrEqualTo(2);
        Path baselineFile = dir.resolve(".sumcheck-baseline.json");
        Baseline.write(before, baselineFile);
        assertThat(blocks(Baseline.read(baselineFile).apply(check(doc)), Severity.INFO)).isFalse();

        docx(doc, List.of(text.get(0), "（本文件经支部委员会讨论通过）", text.get(1),
                "全年共开展主题党日XX次，发展党员XX名，组织党员集中学习12次，撰写心得体会30篇。",
                text.get(3), text.get(4), text.get(5), text.get(6)));
        Report after = Baseline.read(baselineFile).apply(check(doc));

        List<Finding> fresh = after.files().get(0).findings().stream()
                .filter(f -> f.baseline() == BaselineState.NEW).toList();
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).excerpt()).contains("发展党员XX名");
        assertThat(fresh.get(0).match()).isEqualTo("XX");
        assertThat(blocks(after, Severity.ERROR)).isTrue();
        assertThat(after.findingCount()).isEqualTo(before.findingCount() + 1);
    }

    /** The one gate (report/Gate) at {@code threshold}: does a new finding send the file back? */
    private static boolean blocks(Report report, Severity threshold) {
        return report.withGate(new org.sumcheck.report.Gate(threshold)).exitStatus() == 1;
    }
}
