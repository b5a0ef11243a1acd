package org.sumcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the rules; this fails when it is stale. */
class RuleDocTest {
    static final Path DOC = Path.of("docs/rules.md");

    @Test
    void docsRulesMdIsUpToDate() throws Exception {
        String generated = RuleDocGenerator.generate(RuleBase.load(Path.of("rules")));
        if (Boolean.getBoolean("sumcheck.updateDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as("docs/rules.md is missing; regenerate with "
                + "mvn -q -B -o test -Dtest=RuleDocTest -Dsumcheck.updateDocs=true").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is out of date; regenerate with mvn -q -B -o test -Dtest=RuleDocTest -Dsumcheck.updateDocs=true")
                .isEqualTo(generated);
        assertThat(generated).contains("PLACEHOLDER-001", "SECTION-001", "共开展理论中心组学习**XX**次");
    }
}
