package org.sumcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.sumcheck.document.Document;
import org.sumcheck.document.Location;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.SourceFormat;
import org.sumcheck.report.Finding;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;

/**
 * Fuzzes the text-to-structure layer and the whole bundled rule run on arbitrary text. Invariants: no exception,
 * every finding points inside its paragraph, the words at the location are the match, and the excerpt holds it.
 *
 * <p>In the normal suite the seeds under {@code TextRulesFuzzTestInputs/} run once each (regression mode). To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -o test -Dtest=TextRulesFuzzTest#arbitraryText -Djazzer.max_duration=5m} (see
 * docs/robustness.md).
 */
class TextRulesFuzzTest {
    /** Compiling the rule base takes seconds: once per JVM, shared by every run (it is thread-safe and stateless). */
    private static final RuleBase RULES = RuleBase.loadDefault();

    /** Fragments a work document is made of, so that structured inputs reach deep into the rules. */
    private static final String[] FRAGMENTS = {
            "2023年党建工作总结", "2024年工作计划", "述职报告", "一、", "二、", "三、", "十一、", "（一）", "（二）", "（三）", "（十）",
            "1.", "2、", "3.", "（1）", "（2）", "一是", "二是", "三是", "四是", "XX", "xx", "X次", "*次", "***", "××", "○○", "某某",
            "【单位名称】", "A股", "4A级", "X光", "21世纪", "XC-200", "1921年", "2019年以来", "《关于做好2024年工作的通知》",
            "主要工作", "存在问题", "下一步打算", "原因分析", "指导思想", "工作目标", "重点任务", "保障措施",
            "习近平新时代中国特色社会主义思想", "三个自信", "四个意识", "政治意识、大局意识、核心意识、看齐意识", "形态领域",
            "“", "”", "《", "》", "（", "）", ",", "，", "。", "；", "：", "##paidbegin##", "公众号", "客服", "13800138000",
            "http://www.xx.com", "组织党员集中学习", "开展主题党日活动", "今年", "去年", "明年", "上半年", "第三季度", " ", "\t",
            "\u3000", "\uD83D\uDE00", "\uD800", "\u200B", "\u0000"};

    @FuzzTest(maxDuration = "30s")
    void arbitraryText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Document doc = Document.ofLines(text);
        checkInvariants(doc);
    }

    @FuzzTest(maxDuration = "30s")
    void structuredParagraphs(FuzzedDataProvider data) {
        int n = data.consumeInt(1, 40);
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = data.consumeInt(1, 8);
            for (int k = 0; k < parts; k++) {
                sb.append(data.consumeBoolean() ? data.pickValue(FRAGMENTS) : data.consumeString(12));
            }
            String t = sb.toString().replaceAll("\\R", " ");
            if (!t.isBlank()) {
                ps.add(new Paragraph(ps.size(), t, data.consumeInt(0, 3), data.consumeInt(0, 2)));
            }
        }
        checkInvariants(new Document(ps, 3, SourceFormat.DOCX, data.consumeBoolean(), List.of()));
    }

    private static void checkInvariants(Document doc) {
        List<Finding> findings = RULES.check(doc, RuleSettings.defaults());
        List<Paragraph> ps = doc.paragraphs();
        for (Finding f : findings) {
            if (ps.isEmpty()) {
                continue;
            }
            assertInside(f, f.location(), ps);
            if (f.related() != null) {
                assertInside(f, f.related(), ps);
            }
            f.occurrences().forEach(o -> assertInside(f, o, ps));
            Location l = f.location();
            if (l.length() > 0) {
                String at = ps.get(l.paragraph()).text().substring(l.offset(), l.offset() + l.length());
                assertThat(at).as("text at the location of %s", f).isEqualTo(f.match());
                assertThat(f.excerpt()).as("excerpt of %s", f).contains(f.match());
            }
        }
    }

    private static void assertInside(Finding f, Location l, List<Paragraph> ps) {
        assertThat(l.paragraph()).as("paragraph of %s", f).isBetween(0, ps.size() - 1);
        int len = ps.get(l.paragraph()).text().length();
        assertThat(l.offset()).as("offset of %s", f).isBetween(0, len);
        assertThat(l.length()).as("length of %s", f).isBetween(0, len - l.offset());
    }
}
