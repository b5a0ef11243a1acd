package org.sumcheck.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.SourceFormat;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;
import org.sumcheck.structure.AnalyzedDocument;

/**
 * Rule evaluation after extraction, in a warm JVM: structure analysis plus the Drools pass (facts, session,
 * firing) per corpus document, and for long texts made by concatenating corpus documents (0.25 to 2 MB of
 * UTF-8; 1 MB is about 350,000 Chinese characters) to show the cost grows linearly. Each figure is the median
 * of several timed rounds after warm-up rounds. Prints {@code key=value} lines for bench/run.
 *
 * <p>{@code RuleTiming FILE…} (the sample of corpus files to extract once and check repeatedly).
 */
public final class RuleTiming {
    public static void main(String[] args) throws Exception {
        RuleBase rules = RuleBase.loadDefault();
        List<Document> docs = new ArrayList<>();
        try (TikaExtractor ex = new TikaExtractor()) {
            for (String a : args) {
                docs.add(ex.extract(Path.of(a), ExtractionLimits.DEFAULT));
            }
        }
        long chars = docs.stream().mapToLong(RuleTiming::characters).sum();
        for (int i = 0; i < 5; i++) {
            pass(rules, docs);
        }
        double[] analyze = new double[9];
        double[] total = new double[9];
        for (int r = 0; r < total.length; r++) {
            long t0 = System.nanoTime();
            for (Document d : docs) {
                rules.analyzer().analyze(d);
            }
            long t1 = System.nanoTime();
            pass(rules, docs);
            long t2 = System.nanoTime();
            analyze[r] = (t1 - t0) / 1e6 / docs.size();
            total[r] = (t2 - t1) / 1e6 / docs.size();
        }
        System.out.printf("rules.docs=%d%nrules.doc.chars=%d%nrules.doc.analyze.ms=%.3f%nrules.doc.total.ms=%.3f%n",
                docs.size(), chars / docs.size(), median(analyze), median(total));

        for (double mb : new double[] {0.25, 0.5, 1, 2}) {
            Document big = concatenated(docs, (long) (mb * 1024 * 1024));
            int rounds = mb >= 2 ? 3 : 5;
            for (int i = 0; i < 2; i++) {
                check(rules, big);
            }
            double[] t = new double[rounds];
            int findings = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                findings = check(rules, big);
                t[r] = (System.nanoTime() - t0) / 1e6;
            }
            String key = "rules.text." + (mb == 0.25 ? "0.25" : mb == 0.5 ? "0.5" : String.valueOf((int) mb)) + "mb";
            System.out.printf("%s.ms=%.1f%n%s.chars=%d%n%s.paragraphs=%d%n%s.findings=%d%n", key, median(t), key,
                    characters(big), key, big.paragraphs().size(), key, findings);
        }
    }

    private static void pass(RuleBase rules, List<Document> docs) {
        for (Document d : docs) {
            check(rules, d);
        }
    }

    private static int check(RuleBase rules, Document d) {
        AnalyzedDocument a = rules.analyzer().analyze(d);
        return rules.check(a, RuleSettings.defaults()).size();
    }

    /** The documents' paragraphs one after another (the first title stays the title) up to {@code bytes} of UTF-8. */
    static Document concatenated(List<Document> docs, long bytes) {
        List<Paragraph> ps = new ArrayList<>();
        long size = 0;
        outer:
        while (true) {
            for (Document d : docs) {
                for (Paragraph p : d.paragraphs()) {
                    ps.add(new Paragraph(ps.size(), p.text(), 0, p.headingLevel()));
                    size += p.text().getBytes(StandardCharsets.UTF_8).length + 1;
                    if (size >= bytes) {
                        break outer;
                    }
                }
            }
        }
        return new Document(ps, 0, SourceFormat.TEXT, false, List.of());
    }

    private static long characters(Document d) {
        return d.paragraphs().stream().mapToLong(p -> p.text().length()).sum();
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
