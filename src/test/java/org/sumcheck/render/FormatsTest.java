package org.sumcheck.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What each format promises beyond its golden file: the JSON contract, valid XML, parseable CSV, safe HTML. */
class FormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String render(String format, org.sumcheck.report.Report r, Lang lang) {
        return Renderers.byId(format).renderToString(r, RenderOptions.of(lang));
    }

    @Test
    void registryKnowsEveryFormatAndRejectsOthers() {
        assertThat(Renderers.ids()).containsExactly("text", "json", "sarif", "junit", "html", "csv", "github", "markdown");
        assertThat(Renderers.byId(" JSON ").formatId()).isEqualTo("json");
        assertThatThrownBy(() -> Renderers.byId("pdf")).hasMessageContaining("未知格式 / unknown format").hasMessageContaining("text, json");
    }

    @Test
    void jsonKeepsTheContractOfIssue2() throws Exception {
        JsonNode root = JSON.readTree(render("json", SampleReports.many(), Lang.ZH));
        assertThat(root.path("tool").path("name").asText()).isEqualTo("sumcheck");
        assertThat(root.path("tool").path("version").asText()).isEqualTo(SampleReports.VERSION);
        JsonNode file = root.path("files").path(0);
        assertThat(names(file)).contains("path", "status", "error", "document", "findings");
        assertThat(file.path("error").isNull()).isTrue();
        assertThat(names(file.path("document"))).contains("title", "kind", "reportYear", "planYear", "pages", "paragraphs");
        JsonNode placeholder = null;
        for (JsonNode f : file.path("findings")) {
            assertThat(names(f)).contains("rule", "category", "severity", "message", "match", "excerpt", "location");
            assertThat(names(f.path("location"))).contains("page", "paragraph", "offset", "length");
            if (f.path("rule").asText().equals("PLACEHOLDER-001")) {
                placeholder = f;
            }
        }
        assertThat(placeholder).isNotNull();
        assertThat(placeholder.path("location").path("paragraph").asInt()).as("1-based").isEqualTo(17);
        assertThat(placeholder.path("message").asText()).isEqualTo("模板占位符“XX”未替换为实际内容");
        assertThat(placeholder.path("suggestion").asText()).isEqualTo("填写实际次数，如“12次”");
        assertThat(placeholder.has("baseline")).isFalse();
        JsonNode grouped = root.path("files").path(1).path("findings").path(1);
        assertThat(grouped.path("match").asText()).isEqualTo("XX党委");
        assertThat(grouped.path("occurrences")).hasSize(2);
        assertThat(grouped.path("occurrences").path(0).path("paragraph").asInt()).as("1-based").isEqualTo(10);
        JsonNode ocr = root.path("files").path(1).path("findings").path(2);
        assertThat(ocr.path("ocr").asBoolean()).isTrue();
        assertThat(root.path("skipped")).hasSize(2);
        assertThat(root.path("skipped").path(0).path("reason").asText()).isEqualTo("not-a-document-extension");
        assertThat(root.path("skipped").path(0).path("message").asText()).startsWith("不是文档类型");
        JsonNode summary = root.path("summary");
        assertThat(summary.path("files").asInt()).isEqualTo(2);
        assertThat(summary.path("failed").asInt()).isZero();
        assertThat(summary.path("skipped").asInt()).isEqualTo(2);
        assertThat(summary.path("findings").path("error").asInt()).isEqualTo(4);
        assertThat(summary.path("findings").path("warning").asInt()).isEqualTo(2);
        assertThat(summary.path("findings").path("info").asInt()).isEqualTo(1);
        // Chinese stays readable in the file
        assertThat(render("json", SampleReports.many(), Lang.ZH)).contains("模板占位符").doesNotContain("\\u");
    }

    @Test
    void jsonCarriesBaselineStateAndFailedFiles() throws Exception {
        JsonNode root = JSON.readTree(render("json", SampleReports.manyWithBaseline(), Lang.EN));
        List<String> states = new ArrayList<>();
        root.path("files").forEach(f -> f.path("findings").forEach(x -> states.add(x.path("baseline").asText())));
        assertThat(states).containsExactlyInAnyOrder("new", "new", "existing", "new", "new", "existing", "new");
        JsonNode failed = JSON.readTree(render("json", SampleReports.failed(), Lang.ZH)).path("files").path(0);
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("error").path("code").asText()).isEqualTo("too-large");
        assertThat(failed.path("error").path("message").asText()).isEqualTo("文件超过大小或字数上限").doesNotContain("{0}");
    }

    @Test
    void junitIsValidXmlWithRightCounts() throws Exception {
        Document doc = xml(render("junit", SampleReports.many(), Lang.ZH));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).as("two files and the skipped inputs").isEqualTo(3);
        Element a = (Element) suites.item(0);
        assertThat(a.getAttribute("name")).isEqualTo("docs/a.docx");
        // a testcase per rule and one for the file's verdict (需修改: a failure)
        assertThat(a.getAttribute("tests")).isEqualTo(String.valueOf(SampleReports.RULES.size() + 1));
        assertThat(a.getElementsByTagName("testcase").getLength()).isEqualTo(SampleReports.RULES.size() + 1);
        assertThat(a.getAttribute("failures")).isEqualTo("5");
        assertThat(a.getElementsByTagName("failure").getLength()).isEqualTo(5);
        // the document's markup is text, not elements
        assertThat(a.getTextContent()).contains("（三）加强<b>作风</b>建设 & “纪律”");
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(2 * (SampleReports.RULES.size() + 1) + 2));
        assertThat(root.getAttribute("failures")).isEqualTo("9");
        assertThat(root.getAttribute("skipped")).isEqualTo("2");
        assertThat(((Element) suites.item(2)).getElementsByTagName("skipped").getLength()).isEqualTo(2);

        Document failed = xml(render("junit", SampleReports.failed(), Lang.ZH));
        assertThat(failed.getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(((Element) failed.getElementsByTagName("error").item(0)).getAttribute("type")).isEqualTo("too-large");
        assertThat(failed.getDocumentElement().getAttribute("errors")).isEqualTo("1");

        Document baselined = xml(render("junit", SampleReports.manyWithBaseline(), Lang.ZH));
        // the placeholder rule is skipped in both files (baseline only), plus the two skipped inputs
        assertThat(baselined.getElementsByTagName("skipped").getLength()).as("baseline-only rule is skipped").isEqualTo(4);
        // five rule failures and both files' verdicts (their new errors still send them back)
        assertThat(baselined.getDocumentElement().getAttribute("failures")).isEqualTo("7");
    }

    @Test
    void csvHasBomHeaderAndOneRowPerFinding() throws Exception {
        byte[] bytes = render("csv", SampleReports.many(), Lang.ZH).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = csv(bytes);
        assertThat(rows.get(0)).startsWith("文件", "状态", "规则");
        assertThat(rows).as("header, 7 findings, 1 note (OCR), 2 skipped inputs").hasSize(1 + 7 + 1 + 2);
        assertThat(rows.get(10)).startsWith("docs/~$a.docx", "skipped");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("docs/季度/b.pdf", "note"));
        List<String> dup = rows.stream().filter(r -> r.get(2).equals("DUPLICATE-001")).findFirst().orElseThrow();
        assertThat(dup.get(7)).isEqualTo("扫码关注公众号,获取更多\"范文\"");
        assertThat(dup.get(6)).isEqualTo("31");
        List<List<String>> failed = csv(render("csv", SampleReports.failed(), Lang.EN).getBytes(StandardCharsets.UTF_8));
        assertThat(failed).hasSize(2);
        assertThat(failed.get(1).get(1)).isEqualTo("failed");
        assertThat(failed.get(1).get(11)).isEqualTo("too-large");
    }

    @Test
    void csvDefusesFormulas() {
        assertThat(CsvRenderer.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvRenderer.quote("普通文字")).isEqualTo("\"普通文字\"");
    }

    @Test
    void htmlIsSelfContainedEscapedAndLabelledInTheReadersLanguage() {
        String zh = render("html", SampleReports.many(), Lang.ZH);
        assertThat(zh).contains("<meta name=\"viewport\"", "<svg", "<mark>XX</mark>", "文件一览", "各类别问题数")
                .contains("<mark>（三）</mark>加强&lt;b&gt;作风&lt;/b&gt;建设 &amp; “纪律”")
                .doesNotContain("<b>作风")
                .doesNotContainPattern("(src|href)=\"(https?:)?//");
        // one bar per category, the placeholder bar drawn (count 1); the verdict chart apart
        assertThat(zh.split("<rect x=\"140\"", -1)).hasSize(9);
        assertThat(zh).contains("class=\"verdict-chart\"");
        String en = render("html", SampleReports.many(), Lang.EN);
        assertThat(en).contains("lang=\"en\"", "Findings by category").doesNotContain("文件一览");
    }

    @Test
    void textMarksTheMatchAndColoursOnlyWhenAsked() {
        String plain = render("text", SampleReports.oneFinding(), Lang.ZH);
        assertThat(plain).contains("第17段", "全年共开展主题党日【XX】次", "建议：填写实际次数").doesNotContain("\u001b[");
        String color = Renderers.byId("text").renderToString(SampleReports.oneFinding(), new RenderOptions(Lang.ZH, true));
        assertThat(color).contains("\u001b[1;4;31mXX\u001b[0m").doesNotContain("【XX】");
        assertThat(render("text", SampleReports.oneFinding(), Lang.EN)).contains("para. 17", "Suggestion:");
    }

    @Test
    void rendersToAFileInNewFolders(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path out = dir.resolve("reports/sub/report.csv");
        Renderers.byId("csv").renderTo(SampleReports.many(), RenderOptions.DEFAULT, out);
        assertThat(java.nio.file.Files.readAllBytes(out))
                .isEqualTo(render("csv", SampleReports.many(), Lang.ZH).getBytes(StandardCharsets.UTF_8));
        assertThat(java.nio.file.Files.list(out.getParent())).hasSize(1);
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        assertThat(RenderOptions.forTerminal(Lang.ZH, true, java.util.Map.of()).color()).isTrue();
        assertThat(RenderOptions.forTerminal(Lang.ZH, false, java.util.Map.of()).color()).isFalse();
        assertThat(RenderOptions.forTerminal(Lang.ZH, true, java.util.Map.of("NO_COLOR", "1")).color()).isFalse();
        assertThat(RenderOptions.forTerminal(Lang.EN, true, java.util.Map.of("NO_COLOR", "")).color()).isTrue();
    }

    @Test
    void renderBundlesHaveTheSameKeysInBothLanguages() {
        Messages m = Messages.builtIn();
        Set<String> zh = new TreeSet<>(m.keys(Lang.ZH));
        Set<String> en = new TreeSet<>(m.keys(Lang.EN));
        zh.removeIf(k -> !k.startsWith("render."));
        en.removeIf(k -> !k.startsWith("render."));
        assertThat(zh).isNotEmpty().isEqualTo(en);
    }

    private static Set<String> names(JsonNode n) {
        Set<String> s = new TreeSet<>();
        n.fieldNames().forEachRemaining(s::add);
        return s;
    }

    private static Document xml(String s) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<List<String>> csv(byte[] bytes) throws Exception {
        String s = new String(bytes, StandardCharsets.UTF_8).substring(1);
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(s)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
