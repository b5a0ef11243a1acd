package org.sumcheck.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sumcheck.testkit.FixtureWriter;
import org.sumcheck.testkit.PdfFixture;

/**
 * Writes the small seed documents of {@link ExtractionFuzzTest} (committed, so that regression runs need no
 * generator): {@code java -cp … org.sumcheck.fuzz.FuzzSeeds src/test/resources/org/sumcheck/fuzz/ExtractionFuzzTestInputs}.
 */
public final class FuzzSeeds {
    private FuzzSeeds() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path docx = Files.createDirectories(root.resolve("docx"));
        Path pdf = Files.createDirectories(root.resolve("pdf"));
        FixtureWriter.writeDocx(docx.resolve("plain.docx"), List.of("2023年党建工作总结", "一、主要工作", "学习XX次。"));
        FixtureWriter.writeDocx(docx.resolve("rich.docx"), List.of("# 2024年工作计划", "[1] 指导思想", "[2] 总体要求",
                "正文 //comment: 批注", "脚注段 //footnote: 注释", "| 项目 | 次数 |", "| 党课 | X次 |"),
                new FixtureWriter.DocxOptions("页眉", "第", true));
        FixtureWriter.writePdf(pdf.resolve("plain.pdf"), List.of("# 2023年党建工作总结", "一、主要工作", "全年组织党员集中学习XX次。"));
        FixtureWriter.writePdf(pdf.resolve("owner-locked.pdf"), List.of("只限制编辑。"),
                PdfFixture.Options.DEFAULT.withPasswords(null, "owner"));
    }
}
