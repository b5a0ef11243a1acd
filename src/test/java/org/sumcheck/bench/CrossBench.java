package org.sumcheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.sumcheck.check.BatchPass;
import org.sumcheck.check.BatchRunner;
import org.sumcheck.check.Checker;
import org.sumcheck.check.InputCollector;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.CrossReference;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Report;
import org.sumcheck.rules.FindingLimits;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;
import org.sumcheck.structure.AnalyzedDocument;

/**
 * The cross-document pass at scale (issue 15 item 7): checks the first N documents of a {@link CrossCorpus} as one
 * batch through {@link Checker#checkAll} (parsing in-process, as {@code check --no-isolate}), the real batch pass
 * wrapped so its two parts are timed apart: {@code sign} (on the worker threads, per file) and {@code run} (once,
 * on one thread, after the last file). Then runs the pass again on the kept signatures (warm, median), and scores
 * its findings against the corpus's planted defects. Meant to run under {@code -Xmx512m}: a batch that does not
 * fit fails with OutOfMemoryError. Prints {@code key=value} lines for bench/run.
 *
 * <p>{@code CrossBench --corpus DIR [--count N] [--jobs N] [--reruns R] [--key PREFIX]} (PREFIX of the printed keys,
 * default {@code cross}).
 */
public final class CrossBench {
    private CrossBench() {
    }

    /** The real pass, its sign time summed over threads and its run time, and the last batch it was given. */
    static final class TimedPass implements BatchPass {
        final BatchPass inner;
        final AtomicLong signNanos = new AtomicLong();
        long runNanos;
        long heapAtRun;
        List<Signature> lastBatch = List.of();
        List<Signature> lastArchive = List.of();
        RuleSettings lastSettings;

        TimedPass(BatchPass inner) {
            this.inner = inner;
        }

        @Override
        public Signature sign(String displayPath, AnalyzedDocument doc, boolean archive, RuleSettings settings) {
            long t0 = System.nanoTime();
            try {
                return inner.sign(displayPath, doc, archive, settings);
            } finally {
                signNanos.addAndGet(System.nanoTime() - t0);
            }
        }

        @Override
        public Map<String, List<Finding>> run(List<Signature> batch, List<Signature> archive, RuleSettings settings) {
            heapAtRun = heapInUseAfterGc();
            lastBatch = batch;
            lastArchive = archive;
            lastSettings = settings;
            long t0 = System.nanoTime();
            try {
                return inner.run(batch, archive, settings);
            } finally {
                runNanos = System.nanoTime() - t0;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = null;
        int count = Integer.MAX_VALUE;
        int jobs = BatchRunner.defaultJobs();
        int reruns = 3;
        String key = "cross";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--jobs" -> jobs = Integer.parseInt(args[++i]);
                case "--reruns" -> reruns = Integer.parseInt(args[++i]);
                case "--key" -> key = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (corpus == null) {
            throw new IllegalArgumentException("--corpus DIR is required");
        }
        List<String[]> manifest = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("file,")) {
                manifest.add(line.split(",", -1));
            }
        }
        manifest = manifest.subList(0, Math.min(count, manifest.size()));
        List<Path> files = new ArrayList<>();
        for (String[] row : manifest) {
            files.add(corpus.resolve(row[0]));
        }

        long load0 = System.nanoTime();
        RuleBase rules = RuleBase.loadDefault();
        TimedPass pass = new TimedPass(rules.crossPass());
        InputCollector.Inputs inputs = InputCollector.collect(files);
        long t0;
        long t1;
        long cpu0;
        long cpu1;
        Report report;
        try (TikaExtractor extractor = new TikaExtractor()) {
            Checker checker = new Checker(rules, extractor, ExtractionLimits.DEFAULT, FindingLimits.DEFAULT,
                    f -> RuleSettings.defaults(), "bench", pass);
            t0 = System.nanoTime();
            cpu0 = processCpuNanos();
            report = checker.checkAll(inputs, List.of(), jobs, BatchRunner.Progress.NONE);
            t1 = System.nanoTime();
            cpu1 = processCpuNanos();
        }
        double[] again = new double[reruns];
        for (int r = 0; r < reruns; r++) {
            long s = System.nanoTime();
            pass.inner.run(pass.lastBatch, pass.lastArchive, pass.lastSettings);
            again[r] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(again);

        double batchWall = (t1 - t0) / 1e9;
        double batchCpu = (cpu1 - cpu0) / 1e9;
        double sign = pass.signNanos.get() / 1e9;
        double run = pass.runNanos / 1e9;
        System.out.printf(key + ".docs=%d%n", report.files().size());
        System.out.printf(key + ".jobs=%d%n", jobs);
        System.out.printf(key + ".chars.avg=%d%n", manifest.stream().mapToLong(r -> Long.parseLong(r[3])).sum()
                / Math.max(1, manifest.size()));
        System.out.printf(key + ".rules.load.s=%.2f%n", (t0 - load0) / 1e9);
        System.out.printf(key + ".batch.wall.s=%.2f%n", batchWall);
        System.out.printf(key + ".batch.cpu.s=%.2f%n", batchCpu);
        System.out.printf(key + ".sign.s=%.3f%n", sign);
        System.out.printf(key + ".run.s=%.3f%n", run);
        System.out.printf(key + ".run.rerun.ms=%.0f%n", again.length == 0 ? run * 1000 : again[again.length / 2]);
        // the run is serial after the last file: all of it counts in wall time; signing runs on the workers
        System.out.printf(key + ".share.wall=%.4f%n", (run + sign / jobs) / batchWall);
        System.out.printf(key + ".share.cpu=%.4f%n", (run + sign) / batchCpu);
        System.out.printf(key + ".heap.at.run.mb=%.0f%n", pass.heapAtRun / 1048576.0);
        System.out.printf(key + ".heap.peak.mb=%.0f%n", peakHeap() / 1048576.0);
        System.out.printf(key + ".heap.max.mb=%.0f%n", Runtime.getRuntime().maxMemory() / 1048576.0);
        score(report, manifest, key);
    }

    /** Planted defects found, and cross findings on documents where nothing was planted. */
    static void score(Report report, List<String[]> manifest, String key) {
        Map<String, Integer> index = new HashMap<>();
        List<String> paths = new ArrayList<>();
        for (FileResult fr : report.files()) {
            index.put(fr.path(), paths.size());
            paths.add(fr.path());
        }
        // the pairs planted: target → source, both directions count as the same pair
        Set<Long> copyPairs = new HashSet<>();
        int copies = 0;
        int edited = 0;
        int units = 0;
        int years = 0;
        Set<Integer> unitPlanted = new HashSet<>();
        Set<Integer> yearPlanted = new HashSet<>();
        for (int i = 0; i < manifest.size(); i++) {
            for (String p : manifest.get(i)[4].isEmpty() ? new String[0] : manifest.get(i)[4].split(";")) {
                String kind = p.substring(0, p.indexOf(':'));
                int source = Integer.parseInt(p.substring(p.indexOf(':') + 1));
                switch (kind) {
                    case "copy", "edited" -> {
                        copyPairs.add(pair(i, source));
                        if (kind.equals("copy")) {
                            copies++;
                        } else {
                            edited++;
                        }
                    }
                    case "unit" -> {
                        units++;
                        unitPlanted.add(i);
                    }
                    case "year" -> {
                        years++;
                        yearPlanted.add(i);
                    }
                    default -> {
                    }
                }
            }
        }
        Set<Long> pairsFound = new HashSet<>();
        int cross1 = 0;
        int cross1Unplanted = 0;
        int unitFound = 0;
        int unitUnplanted = 0;
        int yearFound = 0;
        int yearUnplanted = 0;
        for (int i = 0; i < report.files().size(); i++) {
            boolean u = false;
            boolean y = false;
            for (Finding f : report.files().get(i).findings()) {
                switch (f.rule()) {
                    case "CROSS-001" -> {
                        cross1++;
                        boolean planted = false;
                        for (CrossReference r : f.relatedFiles()) {
                            Integer j = index.get(r.path());
                            if (j != null && copyPairs.contains(pair(i, j))) {
                                pairsFound.add(pair(i, j));
                                planted = true;
                            }
                        }
                        if (!planted) {
                            cross1Unplanted++;
                        }
                    }
                    case "CROSS-002" -> u = true;
                    case "CROSS-003" -> y = true;
                    default -> {
                    }
                }
            }
            if (u && unitPlanted.contains(i)) {
                unitFound++;
            } else if (u) {
                unitUnplanted++;
            }
            if (y && yearPlanted.contains(i)) {
                yearFound++;
            } else if (y) {
                yearUnplanted++;
            }
        }
        System.out.printf(key + ".planted.copy=%d%ncross.planted.edited=%d%ncross.planted.unit=%d%ncross.planted.year=%d%n",
                copies, edited, units, years);
        System.out.printf(key + ".found.pairs=%d%ncross.planted.pairs=%d%n", pairsFound.size(), copyPairs.size());
        System.out.printf(key + ".findings.001=%d%ncross.findings.001.unplanted=%d%n", cross1, cross1Unplanted);
        System.out.printf(key + ".found.unit=%d%ncross.findings.002.unplanted=%d%n", unitFound, unitUnplanted);
        System.out.printf(key + ".found.year=%d%ncross.findings.003.unplanted=%d%n", yearFound, yearUnplanted);
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
    }

    private static long heapInUseAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
