package org.sumcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Document;
import org.sumcheck.document.Location;
import org.sumcheck.document.SourceFormat;
import org.sumcheck.report.Category;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;

/** The text rules (residue, duplicate, formulation lists, punctuation) beyond their one-line examples. */
class TextRulesTest {
    static final Set<Category> TEXT_CATEGORIES = Set.of(Category.RESIDUE, Category.DUPLICATE, Category.FORMULATION,
            Category.PUNCTUATION);
    static RuleBase rules;

    @BeforeAll
    static void load() {
        rules = RuleBase.load(Path.of("rules"));
    }

    /** The findings of the text rules (the section rules would complain about these short samples). */
    static List<Finding> check(String text) {
        return textFindings(rules.check(Document.ofLines(text), RuleSettings.defaults()));
    }

    static List<Finding> textFindings(List<Finding> all) {
        return all.stream().filter(f -> TEXT_CATEGORIES.contains(f.category())).toList();
    }

    @Test
    void aDocumentFullOfLookAlikesGetsNoFindingAtAll() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/textrules/lookalikes.txt"), StandardCharsets.UTF_8);
        assertThat(rules.check(Document.ofLines(text), RuleSettings.defaults())).isEmpty();
    }

    @Test
    void anAdvertParagraphIsOneFindingThatAbsorbsItsNumbersAndAddresses() {
        List<Finding> found = check("2023年党建工作总结\n加强理论学习。\n更多范文请关注公众号“笔杆子”获取。专业代笔，客服QQ：123456789，"
                + "手机13912345678，网址www.bigan-fanwen.com。\n全年开展活动12次。");
        assertThat(found).extracting(Finding::rule).containsExactly("RESIDUE-002");
        Finding f = found.get(0);
        assertThat(f.location().paragraph()).isEqualTo(2);
        assertThat(f.match()).startsWith("更多范文").endsWith("www.bigan-fanwen.com。");
        assertThat(Integer.parseInt(f.args().get(0))).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aRepeatPointsBackAtItsFirstCopy() {
        List<Finding> found = check("2023年党建工作总结\n严格落实“三会一课”制度。\n全年组织党员开展志愿服务活动十二次，覆盖群众三千余人。\n"
                + "加强学习。\n全年组织党员开展志愿服务活动十二次，覆盖群众三千余人。");
        assertThat(found).extracting(Finding::rule).containsExactly("DUPLICATE-001");
        Finding f = found.get(0);
        assertThat(f.location().paragraph()).isEqualTo(4);
        assertThat(f.related()).isEqualTo(new Location(2, 0, 0, 27));
        assertThat(rules.messages().get(Lang.ZH, f.messageKey(), f.args())).isEqualTo("本段与第 3 段内容重复");
    }

    @Test
    void halfWidthMarksOfOneParagraphAreOneFindingWithTheOthersListed() {
        List<Finding> found = check("加强理论学习,提升政治素养,增强党性修养;推动工作落实.");
        assertThat(found).extracting(Finding::rule).containsExactly("PUNCTUATION-002");
        Finding f = found.get(0);
        assertThat(f.suggestion()).isEqualTo("，");
        assertThat(f.occurrences()).extracting(Location::offset).containsExactly(13, 20, 27);
        assertThat(f.args()).containsExactly(",", "，", "4");
    }

    @Test
    void ocrTextIsNotBlamedForItsPunctuation() {
        String text = "2023年党建工作总结\n全体党员(含预备党员)参加学习,召开党员大会(扩大会议）。";
        Document typed = Document.ofLines(text);
        Document ocr = new Document(typed.paragraphs(), 1, SourceFormat.PDF, true, List.of());
        assertThat(textFindings(rules.check(typed, RuleSettings.defaults()))).extracting(Finding::rule)
                .containsExactlyInAnyOrder("PUNCTUATION-001", "PUNCTUATION-002", "PUNCTUATION-003");
        // the OCR engine chose these marks (it writes （ ） as ( ) and ：； as : ;), not the author
        assertThat(textFindings(rules.check(ocr, RuleSettings.defaults()))).isEmpty();
    }

    @Test
    void formulationFindingsSayWhatToWrite() {
        List<Finding> found = check("2023年工作总结\n坚持以习近平新时代中国特色社会主义为指导，增强大局意识、政治意识、核心意识、看齐意识，"
                + "协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。");
        assertThat(found).extracting(Finding::rule, Finding::suggestion).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FORMULATION-002", "习近平新时代中国特色社会主义思想"),
                org.assertj.core.groups.Tuple.tuple("FORMULATION-010", "政治意识、大局意识、核心意识、看齐意识"),
                org.assertj.core.groups.Tuple.tuple("FORMULATION-007", "全面建设社会主义现代化国家"));
    }

    @Test
    void advertPhrasesAddedInTheSettingsAreUsed() {
        String text = "2023年党建工作总结\n欢迎光临笔杆子小店，材料应有尽有。";
        assertThat(check(text)).isEmpty();
        RuleSettings more = new RuleSettings(Set.of(), Map.of(), Map.of("residue.advert", List.of("欢迎光临")));
        assertThat(textFindings(rules.check(Document.ofLines(text), more))).extracting(Finding::rule).containsExactly("RESIDUE-002");
    }

    @Test
    void editingTheResidueDataChangesTheNextLoadWithoutARebuild(@TempDir Path tmp) throws IOException {
        Path copy = tmp.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        String text = "2023年党建工作总结\n本材料由笔杆子工作室整理。";
        assertThat(textFindings(RuleBase.load(copy).check(Document.ofLines(text), RuleSettings.defaults()))).isEmpty();
        Path data = copy.resolve("data/residue.yaml");
        Files.writeString(data, Files.readString(data).replace("advert-phrases: [", "advert-phrases: [笔杆子工作室, "));
        assertThat(textFindings(RuleBase.load(copy).check(Document.ofLines(text), RuleSettings.defaults())))
                .extracting(Finding::rule).containsExactly("RESIDUE-002");
    }

    @Test
    void aLongDocumentIsCheckedInOnePassWithoutPairwiseWork() {
        // 1 MB of distinct sentences: every text rule must stay silent and finish (no timing asserted here)
        StringBuilder sb = new StringBuilder("2023年党建工作总结\n");
        for (int i = 0; sb.length() < 1_000_000; i++) {
            sb.append("第").append(i).append("项工作按照年度计划稳步推进，党员干部参与率达到百分之九十以上。");
            if (i % 20 == 19) {
                sb.append('\n');
            }
        }
        assertThat(check(sb.toString())).isEmpty();
    }
}
