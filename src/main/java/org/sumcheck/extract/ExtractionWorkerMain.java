package org.sumcheck.extract;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sumcheck.document.Document;

/**
 * The child process of {@link IsolatedExtractor}: reads {@link WorkerProtocol.Request}s on stdin, one per line, and
 * answers each with a {@link WorkerProtocol.Reply} on stdout. It is started with {@code -Xmx} and
 * {@code -XX:+ExitOnOutOfMemoryError}, so a parser that exhausts memory ends this process, not the batch; the parent
 * kills it when it overruns the time limit.
 *
 * <p>Arguments: {@code ocr(true|false) ocrLanguage ocrDpi}. Exits when stdin closes or the parent process ends.
 */
public final class ExtractionWorkerMain {
    private ExtractionWorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        TikaExtractor.Options options = args.length >= 3
                ? new TikaExtractor.Options(Boolean.parseBoolean(args[0]), args[1], Integer.parseInt(args[2]))
                : TikaExtractor.Options.DEFAULT;
        try (TikaExtractor extractor = new TikaExtractor(options)) {
            serve(extractor);
        }
    }

    /**
     * Serves requests with {@code extractor} until stdin closes. Public so that a test can serve through a
     * decorated extractor (a parser that hangs or exhausts memory on purpose).
     */
    public static void serve(Extractor extractor) throws IOException {
        // the protocol owns the real stdout; anything a library prints goes to stderr instead
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        exitWithParent();
        serve(extractor, System.in, protocolOut);
    }

    static void serve(Extractor extractor, InputStream in, OutputStream out) throws IOException {
        PrintStream replies = new PrintStream(out, false, StandardCharsets.UTF_8);
        replies.println(WorkerProtocol.READY);
        replies.flush();
        BufferedReader requests = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            WorkerProtocol.Request r = WorkerProtocol.read(line, WorkerProtocol.Request.class);
            replies.println(WorkerProtocol.write(answer(extractor, r)));
            replies.flush();
        }
    }

    private static WorkerProtocol.Reply answer(Extractor extractor, WorkerProtocol.Request r) {
        try {
            Document d = extractor.extract(Path.of(r.path()), r.limits());
            return new WorkerProtocol.Reply(r.id(), d, null, null);
        } catch (ExtractionException e) {
            return new WorkerProtocol.Reply(r.id(), null, e.code().id(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new WorkerProtocol.Reply(r.id(), null, org.sumcheck.document.ErrorCode.READ_ERROR.id(), Failures.describe(e));
        }
    }

    /** A worker whose parent died (killed, crashed) has nobody to answer: it ends too, even mid-parse. */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    }
}
