package org.sumcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sumcheck.document.Document;

/** DOMAIN.md's look-alikes are not defects: a document full of them produces no finding at all. */
class LookalikesTest {
    @Test
    void aDocumentHoldingEveryLookalikeIsSilent() throws Exception {
        String text;
        try (var in = LookalikesTest.class.getResourceAsStream("lookalikes.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).contains("A股", "4A级景区", "X光", "21世纪", "XC-200", "1921年建党", "2019年以来",
                "《关于做好2024年", "第一季度", "第1季度", "《2024年度工作计划》");
        RuleBase rules = RuleBase.load(Path.of("rules"));
        assertThat(rules.check(Document.ofLines(text), RuleSettings.defaults())).isEmpty();
    }
}
