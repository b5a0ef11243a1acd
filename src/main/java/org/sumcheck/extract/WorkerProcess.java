package org.sumcheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One extraction worker process as the parent sees it: a line-based request/reply channel with a deadline on every
 * answer. Replies are read on a small daemon thread so that waiting can time out; stderr is drained on another and
 * its last lines kept, to say why a worker died. Used by one caller at a time.
 */
final class WorkerProcess {
    private static final Logger log = LoggerFactory.getLogger(WorkerProcess.class);
    /** The JVM's exit status after -XX:+ExitOnOutOfMemoryError. */
    private static final int OOM_EXIT = 3;
    private static final String EOF = "\u0000eof";

    /** No answer before the deadline. */
    static final class Overrun extends Exception {
        Overrun(String m) {
            super(m);
        }
    }

    /** The process ended (or broke the protocol) instead of answering. */
    static final class Died extends Exception {
        private final boolean outOfMemory;

        Died(String m, boolean outOfMemory) {
            super(m);
            this.outOfMemory = outOfMemory;
        }

        boolean outOfMemory() {
            return outOfMemory;
        }
    }

    private final Process process;
    private final Writer requests;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final Deque<String> lastErrors = new ArrayDeque<>();

    private WorkerProcess(Process process) {
        this.process = process;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("sumcheck-worker-out-" + process.pid(), () -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    replies.add(line);
                }
            } catch (IOException e) {
                // the process went away; EOF below says so
            }
            replies.add(EOF);
        });
        daemon("sumcheck-worker-err-" + process.pid(), () -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    remember(line);
                }
            } catch (IOException e) {
                // ignore: only diagnostics
            }
        });
    }

    static WorkerProcess start(List<String> command, Duration startupTimeout) throws Died, Overrun {
        long t0 = System.nanoTime();
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            // Tika's TesseractOCRParser starts tesseract with the worker's environment: one OpenMP thread per page
            // (with its default threads a page took 24-27 s on 2 cores, single-threaded 4-6 s)
            pb.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
            p = pb.start();
        } catch (IOException e) {
            throw new Died("cannot start " + command.get(0) + ": " + e.getMessage(), false);
        }
        WorkerProcess w = new WorkerProcess(p);
        String first = w.next(startupTimeout);
        if (!WorkerProtocol.READY.equals(first)) {
            w.kill();
            throw new Died("unexpected first line from worker: " + first, false);
        }
        log.debug("worker {} ready in {} ms", p.pid(), (System.nanoTime() - t0) / 1_000_000);
        return w;
    }

    WorkerProtocol.Reply call(WorkerProtocol.Request request, Duration deadline) throws Overrun, Died {
        try {
            requests.write(WorkerProtocol.write(request));
            requests.write('\n');
            requests.flush();
        } catch (IOException e) {
            throw diedNow();
        }
        String line = next(deadline);
        WorkerProtocol.Reply reply;
        try {
            reply = WorkerProtocol.read(line, WorkerProtocol.Reply.class);
        } catch (IllegalArgumentException e) {
            throw new Died("unreadable reply: " + e.getMessage(), false);
        }
        if (reply.id() != request.id()) {
            throw new Died("reply " + reply.id() + " to request " + request.id(), false);
        }
        return reply;
    }

    /**
     * The next protocol line before the deadline. The JVM itself writes some messages to stdout ("Terminating due
     * to java.lang.OutOfMemoryError…"): such lines are kept as diagnostics, not taken for replies.
     */
    private String next(Duration deadline) throws Overrun, Died {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            String line;
            try {
                line = replies.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Overrun("interrupted");
            }
            if (line == null) {
                throw new Overrun("no answer within " + deadline.toMillis() + " ms");
            }
            if (line.equals(EOF)) {
                throw diedNow();
            }
            if (line.startsWith("{") || line.equals(WorkerProtocol.READY)) {
                return line;
            }
            remember(line);
        }
    }

    private void remember(String diagnostic) {
        log.debug("worker {}: {}", process.pid(), diagnostic);
        synchronized (lastErrors) {
            lastErrors.addLast(diagnostic);
            if (lastErrors.size() > 5) {
                lastErrors.removeFirst();
            }
        }
    }

    private Died diedNow() {
        int status;
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
                return new Died("closed its output but did not exit", false);
            }
            status = process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        String errors;
        synchronized (lastErrors) {
            errors = String.join(" | ", lastErrors);
        }
        boolean oom = status == OOM_EXIT || errors.contains("OutOfMemoryError");
        return new Died("exit status " + status + (errors.isEmpty() ? "" : ": " + errors), oom);
    }

    /** Kills the worker and anything it started (tesseract), now. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Asks the worker to end (closes its stdin) and kills it if it does not within a moment. */
    void stop() {
        try {
            requests.close();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
