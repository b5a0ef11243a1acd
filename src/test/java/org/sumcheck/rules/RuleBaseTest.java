package org.sumcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Document;
import org.sumcheck.report.Finding;

class RuleBaseTest {
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    @Test
    void theBundledRulesLoadFromTheClasspathAndMatchTheSourceFolder() {
        RuleBase bundled = RuleBase.loadDefault();
        assertThat(bundled.rules()).isEqualTo(RuleBase.load(Path.of("rules")).rules());
        List<Finding> fs = bundled.check(Document.ofLines("2023年党建工作总结\n全年学习XX次。"), RuleSettings.defaults());
        assertThat(fs).extracting(Finding::rule).contains("PLACEHOLDER-001");
    }

    @Test
    void aWordAddedToTheDataChangesTheNextRunWithoutRebuild(@TempDir Path dir) throws Exception {
        copy(Path.of("rules"), dir);
        Document doc = Document.ofLines("2023年党建工作总结\n参加人员：待定。");
        assertThat(RuleBase.load(dir).check(doc, RuleSettings.defaults())).extracting(Finding::match).doesNotContain("待定");
        Path data = dir.resolve("data/placeholders.yaml");
        Files.writeString(data, Files.readString(data).replace("words: [某某]", "words: [某某, 待定]"));
        List<Finding> after = RuleBase.load(dir).check(doc, RuleSettings.defaults());
        assertThat(after).filteredOn(f -> f.rule().equals("PLACEHOLDER-002")).extracting(Finding::match)
                .containsExactly("待定");
    }

    @Test
    void aDrlSyntaxErrorNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        copy(Path.of("rules"), dir);
        Path drl = dir.resolve("numbering.drl");
        List<String> lines = Files.readAllLines(drl);
        int at = lines.indexOf("rule \"NUMBERING-002\"");
        lines.set(at + 2, "    $h : Heading(numbered, number > > previousNumber + 1)");
        Files.write(drl, lines);
        assertThatThrownBy(() -> RuleBase.load(dir)).isInstanceOf(RuleLoadException.class)
                .hasMessageContaining("numbering.drl:" + (at + 3));
    }

    @Test
    void aRuleWithoutMetadataOrADataErrorIsALoadError(@TempDir Path dir) throws Exception {
        copy(Path.of("rules"), dir);
        Files.writeString(dir.resolve("extra.drl"), """
                package sumcheck.extra;
                global org.sumcheck.rules.FindingCollector report;
                rule "EXTRA-001"
                when
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.load(dir)).isInstanceOf(RuleLoadException.class).hasMessageContaining("EXTRA-001");
        Files.delete(dir.resolve("extra.drl"));
        Files.writeString(dir.resolve("data/events.csv"), "event,from\n党的二十大,October\n");
        assertThatThrownBy(() -> RuleBase.load(dir)).isInstanceOf(RuleLoadException.class).hasMessageContaining("events.csv");
    }

    @Test
    void aDataListFeedingNoRuleOrAMissingRuleOrAMisspelledListIsALoadError(@TempDir Path dir) throws Exception {
        copy(Path.of("rules"), dir);
        Path data = dir.resolve("data/placeholders.yaml");
        String original = Files.readString(data);
        Files.writeString(data, original.replace("  words: PLACEHOLDER-002", "  words: PLACEHOLDER-020"));
        assertThatThrownBy(() -> RuleBase.load(dir)).isInstanceOf(RuleLoadException.class)
                .hasMessageContaining("placeholders.yaml").hasMessageContaining("words").hasMessageContaining("PLACEHOLDER-020");
        Files.writeString(data, original.replace("  words: PLACEHOLDER-002\n", ""));
        assertThatThrownBy(() -> RuleBase.load(dir)).isInstanceOf(RuleLoadException.class)
                .hasMessageContaining("placeholders.yaml").hasMessageContaining("'words' names no rule");
        Files.writeString(data, original);
        Path drl = dir.resolve("formulation.drl");
        Files.writeString(drl, Files.readString(drl).replace("\"formulation.truncated\"", "\"formulation.truncate\""));
        assertThatThrownBy(() -> RuleBase.load(dir)).isInstanceOf(RuleLoadException.class)
                .hasMessageContaining("formulation.drl").hasMessageContaining("formulation.truncate,");
    }

    @Test
    void oneRuleBaseServesManyThreadsAtOnce() throws Exception {
        RuleBase rules = RuleBase.load(Path.of("rules"));
        List<Document> docs = List.of(
                Document.ofLines("2023年党建工作总结\n一、主要工作\n（一）学习。\n（三）管理。\n全年学习XX次。"),
                Document.ofLines("XX党委2023年度党建工作总结及2024年党建工作计划\n现将2023年度党建工作情况及2023年党建工作计划报告如下。"),
                Document.ofLines("2022年党建工作总结\n一、主要工作\n认真组织学习二十届二中全会精神。二是加强管理。"));
        List<List<Finding>> expected = docs.stream().map(d -> rules.check(d, RuleSettings.defaults())).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Finding>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Document d = docs.get(i % docs.size());
                futures.add(pool.submit(() -> rules.check(d, RuleSettings.defaults())));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % docs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).allSatisfy(fs -> assertThat(fs).isNotEmpty());
    }

    @Test
    void findingsComeInDocumentOrderWithExcerptAndLocation() {
        RuleBase rules = RuleBase.load(Path.of("rules"));
        String para = "这是一段很长的前文用于测试摘录长度是否正确截断，全年共学习XX次，交流研讨X次，此后还有很长的后文用于测试截断位置。";
        List<Finding> fs = rules.check(Document.ofLines("2023年党建工作总结\n" + para), RuleSettings.defaults());
        List<Finding> counts = fs.stream().filter(f -> f.rule().equals("PLACEHOLDER-001")).toList();
        assertThat(counts).extracting(Finding::match).containsExactly("XX", "X");
        Finding f = counts.get(0);
        int at = para.indexOf("XX次");
        assertThat(f.location().paragraph()).isEqualTo(1);
        assertThat(f.location().offset()).isEqualTo(at);
        assertThat(f.location().length()).isEqualTo(2);
        assertThat(f.excerpt()).isEqualTo(para.substring(at - 20, at + 22));
        assertThat(fs).isSortedAccordingTo(Finding.DOCUMENT_ORDER);
    }
}
