package org.sumcheck.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.sumcheck.check.InputCollector;

/**
 * The benchmark's baseline, "the speed of extraction itself": every input parsed to plain text by Tika's
 * {@link AutoDetectParser} into a {@link BodyContentHandler}, on the same number of threads as the check, one
 * shared parser, the same file list ({@link InputCollector}). Nothing else: no structure, no rules, no report.
 *
 * <p>{@code TikaOnly [--jobs N] PATH…}; prints files, characters, failures and the in-process time on stderr.
 */
public final class TikaOnly {
    public static void main(String[] args) throws Exception {
        int jobs = Runtime.getRuntime().availableProcessors();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--jobs") || args[i].equals("-j")) {
                jobs = Integer.parseInt(args[++i]);
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        long t0 = System.nanoTime();
        AutoDetectParser parser = new AutoDetectParser();
        List<InputCollector.Input> inputs = InputCollector.collect(paths).inputs();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<Long>> results = new ArrayList<>();
        for (InputCollector.Input in : inputs) {
            results.add(pool.submit(() -> parse(parser, in.path())));
        }
        long chars = 0;
        int failed = 0;
        for (Future<Long> f : results) {
            long n = f.get();
            if (n < 0) {
                failed++;
            } else {
                chars += n;
            }
        }
        pool.shutdown();
        System.err.printf("tika-only: %d files, %d characters, %d failed, %.2f s in process, %d threads%n",
                inputs.size(), chars, failed, (System.nanoTime() - t0) / 1e9, jobs);
    }

    private static long parse(AutoDetectParser parser, Path file) {
        BodyContentHandler text = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, text, new Metadata(), new ParseContext());
            return text.toString().length();
        } catch (Exception e) {
            System.err.println(file + ": " + e);
            return -1;
        }
    }
}
