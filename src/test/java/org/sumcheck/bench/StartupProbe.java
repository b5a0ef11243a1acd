package org.sumcheck.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.sumcheck.document.Document;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.Finding;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;
import org.sumcheck.structure.AnalyzedDocument;

/**
 * Times each step of a cold single-file check in one fresh JVM (rule base, extractor + parse, analysis + rules),
 * as wall time and as the process's CPU time (all threads, JIT and GC included), which stays meaningful on a
 * busy machine. {@code StartupProbe FILE}.
 */
public final class StartupProbe {
    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long sinceJvm = System.currentTimeMillis() - jvmStart;
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        RuleBase rb = RuleBase.loadDefault();
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        Document doc;
        try (TikaExtractor ex = new TikaExtractor()) {
            doc = ex.extract(Path.of(args[0]), ExtractionLimits.DEFAULT);
        }
        long t2 = System.nanoTime();
        long c2 = os.getProcessCpuTime();
        AnalyzedDocument a = rb.analyzer().analyze(doc);
        List<Finding> f = rb.check(a, RuleSettings.defaults());
        long t3 = System.nanoTime();
        long c3 = os.getProcessCpuTime();
        System.out.printf("jvm-to-main %d ms (cpu %d) | rulebase %d ms (cpu %d) | extract %d ms (cpu %d) | rules %d ms (cpu %d) | %d findings%n",
                sinceJvm, c0 / 1_000_000, (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, (t2 - t1) / 1_000_000,
                (c2 - c1) / 1_000_000, (t3 - t2) / 1_000_000, (c3 - c2) / 1_000_000, f.size());
    }
}
