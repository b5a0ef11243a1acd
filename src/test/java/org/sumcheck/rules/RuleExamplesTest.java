package org.sumcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sumcheck.annotate.Annotations;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.fix.DocxFixer;
import org.sumcheck.report.Finding;

/**
 * Runs every example of every rule in rules/*.rules.yaml through the real engine: a wrong example must make
 * its rule report exactly the marked spans, a right example must make it report nothing. A rule without
 * both kinds of example, or without {@code since}, fails. Where the rule gives a suggestion, the wrong example
 * states it ({@code suggestion:}); a suggestion that replaces the words as they stand (what {@code sumcheck fix}
 * applies) is applied, and the corrected text must be silent.
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
                assertThat(def.since()).as(def.id() + " needs since: (the version it came in) in " + def.source()).isNotNull();
            }));
            for (int i = 0; i < def.wrong().size(); i++) {
                Example ex = def.wrong().get(i);
                tests.add(DynamicTest.dynamicTest("wrong " + (i + 1) + ": " + firstLine(ex), () -> {
                    checkWrong(def.id(), ex);
                    checkSuggestions(def, ex);
                }));
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

    /**
     * The suggestions the rule gives on a wrong example are the ones it states (one for all findings, or one per
     * finding in document order); those {@code sumcheck fix} would apply are applied, and the rule must then be silent.
     */
    static void checkSuggestions(RuleDefinition def, Example ex) {
        String id = def.id();
        List<Finding> found = new ArrayList<>(findings(id, ex));
        found.sort(Comparator.comparingInt((Finding f) -> f.location().paragraph()).thenComparingInt(f -> f.location().offset()));
        List<String> given = found.stream().map(Finding::suggestion).toList();
        if (given.stream().allMatch(g -> g == null || g.isBlank())) {
            assertThat(ex.suggestions()).as(id + " gives no suggestion on:\n" + ex.text()).isEmpty();
            return;
        }
        assertThat(ex.suggestions()).as(id + " suggests " + given + ": state it in the wrong example (suggestion:) in "
                + def.source() + ":\n" + ex.text()).isNotEmpty();
        List<String> expected = ex.suggestions().size() == 1 ? Collections.nCopies(given.size(), ex.suggestions().get(0))
                : ex.suggestions();
        assertThat(given).as(id + " suggestions on:\n" + ex.text()).isEqualTo(expected);
        List<Finding> applicable = Annotations.places(found).stream().filter(DocxFixer::deterministic).toList();
        if (applicable.isEmpty() || ex.documents().size() > 1) { // a batch is fixed file by file, not as one text
            return; // advice (填写实际数字), not words to put in place
        }
        // as a reviewer runs sumcheck fix and checks again: a sequence started at 二、 is set right in two rounds
        String corrected = ex.text();
        for (int round = 0; round < MAX_ROUNDS && !applicable.isEmpty(); round++) {
            corrected = applied(Document.ofLines(corrected), applicable);
            applicable = Annotations.places(findings(id, corrected)).stream().filter(DocxFixer::deterministic).toList();
        }
        assertThat(findings(id, corrected)).as(id + " after its suggestions are applied:\n" + corrected).isEmpty();
    }

    private static final int MAX_ROUNDS = 3;

    /** The document's text with each finding's words replaced by its suggestion (from the end of each paragraph back). */
    static String applied(Document doc, List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            StringBuilder t = new StringBuilder(p.text());
            List<Finding> here = findings.stream().filter(f -> f.location().paragraph() == p.index())
                    .sorted(Comparator.comparingInt((Finding f) -> f.location().offset()).reversed()).toList();
            int limit = Integer.MAX_VALUE;
            for (Finding f : here) {
                int start = f.location().offset();
                int end = start + f.location().length();
                if (end <= limit) { // of two overlapping changes one is made, as sumcheck fix does
                    t.replace(start, end, f.suggestion());
                    limit = start;
                }
            }
            out.add(t.toString());
        }
        return String.join("\n", out);
    }

    static List<Finding> findings(String id, Example ex) {
        if (ex.documents().size() > 1) {
            return batchFindings(id, ex).values().stream().flatMap(List::stream).toList();
        }
        return findings(id, ex.text());
    }

    static List<Finding> findings(String id, String text) {
        return rules.check(Document.ofLines(text), RuleSettings.defaults()).stream()
                .filter(f -> f.rule().equals(id)).toList();
    }

    private static String firstLine(Example ex) {
        String t = ex.text().strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl) + " …";
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
