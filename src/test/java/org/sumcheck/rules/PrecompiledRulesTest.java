package org.sumcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.sumcheck.bench.CorpusGenerator;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.SourceFormat;
import org.sumcheck.report.Finding;

/** The bundled rules compiled at build time behave exactly like the DRL compiled at run time. */
class PrecompiledRulesTest {
    private static final RuleFolder PROJECT_RULES = RuleFolder.of(Path.of("rules"));

    @Test
    void theBuildPrecompiledTheProjectsRules() {
        Collection<KiePackage> packages = PrecompiledRules.read(PROJECT_RULES).orElseThrow();
        List<String> names = new ArrayList<>();
        packages.forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        assertThat(names).contains("PLACEHOLDER-001", "NUMBERING-002", "YEAR-001")
                .hasSameSizeAs(RuleBase.load(Path.of("rules")).rules());
    }

    @Test
    void precompiledAndRunTimeCompiledRulesFindTheSame() {
        RuleBase precompiled = RuleBase.loadDefault();
        RuleBase compiled = RuleBase.load(Path.of("rules"));
        int documentsWithFindings = 0;
        for (int i = 0; i < 12; i++) {
            Document doc = document(CorpusGenerator.generate(7L, i, 0).lines());
            List<Finding> a = precompiled.check(doc, RuleSettings.defaults());
            List<Finding> b = compiled.check(doc, RuleSettings.defaults());
            assertThat(a).isEqualTo(b);
            documentsWithFindings += a.isEmpty() ? 0 : 1;
        }
        assertThat(documentsWithFindings).isGreaterThan(3);
    }

    @Test
    void aFileMadeFromOtherDrlOrDamagedIsIgnored() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrecompiledRules.write(out, "fingerprint-of-other-drl", RuleBase.compilePackages(PROJECT_RULES));
        byte[] bytes = out.toByteArray();
        assertThat(PrecompiledRules.read(new ByteArrayInputStream(bytes), "fingerprint-of-other-drl")).isPresent();
        assertThat(PrecompiledRules.read(new ByteArrayInputStream(bytes), PrecompiledRules.fingerprint(PROJECT_RULES))).isEmpty();
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertThat(PrecompiledRules.read(new ByteArrayInputStream(cut), "fingerprint-of-other-drl")).isEmpty();
        assertThat(PrecompiledRules.read(new ByteArrayInputStream("garbage".getBytes(StandardCharsets.UTF_8)), "x")).isEmpty();
    }

    /** Spec lines as the extractor would give them (heading marks dropped). */
    private static Document document(List<String> lines) {
        List<Paragraph> ps = new ArrayList<>();
        for (String l : lines) {
            String text = l.replaceFirst("^#+ ", "").replaceFirst("^\\[\\d\\] ", "");
            if (!text.isBlank()) {
                ps.add(new Paragraph(ps.size(), text, 0, l.startsWith("# ") ? 1 : 0));
            }
        }
        return new Document(ps, 0, SourceFormat.TEXT, false, List.of());
    }
}
