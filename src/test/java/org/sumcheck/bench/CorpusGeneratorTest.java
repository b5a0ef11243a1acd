package org.sumcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.check.BatchRunner;
import org.sumcheck.check.Checker;
import org.sumcheck.check.InputCollector;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.Category;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Report;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;

/**
 * Smoke test of the benchmark corpus (the benchmark itself is bench/run, not a test): the generator is
 * deterministic, writes readable .docx and .pdf of a few pages, and the checker finds the defects it injected.
 */
class CorpusGeneratorTest {
    @Test
    void sameSeedSameDocuments() {
        assertThat(CorpusGenerator.generate(1L, 5, 30)).isEqualTo(CorpusGenerator.generate(1L, 5, 30));
        assertThat(CorpusGenerator.generate(1L, 5, 30).lines()).isNotEqualTo(CorpusGenerator.generate(2L, 5, 30).lines());
    }

    @Test
    void theCheckerFindsTheInjectedDefects(@TempDir Path dir) throws Exception {
        int count = 24;
        CorpusGenerator.write(dir, count, CorpusGenerator.DEFAULT_SEED, 30);
        List<String> manifest = Files.readAllLines(dir.resolve("manifest.csv"));
        assertThat(manifest).hasSize(count + 1);

        Report report;
        try (TikaExtractor extractor = new TikaExtractor()) {
            Checker checker = new Checker(RuleBase.loadDefault(), extractor, ExtractionLimits.DEFAULT,
                    f -> RuleSettings.defaults(), "test");
            report = checker.checkAll(InputCollector.collect(List.of(dir)), 2, BatchRunner.Progress.NONE);
        }
        assertThat(report.files()).hasSize(count);
        Set<String> formats = new java.util.HashSet<>();
        List<String> missed = new ArrayList<>();
        int defects = 0;
        for (int i = 0; i < count; i++) {
            CorpusGenerator.Generated g = CorpusGenerator.generate(CorpusGenerator.DEFAULT_SEED, i, 30);
            FileResult r = report.files().get(i);
            assertThat(r.path()).endsWith(g.fileName());
            assertThat(r.isOk()).as(r.path() + " " + r.error()).isTrue();
            assertThat(r.document().paragraphs()).isGreaterThan(15);
            formats.add(r.document().format());
            for (CorpusGenerator.Defect d : g.defects()) {
                defects++;
                boolean found = r.findings().stream().anyMatch(f -> f.category() == d.category() && covers(f, d.key()));
                if (!found) {
                    missed.add(g.fileName() + " " + d + " in " + r.findings().stream().map(Finding::rule).collect(Collectors.toList()));
                }
            }
        }
        assertThat(formats).containsExactlyInAnyOrder("docx", "pdf");
        assertThat(defects).isGreaterThan(count / 2);
        assertThat(missed).isEmpty();
    }

    /** The finding is at the injected words: its match or excerpt holds the key, or the key holds its match. */
    private static boolean covers(Finding f, String key) {
        String compact = f.excerpt().replace(" ", "");
        return compact.contains(key) || (!f.match().isEmpty() && key.contains(f.match()))
                || f.match().replace(" ", "").contains(key);
    }

    @Test
    void documentsAreAFewPagesLong() {
        int total = 0;
        for (int i = 0; i < 50; i++) {
            total += CorpusGenerator.generate(CorpusGenerator.DEFAULT_SEED, i, 30).characters();
        }
        assertThat(total / 50).isBetween(2000, 5000); // ~1,000 characters a printed page
    }
}
