package org.sumcheck.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per input on {@code jobs} worker threads and hands the results to a consumer in input order
 * as soon as each is ready. At most a small window of inputs is in flight, so memory does not grow with the
 * size of the batch.
 */
public final class BatchRunner {
    /** Told when any input starts and finishes, in completion order (for progress display). */
    public interface Progress {
        void started(String displayPath);

        void finished(int done, int total);

        Progress NONE = new Progress() {
            @Override
            public void started(String displayPath) {
            }

            @Override
            public void finished(int done, int total) {
            }
        };
    }

    private final int jobs;

    public BatchRunner(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        this.jobs = jobs;
    }

    public static int defaultJobs() {
        return Runtime.getRuntime().availableProcessors();
    }

    public <I, R> void run(List<I> inputs, Function<I, String> name, Function<I, R> task, Progress progress,
                           Consumer<R> inOrder) {
        int total = inputs.size();
        if (jobs == 1 || total <= 1) {
            int done = 0;
            for (I input : inputs) {
                progress.started(name.apply(input));
                R r = task.apply(input);
                progress.finished(++done, total);
                inOrder.accept(r);
            }
            return;
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "sumcheck-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = jobs * 4;
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < total || !inFlight.isEmpty()) {
                while (next < total && inFlight.size() < window) {
                    I input = inputs.get(next++);
                    inFlight.add(pool.submit(() -> {
                        progress.started(name.apply(input));
                        try {
                            return task.apply(input);
                        } finally {
                            progress.finished(done.incrementAndGet(), total);
                        }
                    }));
                }
                inOrder.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // tasks turn every failure into a failed FileResult; reaching here is a programming error
            throw new IllegalStateException(e.getCause());
        }
    }
}
