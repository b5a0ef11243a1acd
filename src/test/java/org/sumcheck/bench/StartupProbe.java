package org.sumcheck.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sumcheck.document.Document;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.Finding;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;
import org.sumcheck.structure.AnalyzedDocument;

/** Times each step of a cold single-file check in one fresh JVM: rule base, extractor, parse, rules. */
public final class StartupProbe {
    public static void main(String[] args) throws Exception {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        long sinceJvm = System.currentTimeMillis() - jvmStart;
        RuleBase rb = RuleBase.loadDefault();
        long t1 = System.nanoTime();
        Document doc;
        try (TikaExtractor ex = new TikaExtractor()) {
            doc = ex.extract(Path.of(args[0]), ExtractionLimits.DEFAULT);
        }
        long t2 = System.nanoTime();
        AnalyzedDocument a = rb.analyzer().analyze(doc);
        List<Finding> f = rb.check(a, RuleSettings.defaults());
        long t3 = System.nanoTime();
        System.out.printf("jvm-to-main %d ms, rulebase %d ms, extract %d ms, rules %d ms (%d findings)%n", sinceJvm,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, f.size());
    }
}
