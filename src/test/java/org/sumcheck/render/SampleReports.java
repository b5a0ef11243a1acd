package org.sumcheck.render;

import java.util.List;
import java.util.Map;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.document.Location;
import org.sumcheck.report.BaselineState;
import org.sumcheck.report.Category;
import org.sumcheck.report.CrossReference;
import org.sumcheck.report.DocumentInfo;
import org.sumcheck.report.FileError;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.report.Report;
import org.sumcheck.report.RuleInfo;
import org.sumcheck.report.Severity;
import org.sumcheck.report.SkippedInput;

/**
 * The reports every format is rendered from in the golden tests (PMD style): empty, one finding, many findings
 * across two files (a suggestion, an OCR finding, a whole-document finding, markup and quotes from the document),
 * and one failed file; a batch with cross-document findings (places in other files, an earlier submission). The rule messages are built here, as the lead's pipeline merges rule bundles at run time.
 */
public final class SampleReports {
    public static final String VERSION = "0.1.0-test";

    public static final List<RuleInfo> RULES = List.of(
            new RuleInfo("SECTION-001", Category.SECTION, Severity.ERROR),
            new RuleInfo("PLACEHOLDER-001", Category.PLACEHOLDER, Severity.ERROR),
            new RuleInfo("YEAR-001", Category.YEAR, Severity.ERROR),
            new RuleInfo("NUMBERING-001", Category.NUMBERING, Severity.WARNING),
            new RuleInfo("DUPLICATE-001", Category.DUPLICATE, Severity.WARNING),
            new RuleInfo("PUNCTUATION-001", Category.PUNCTUATION, Severity.INFO));

    private SampleReports() {
    }

    public static Messages messages() {
        Map<String, String> zh = Map.ofEntries(
                Map.entry("SECTION-001.message", "缺少“{0}”部分"),
                Map.entry("SECTION-001.description", "文档缺少其类型要求的部分"),
                Map.entry("PLACEHOLDER-001.message", "模板占位符“{0}”未替换为实际内容"),
                Map.entry("PLACEHOLDER-001.description", "模板占位符未填写"),
                Map.entry("YEAR-001.message", "正文年份 {0} 与标题年份 {1} 不一致"),
                Map.entry("YEAR-001.description", "正文与标题的年份矛盾"),
                Map.entry("NUMBERING-001.message", "编号“{0}”重复，应为“{1}”"),
                Map.entry("NUMBERING-001.description", "同级标题编号重复、跳号或乱序"),
                Map.entry("DUPLICATE-001.message", "与前文重复的段落"),
                Map.entry("DUPLICATE-001.description", "同一段落重复出现"),
                Map.entry("PUNCTUATION-001.message", "中文句子中使用了半角标点“{0}”"),
                Map.entry("PUNCTUATION-001.description", "中文文本中的半角标点"));
        Map<String, String> en = Map.ofEntries(
                Map.entry("SECTION-001.message", "The part \"{0}\" is missing"),
                Map.entry("SECTION-001.description", "A part the document's kind requires is missing"),
                Map.entry("PLACEHOLDER-001.message", "Template placeholder \"{0}\" was never filled in"),
                Map.entry("PLACEHOLDER-001.description", "Unfilled template placeholder"),
                Map.entry("YEAR-001.message", "The body's year {0} contradicts the title's year {1}"),
                Map.entry("YEAR-001.description", "Body and title years contradict each other"),
                Map.entry("NUMBERING-001.message", "Number \"{0}\" repeats; expected \"{1}\""),
                Map.entry("NUMBERING-001.description", "Heading numbers repeated, skipped or out of order"),
                Map.entry("DUPLICATE-001.message", "This paragraph repeats an earlier one"),
                Map.entry("DUPLICATE-001.description", "The same paragraph appears twice"),
                Map.entry("PUNCTUATION-001.message", "Half-width \"{0}\" inside a Chinese sentence"),
                Map.entry("PUNCTUATION-001.description", "Half-width punctuation in Chinese text"));
        return Messages.builtIn().merge(Messages.of(Map.of(Lang.ZH, zh, Lang.EN, en)));
    }

    static DocumentInfo docA() {
        return new DocumentInfo("2023年党建工作总结和2024年工作打算", "summary+plan", 2023, 2024, 0, 41, "docx", false);
    }

    static DocumentInfo docB() {
        return new DocumentInfo("2024年第三季度工作总结", "quarterly", 2024, null, 3, 27, "pdf", true);
    }

    /** A placeholder finding at paragraph index 16 (shown as 17), with a suggestion. */
    static Finding placeholder() {
        String excerpt = "全年共开展主题党日XX次，组织党员学习";
        return new Finding("PLACEHOLDER-001", Category.PLACEHOLDER, Severity.ERROR, null, List.of("XX"), "XX", excerpt,
                new Location(16, 0, 30, 2), "填写实际次数，如“12次”", null, false, null);
    }

    public static Report empty() {
        return new Report(VERSION, List.of(), RULES, messages());
    }

    public static Report oneFinding() {
        return new Report(VERSION, List.of(FileResult.ok("docs/a.docx", docA(), List.of(placeholder()), List.of())),
                RULES, messages());
    }

    public static Report many() {
        List<Finding> a = List.of(
                new Finding("SECTION-001", Category.SECTION, Severity.ERROR, null, List.of("存在问题"), "存在问题",
                        docA().title(), new Location(0, 0, 0, 0), null, null, false, null),
                new Finding("NUMBERING-001", Category.NUMBERING, Severity.WARNING, null, List.of("（三）", "（二）"), "（三）",
                        "（三）加强<b>作风</b>建设 & “纪律”", new Location(8, 0, 0, 3), "（二）", null, false, null),
                placeholder(),
                new Finding("DUPLICATE-001", Category.DUPLICATE, Severity.WARNING, null, List.of(),
                        "扫码关注公众号,获取更多\"范文\"", "扫码关注公众号,获取更多\"范文\"", new Location(30, 0, 0, 17),
                        null, new Location(12, 0, 0, 17), false, null));
        List<Finding> b = List.of(
                new Finding("YEAR-001", Category.YEAR, Severity.ERROR, null, List.of("2023", "2024"), "2023年",
                        "现将2023年第三季度工作总结如下：", new Location(1, 1, 2, 5), null, null, false, null),
                new Finding("PLACEHOLDER-001", Category.PLACEHOLDER, Severity.ERROR, null, List.of("XX党委"), "XX党委",
                        "在XX党委的坚强领导下", new Location(3, 1, 1, 4), null, null, false, null,
                        List.of(new Location(9, 1, 0, 4), new Location(20, 3, 12, 4))),
                new Finding("PUNCTUATION-001", Category.PUNCTUATION, Severity.INFO, null, List.of(","), ",",
                        "严格落实“三会一课”,认真开展组织生活会", new Location(14, 2, 42, 1), "，", null, true, null));
        return new Report(VERSION, List.of(
                FileResult.ok("docs/a.docx", docA(), a, List.of()),
                FileResult.ok("docs/季度/b.pdf", docB(), b, List.of(org.sumcheck.document.Note.of("文字由 OCR 识别")))), RULES, messages(),
                List.of(new SkippedInput("docs/说明.md", "not-a-document-extension"),
                        new SkippedInput("docs/~$a.docx", "hidden-or-lock-file")));
    }

    public static Report failed() {
        return new Report(VERSION, List.of(FileResult.failed("docs/broken.docx",
                new FileError(ErrorCode.TOO_LARGE, "12000000 chars > 5000000"), List.of())), RULES, messages());
    }

    /** {@link #many()} with a baseline applied by hand: the placeholder is existing, the rest new. */
    public static Report manyWithBaseline() {
        Report r = many();
        return r.withFiles(r.files().stream().map(fr -> fr.withFindings(fr.findings().stream()
                .map(f -> f.withBaseline(f.rule().equals("PLACEHOLDER-001") ? BaselineState.EXISTING : BaselineState.NEW))
                .toList())).toList());
    }

    /** The cross-document rules of {@link #crossBatch()}, after the file rules. */
    public static final List<RuleInfo> CROSS_RULES = List.of(
            new RuleInfo("CROSS-001", Category.DUPLICATE, Severity.WARNING),
            new RuleInfo("CROSS-002", Category.RESIDUE, Severity.ERROR),
            new RuleInfo("CROSS-003", Category.YEAR, Severity.WARNING));

    static Messages crossMessages() {
        Map<String, String> zh = Map.of(
                "CROSS-001.message", "与其他材料的段落相同或相近（相似度 {0}%）",
                "CROSS-001.description", "段落与本批其他材料或往年材料相同或相近",
                "CROSS-002.message", "正文写的是本批另一份材料的单位“{0}”，本文单位是“{1}”",
                "CROSS-002.description", "正文出现本批其他材料的单位",
                "CROSS-003.message", "报告年度 {0} 与本批多数材料的 {1} 不同",
                "CROSS-003.description", "年度与本批多数材料不同");
        Map<String, String> en = Map.of(
                "CROSS-001.message", "This paragraph is the same as, or close to, one in other material ({0} % similar)",
                "CROSS-001.description", "A paragraph alike in another submission of the batch or an earlier one",
                "CROSS-002.message", "The body names \"{0}\", the unit of another submission in the batch; this one is \"{1}\"",
                "CROSS-002.description", "The body names another submission's unit",
                "CROSS-003.message", "Report year {0} differs from the batch's {1}",
                "CROSS-003.description", "A year unlike the batch's majority");
        return messages().merge(Messages.of(Map.of(Lang.ZH, zh, Lang.EN, en)));
    }

    /**
     * A batch of three with cross-document findings: a paragraph of 东湖 copied (lightly edited) into 西湖, and found
     * again in 东湖's own file of last year (the archive); 西湖 also names 东湖's unit; 南湖 is last year's file.
     * Passages carry markup characters, as documents can.
     */
    public static Report crossBatch() {
        String east = "全年组织党员开展志愿服务活动12次，参与群众300余人次，进一步密切了党群干群关系<和谐>。";
        String west = "全年组织党员开展志愿服务活动15次，参与群众200余人次，更加密切了党群干群关系<和谐>。";
        String eastLastYear = "全年组织党员开展志愿服务活动9次，参与群众300余人次，进一步密切了党群干群关系。";
        DocumentInfo info = new DocumentInfo("东湖社区2024年度党建工作总结", "summary", 2024, null, 0, 24, "docx", false);
        Finding eastCopy = new Finding("CROSS-001", Category.DUPLICATE, Severity.WARNING, null, List.of("91"), east, east,
                new Location(6, 0, 0, east.length()), null, null, false, null, List.of(), null,
                List.of(new CrossReference("2024/西湖社区.docx", new Location(8, 0, 0, west.length()), 0.91, west, false),
                        new CrossReference("2023/东湖社区.docx", new Location(5, 1, 0, eastLastYear.length()), 0.88,
                                eastLastYear, true)));
        Finding westCopy = new Finding("CROSS-001", Category.DUPLICATE, Severity.WARNING, null, List.of("91"), west, west,
                new Location(8, 0, 0, west.length()), null, null, false, null, List.of(), null,
                List.of(new CrossReference("2024/东湖社区.docx", new Location(6, 0, 0, east.length()), 0.91, east, false)));
        String named = "东湖社区党委将坚持问题导向，重点抓好以下工作";
        Finding westUnit = new Finding("CROSS-002", Category.RESIDUE, Severity.ERROR, null, List.of("东湖社区", "西湖社区"),
                "东湖社区", named, new Location(15, 0, 0, 4), "西湖社区", null, false, null, List.of(), null,
                List.of(CrossReference.toFile("2024/东湖社区.docx", false)));
        Finding southYear = new Finding("CROSS-003", Category.YEAR, Severity.WARNING, null, List.of("2023", "2024"),
                "2023", "南湖社区2023年度党建工作总结", new Location(0, 1, 0, 0), null, null, false, null);
        List<RuleInfo> rules = new java.util.ArrayList<>(RULES);
        rules.addAll(CROSS_RULES);
        return new Report(VERSION, List.of(
                FileResult.ok("2024/东湖社区.docx", info, List.of(eastCopy), List.of()),
                FileResult.ok("2024/西湖社区.docx", new DocumentInfo("西湖社区2024年度党建工作总结", "summary", 2024, null, 0, 22,
                        "docx", false), List.of(westCopy, westUnit), List.of()),
                FileResult.ok("2024/南湖社区.pdf", new DocumentInfo("南湖社区2023年度党建工作总结", "summary", 2023, null, 2, 19,
                        "pdf", false), List.of(southYear), List.of())), rules, crossMessages());
    }

    public static Map<String, Report> all() {
        return Map.of("empty", empty(), "one", oneFinding(), "many", many(), "failed", failed(),
                "baseline", manyWithBaseline(), "cross", crossBatch());
    }
}
