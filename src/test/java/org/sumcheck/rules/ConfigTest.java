package org.sumcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Document;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Severity;

class ConfigTest {
    static RuleBase rules;
    static final String TEXT = "2023年党建工作总结\n一、主要工作\n推动工作同X事业发展，全年学习XX次，参加人员待填写。\n二、存在问题\n三、下一步打算";

    @BeforeAll
    static void load() {
        rules = RuleBase.load(Path.of("rules"));
    }

    static List<String> rulesFired(RuleSettings s) {
        return rules.check(Document.ofLines(TEXT), s).stream().map(Finding::rule).toList();
    }

    @Test
    void switchesOffChangesSeverityAndAddsWords(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("sumcheck.yaml");
        Files.writeString(yaml, """
                rules:
                  PLACEHOLDER-003: off
                  PLACEHOLDER-001: info
                words:
                  placeholder: [待填写]
                """);
        RuleSettings s = Config.load(yaml).settingsFor(dir.resolve("a.docx"));
        assertThat(rulesFired(RuleSettings.defaults())).contains("PLACEHOLDER-003").doesNotContain("PLACEHOLDER-002");
        List<Finding> fs = rules.check(Document.ofLines(TEXT), s);
        assertThat(fs).extracting(Finding::rule).doesNotContain("PLACEHOLDER-003");
        assertThat(fs).filteredOn(f -> f.rule().equals("PLACEHOLDER-001")).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
        assertThat(fs).filteredOn(f -> f.rule().equals("PLACEHOLDER-002")).extracting(Finding::match)
                .containsExactly("待填写");
    }

    @Test
    void overridesApplyToMatchingPathsOnly(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("sumcheck.yaml");
        Files.writeString(yaml, """
                rules:
                  YEAR-004: error
                  NUMBERING-007: off
                overrides:
                  - files: "final/**"
                    rules: {NUMBERING-007: on}
                  - files: "drafts/**"
                    rules: {PLACEHOLDER-001: off}
                  - files: "*.pdf"
                    rules: {PLACEHOLDER-003: warning, PLACEHOLDER-001: error}
                """);
        Config c = Config.load(yaml);
        assertThat(rulesFired(c.settingsFor(dir.resolve("drafts/x/a.docx")))).doesNotContain("PLACEHOLDER-001");
        assertThat(rulesFired(c.settingsFor(dir.resolve("final/a.docx")))).contains("PLACEHOLDER-001");
        assertThat(c.settingsFor(dir.resolve("final/a.docx")).enabled("NUMBERING-007")).as("on undoes off").isTrue();
        assertThat(c.settingsFor(dir.resolve("drafts/a.docx")).enabled("NUMBERING-007")).isFalse();
        RuleSettings pdfInDrafts = c.settingsFor(dir.resolve("drafts/b.pdf"));
        assertThat(pdfInDrafts.enabled("PLACEHOLDER-001")).as("a later override switches it back on").isTrue();
        assertThat(pdfInDrafts.severities()).containsEntry("YEAR-004", Severity.ERROR);
    }

    @Test
    void discoverWalksUpFromTheCheckedFile(@TempDir Path dir) throws Exception {
        Path deep = Files.createDirectories(dir.resolve("a/b/c"));
        Path file = Files.writeString(deep.resolve("x.txt"), "x");
        assertThat(Config.discover(file)).isEmpty();
        Files.writeString(dir.resolve("a/sumcheck.yaml"), "rules: {YEAR-004: off}\n");
        assertThat(Config.discover(file)).contains(dir.resolve("a/sumcheck.yaml").toAbsolutePath());
        Files.writeString(dir.resolve("a/b/sumcheck.yaml"), "rules: {}\n");
        assertThat(Config.discover(file)).contains(dir.resolve("a/b/sumcheck.yaml").toAbsolutePath());
    }

    @Test
    void badValuesAndUnknownRulesAreReported(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("sumcheck.yaml"), "rules: {YEAR-004: loud}\n");
        assertThatThrownBy(() -> Config.load(yaml)).hasMessageContaining("YEAR-004").hasMessageContaining("loud");
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "rules: {YAER-004: off}\n");
        assertThat(rules.unknownRules(Config.load(typo).settingsFor(dir.resolve("a.txt")))).containsExactly("YAER-004");
    }

    @Test
    void aConfigurationIsCheckedWhenLoadedNamingFileLineAndValue(@TempDir Path dir) throws Exception {
        Path typo = Files.writeString(dir.resolve("sumcheck.yaml"), "# ours\nrules:\n  YAER-004: off\n");
        assertThatThrownBy(() -> Config.load(typo).checkedAgainst(rules)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(typo + ":3").hasMessageContaining("YAER-004");
        Path overrideTypo = Files.writeString(dir.resolve("o.yaml"),
                "overrides:\n  - files: \"drafts/**\"\n    rules: {PLACEHOLDR-001: on}\n");
        assertThatThrownBy(() -> Config.load(overrideTypo).checkedAgainst(rules))
                .hasMessageContaining("o.yaml:3").hasMessageContaining("PLACEHOLDR-001");
        Path key = Files.writeString(dir.resolve("k.yaml"), "rules: {}\nrulez:\n  YEAR-004: off\n");
        assertThatThrownBy(() -> Config.load(key)).hasMessageContaining("k.yaml:2").hasMessageContaining("'rulez'");
        Path overrideKey = Files.writeString(dir.resolve("ok.yaml"), "overrides:\n  - files: a.docx\n    rule: {}\n");
        assertThatThrownBy(() -> Config.load(overrideKey)).hasMessageContaining("ok.yaml:3").hasMessageContaining("'rule'");
        Path severity = Files.writeString(dir.resolve("s.yaml"), "rules:\n  YEAR-004: loud\n");
        assertThatThrownBy(() -> Config.load(severity)).hasMessageContaining("s.yaml:2").hasMessageContaining("loud");
        Path glob = Files.writeString(dir.resolve("g.yaml"), "overrides:\n  - files: \"drafts/[a\"\n    rules: {YEAR-004: off}\n");
        assertThatThrownBy(() -> Config.load(glob)).hasMessageContaining("g.yaml:2").hasMessageContaining("drafts/[a");
        Path fine = Files.writeString(dir.resolve("f.yaml"), "rules: {YEAR-004: off}\nwaivers: []\n");
        assertThat(Config.load(fine).checkedAgainst(rules).settingsFor(dir.resolve("a.txt")).enabled("YEAR-004")).isFalse();
    }
}
