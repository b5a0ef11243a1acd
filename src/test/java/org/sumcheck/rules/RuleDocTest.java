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
        String generated = RuleDocGenerator.generate(Path.of("rules"));
        if (Boolean.getBoolean("sumcheck.updateDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as("docs/rules.md is missing; regenerate with "
                + "mvn -q -B -o test -Dtest=RuleDocTest -Dsumcheck.updateDocs=true").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is out of date; regenerate with mvn -q -B -o test -Dtest=RuleDocTest -Dsumcheck.updateDocs=true")
                .isEqualTo(generated);
        assertThat(generated).contains("PLACEHOLDER-001", "SECTION-001", "共开展理论中心组学习**XX**次",
                "Logic: rule `PLACEHOLDER-001` in `rules/placeholder.drl`, matching `PlaceholderHit` (made by `rules/facts/PlaceholderScanner`");
    }

    /** Every rule's logic is located, and every maker the page names really makes that fact. */
    @Test
    void everyRuleSaysWhereItsLogicLivesAndTheMakersAreReal() throws Exception {
        var logic = RuleDocGenerator.logic(Path.of("rules"));
        for (RuleDefinition d : RuleBase.load(Path.of("rules")).definitions()) {
            assertThat(logic).as(d.id() + " has a DRL rule").containsKey(d.id());
            assertThat(logic.get(d.id()).facts()).as(d.id() + " matches facts of a known maker").isNotEmpty();
        }
        RuleDocGenerator.FACT_SOURCES.forEach((type, src) -> {
            Path file = Path.of("src/main/java/org/sumcheck", src.maker() + ".java");
            assertThat(file).as(type + " maker").exists();
            try {
                assertThat(Files.readString(file)).as(src.maker() + " makes " + type)
                        .containsAnyOf("new " + type + "(", type + "::new");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
