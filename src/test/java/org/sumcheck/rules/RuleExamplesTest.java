package org.sumcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sumcheck.document.Document;
import org.sumcheck.report.Finding;

/**
 * Runs every example of every rule in rules/*.rules.yaml through the real engine: a wrong example must make
 * its rule report exactly the marked spans, a right example must make it report nothing. A rule without
 * both kinds of example fails.
 */
class RuleExamplesTest {
    static RuleBase rules;

    @BeforeAll
    static void load() {
        rules = RuleBase.load(Path.of("rules"));
    }

    @TestFactory
    Stream<DynamicNode> everyExampleOfEveryRule() {
        return rules.definitions().stream().map(def -> {
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("has examples", () -> {
                assertThat(def.wrong()).as(def.id() + " needs at least one wrong example in " + def.source()).isNotEmpty();
                assertThat(def.right()).as(def.id() + " needs at least one right example in " + def.source()).isNotEmpty();
            }));
            for (int i = 0; i < def.wrong().size(); i++) {
                Example ex = def.wrong().get(i);
                tests.add(DynamicTest.dynamicTest("wrong " + (i + 1) + ": " + firstLine(ex), () -> checkWrong(def.id(), ex)));
            }
            for (int i = 0; i < def.right().size(); i++) {
                Example ex = def.right().get(i);
                tests.add(DynamicTest.dynamicTest("right " + (i + 1) + ": " + firstLine(ex), () ->
                        assertThat(findings(def.id(), ex)).as(def.id() + " must stay silent on:\n" + ex.text()).isEmpty()));
            }
            return DynamicContainer.dynamicContainer(def.id(), tests);
        });
    }

    static void checkWrong(String id, Example ex) {
        if (ex.documents().size() > 1) {
            checkWrongBatch(id, ex);
            return;
        }
        List<Finding> found = findings(id, ex);
        if (ex.match() != null) {
            assertThat(found).as(id + " on:\n" + ex.text()).extracting(Finding::match).containsExactly(ex.match());
            return;
        }
        List<String> expected = ex.spans().stream().map(s -> s.paragraph() + ":" + s.offset() + ":" + s.text()).toList();
        assertThat(expected).as("example of " + id + " marks no span").isNotEmpty();
        List<String> actual = found.stream()
                .map(f -> f.location().paragraph() + ":" + f.location().offset() + ":" + f.match()).toList();
        assertThat(actual).as(id + " on:\n" + ex.text()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * A batch example (documents separated by a line ---): the documents go through the cross-document pass as
     * doc1.txt, doc2.txt …; each marked span must be reported in its document, nothing else.
     */
    static void checkWrongBatch(String id, Example ex) {
        List<Example> docs = ex.documents();
        List<String> expected = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            for (Example.Span s : docs.get(d).spans()) {
                expected.add("doc" + (d + 1) + ".txt:" + s.paragraph() + ":" + s.offset() + ":" + s.text());
            }
        }
        assertThat(expected).as("example of " + id + " marks no span").isNotEmpty();
        List<String> actual = new ArrayList<>();
        batchFindings(id, ex).forEach((path, found) -> found.forEach(f ->
                actual.add(path + ":" + f.location().paragraph() + ":" + f.location().offset() + ":" + f.match())));
        assertThat(actual).as(id + " on:\n" + ex.text()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The findings of rule {@code id} in each document of a batch example, by name (doc1.txt …). */
    static java.util.Map<String, List<Finding>> batchFindings(String id, Example ex) {
        org.sumcheck.crossdoc.CrossPass pass = rules.crossPass();
        List<org.sumcheck.check.BatchPass.Signature> signatures = new ArrayList<>();
        List<Example> docs = ex.documents();
        for (int d = 0; d < docs.size(); d++) {
            signatures.add(pass.sign("doc" + (d + 1) + ".txt",
                    rules.analyzer().analyze(Document.ofLines(docs.get(d).text())), false, RuleSettings.defaults()));
        }
        java.util.Map<String, List<Finding>> out = new java.util.TreeMap<>();
        pass.run(signatures, List.of(), RuleSettings.defaults()).forEach((path, found) -> {
            List<Finding> mine = found.stream().filter(f -> f.rule().equals(id)).toList();
            if (!mine.isEmpty()) {
                out.put(path, mine);
            }
        });
        return out;
    }

    static List<Finding> findings(String id, Example ex) {
        if (ex.documents().size() > 1) {
            return batchFindings(id, ex).values().stream().flatMap(List::stream).toList();
        }
        return rules.check(Document.ofLines(ex.text()), RuleSettings.defaults()).stream()
                .filter(f -> f.rule().equals(id)).toList();
    }

    private static String firstLine(Example ex) {
        String t = ex.text().strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl) + " …";
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
