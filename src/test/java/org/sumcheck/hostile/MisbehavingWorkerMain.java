package org.sumcheck.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sumcheck.document.Document;
import org.sumcheck.extract.ExtractionException;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.ExtractionWorkerMain;
import org.sumcheck.extract.Extractor;
import org.sumcheck.extract.TikaExtractor;

/**
 * A test-only extraction worker whose "parser" misbehaves on cue, deterministically, the two ways real parsers do:
 * a file whose name contains {@code hang-forever} spins forever ignoring interruption; one whose name contains
 * {@code eat-memory} allocates until the heap is gone. Every other file goes to the real {@link TikaExtractor}. The
 * misbehaviour sits above the worker's own watchdog, so only the parent's kill can stop a hang.
 */
public final class MisbehavingWorkerMain {
    private MisbehavingWorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        try (TikaExtractor real = new TikaExtractor()) {
            ExtractionWorkerMain.serve(new Extractor() {
                @Override
                public Document extract(Path file, ExtractionLimits limits) throws ExtractionException {
                    String name = file.getFileName().toString();
                    if (name.contains("hang-forever")) {
                        spin();
                    }
                    if (name.contains("eat-memory")) {
                        eat();
                    }
                    return real.extract(file, limits);
                }
            });
        }
    }

    @SuppressWarnings("InfiniteLoopStatement")
    private static void spin() {
        long x = 0;
        while (true) {
            x += System.nanoTime() & 1; // no interruption check, no blocking call
            if (x == Long.MIN_VALUE) {
                break;
            }
        }
    }

    private static void eat() {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[1 << 20]);
        }
    }
}
