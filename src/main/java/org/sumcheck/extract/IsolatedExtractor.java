package org.sumcheck.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.document.Document;
import org.sumcheck.document.ErrorCode;

/**
 * Extraction in child JVMs, so that a parser that hangs or exhausts memory costs one file, never the batch.
 *
 * <p>A small pool of {@link ExtractionWorkerMain} processes ({@code java -cp <this classpath>}, {@code -Xmx} per
 * worker, {@code -XX:+ExitOnOutOfMemoryError}) serves one file at a time each. The parent enforces the time limit
 * by killing the worker (and its children, such as tesseract) and replaces it on next use; a worker that dies
 * (out of memory, crash) fails its file with {@code too-large} or {@code read-error} and a detail that says what
 * happened. Inside the worker the usual {@link TikaExtractor} runs with its own watchdog; whenever it reports a
 * timeout the worker is recycled too, since the abandoned parse may still be burning a core.
 *
 * <p>Should no worker start at all (no {@code java} launcher beside this runtime, processes forbidden), files are
 * read in-process instead, with a warning: isolation is a safeguard, not a reason to check nothing.
 *
 * <p>Thread-safe: up to {@code options.workers()} extractions run at once; more callers wait for a free worker.
 */
public final class IsolatedExtractor implements Extractor {
    private static final Logger log = LoggerFactory.getLogger(IsolatedExtractor.class);

    /**
     * Options of the pool.
     *
     * @param workers        processes at most (one file each at a time)
     * @param workerMemoryMb heap limit of each worker ({@code -Xmx})
     * @param grace          how long past the file's time limit the parent waits before killing the worker (the
     *                       worker's own watchdog normally answers at the limit)
     * @param startupTimeout how long a new worker may take to start before the file fails
     * @param mainClass      the worker's main class (tests substitute one that misbehaves on purpose)
     * @param tika           options of the extractor inside each worker
     */
    public record Options(int workers, int workerMemoryMb, Duration grace, Duration startupTimeout, String mainClass,
                          TikaExtractor.Options tika) {
        public static final int DEFAULT_MEMORY_MB = 1024;

        public static Options of(int workers, int workerMemoryMb) {
            return new Options(workers, workerMemoryMb, Duration.ofSeconds(5), Duration.ofSeconds(60),
                    ExtractionWorkerMain.class.getName(), TikaExtractor.Options.DEFAULT);
        }

        public Options withMainClass(String name) {
            return new Options(workers, workerMemoryMb, grace, startupTimeout, name, tika);
        }

        public Options withGrace(Duration g) {
            return new Options(workers, workerMemoryMb, g, startupTimeout, mainClass, tika);
        }
    }

    private final Options options;
    private final List<String> command;
    private final Deque<WorkerProcess> idle = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final Lazy<TikaExtractor> fallback;
    private int live;
    private boolean closed;
    private boolean workersWork;
    private volatile boolean usedFallback;

    public IsolatedExtractor(Options options) {
        if (options.workers() < 1 || options.workerMemoryMb() < 64) {
            throw new IllegalArgumentException("need at least 1 worker and 64 MB each");
        }
        this.options = options;
        this.command = command(options);
        this.fallback = new Lazy<>(() -> new TikaExtractor(options.tika()));
    }

    private static List<String> command(Options o) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-Xmx" + o.workerMemoryMb() + "m");
        c.add("-XX:+ExitOnOutOfMemoryError");
        c.add("-XX:+UseSerialGC"); // one parse at a time: the smallest, quickest-starting collector
        c.add("-Xms32m"); // grow the heap only as a document needs: the default start (1/64 of RAM) is mostly idle RSS
        c.add("-XX:TieredStopAtLevel=1"); // documents are small; C1 alone starts faster (STACK-NOTES)
        c.add("-Djava.awt.headless=true");
        c.add("-Dfile.encoding=UTF-8");
        // the launcher's class-data archive serves the workers too (same jar, same classes): each worker then
        // starts in a fraction of the CPU (docs/performance.md)
        for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-XX:SharedArchiveFile=")) {
                c.add(arg);
                c.add("-Xlog:disable"); // an archive the JVM refuses is reported on stdout, the protocol channel
            }
        }
        c.add("-cp");
        c.add(workerClassPath());
        c.add(o.mainClass());
        c.add(Boolean.toString(o.tika().ocr()));
        c.add(o.tika().ocrLanguage());
        c.add(Integer.toString(o.tika().ocrDpi()));
        return List.copyOf(c);
    }

    /**
     * The worker's classpath: this JVM's, when its application class loader sees sumcheck's classes (the CLI, tests);
     * otherwise the jar holding them goes first. Under spark-submit the application jar is loaded by Spark's own class
     * loader and is not on {@code java.class.path}: without it no worker starts and every file would silently be read
     * in-process (SCALEOUT-NOTES §5).
     */
    static String workerClassPath(String javaClassPath, boolean systemLoaderSeesWorker, String codeSource) {
        String cp = javaClassPath == null ? "" : javaClassPath;
        if (systemLoaderSeesWorker || codeSource == null) {
            return cp;
        }
        return cp.isEmpty() ? codeSource : codeSource + java.io.File.pathSeparator + cp;
    }

    private static String workerClassPath() {
        boolean seen = ClassLoader.getSystemClassLoader()
                .getResource(ExtractionWorkerMain.class.getName().replace('.', '/') + ".class") != null;
        return workerClassPath(System.getProperty("java.class.path"), seen, seen ? null : codeSource());
    }

    private static String codeSource() {
        try {
            java.security.CodeSource cs = ExtractionWorkerMain.class.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public Document extract(Path file, ExtractionLimits limits) throws ExtractionException {
        if (usedFallback) {
            return fallback.get().extract(file, limits);
        }
        WorkerProcess w;
        try {
            w = acquire();
        } catch (StartFailure e) {
            if (neverStarted()) {
                log.warn("no extraction worker could start ({}); reading files in-process", e.getMessage());
                usedFallback = true;
                return fallback.get().extract(file, limits);
            }
            throw new ExtractionException(ErrorCode.READ_ERROR, "the extraction worker did not start: " + e.getMessage());
        }
        boolean healthy = false;
        try {
            WorkerProtocol.Reply r = w.call(WorkerProtocol.Request.of(ids.incrementAndGet(), file, limits),
                    limits.timeout().plus(options.grace()));
            if (r.document() != null) {
                healthy = true;
                return r.document();
            }
            ErrorCode code = ErrorCode.fromId(r.code());
            // after a timeout the worker's abandoned parse may still run: recycle it
            healthy = code != ErrorCode.TIMEOUT;
            throw new ExtractionException(code, r.detail());
        } catch (WorkerProcess.Overrun e) {
            throw new ExtractionException(ErrorCode.TIMEOUT, "parsing took longer than " + limits.timeout().toMillis()
                    + " ms; the worker process was stopped");
        } catch (WorkerProcess.Died e) {
            if (e.outOfMemory()) {
                throw new ExtractionException(ErrorCode.TOO_LARGE, "the parser ran out of memory (worker limit "
                        + options.workerMemoryMb() + " MB)");
            }
            throw new ExtractionException(ErrorCode.READ_ERROR, "the parser process died (" + e.getMessage() + ")");
        } finally {
            release(w, healthy);
        }
    }

    /** A worker could not be started. */
    private static final class StartFailure extends Exception {
        StartFailure(String m) {
            super(m);
        }
    }

    private synchronized boolean neverStarted() {
        return !workersWork;
    }

    private WorkerProcess acquire() throws ExtractionException, StartFailure {
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("extractor is closed");
                }
                if (!idle.isEmpty()) {
                    return idle.pop();
                }
                if (live < options.workers()) {
                    live++;
                    break;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ExtractionException(ErrorCode.TIMEOUT, "interrupted while waiting for a worker");
                }
            }
        }
        try {
            WorkerProcess w = WorkerProcess.start(command, options.startupTimeout()); // outside the lock: in parallel
            synchronized (this) {
                workersWork = true;
            }
            return w;
        } catch (WorkerProcess.Died | WorkerProcess.Overrun e) {
            synchronized (this) {
                live--;
                notifyAll();
            }
            throw new StartFailure(e.getMessage());
        }
    }

    private void release(WorkerProcess w, boolean healthy) {
        if (!healthy) {
            w.kill();
        }
        synchronized (this) {
            if (healthy && !closed) {
                idle.push(w);
            } else {
                live--;
                if (healthy) {
                    w.stop();
                }
            }
            notifyAll();
        }
    }

    @Override
    public void close() {
        List<WorkerProcess> stopping;
        synchronized (this) {
            closed = true;
            stopping = new ArrayList<>(idle);
            idle.clear();
            notifyAll();
        }
        stopping.forEach(WorkerProcess::stop);
        if (usedFallback) {
            fallback.get().close();
        }
        log.debug("isolated extractor closed");
    }
}
