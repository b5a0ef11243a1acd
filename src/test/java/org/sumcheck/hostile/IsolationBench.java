package org.sumcheck.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.sumcheck.extract.ExtractionException;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.Extractor;
import org.sumcheck.extract.IsolatedExtractor;
import org.sumcheck.extract.TikaExtractor;

/**
 * What isolation costs, warm, in one JVM (a benchmark, not a test): extracts every file of a folder several times
 * in-process and through one worker process, alternating passes so that load from elsewhere hits both alike, and
 * prints the median per-file time of each and the first (cold) call of a fresh worker.
 *
 * <pre>mvn -q -o test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.sumcheck.hostile.IsolationBench FOLDER [passes]</pre>
 */
public final class IsolationBench {
    private IsolationBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (TikaExtractor local = new TikaExtractor();
             IsolatedExtractor isolated = new IsolatedExtractor(IsolatedExtractor.Options.of(1, 1024))) {
            long c0 = System.nanoTime();
            extractAll(isolated, files.subList(0, 1));
            System.out.printf("first call through a new worker (start + first parse): %d ms%n", (System.nanoTime() - c0) / 1_000_000);
            extractAll(local, files); // warm up both
            extractAll(isolated, files);
            List<Double> a = new ArrayList<>();
            List<Double> b = new ArrayList<>();
            for (int i = 0; i < passes; i++) {
                a.add(extractAll(local, files) / files.size());
                b.add(extractAll(isolated, files) / files.size());
            }
            double ma = median(a);
            double mb = median(b);
            System.out.printf("%d files x %d passes: in-process %.1f ms/file, isolated %.1f ms/file, overhead %.1f ms/file%n",
                    files.size(), passes, ma, mb, mb - ma);
        }
    }

    private static double extractAll(Extractor e, List<Path> files) {
        long t = System.nanoTime();
        for (Path f : files) {
            try {
                e.extract(f, ExtractionLimits.DEFAULT);
            } catch (ExtractionException x) {
                // failures cost time too; nothing to do
            }
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(List<Double> xs) {
        double[] v = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
