package org.sumcheck.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.check.Checker;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;

/**
 * What every endpoint that takes files shares, in one place: refuse early when the slots are full and refuse bad
 * options before reading the body, read the upload, check how many files came, take a checking slot, say when a
 * file cannot be checked or its copy cannot be written, and send a written copy back as a download.
 */
final class Intake {
    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);
    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The work of one endpoint, on the upload and its options, with the checker of the requested profile. */
    interface Work {
        Reply run(Upload upload, RequestOptions options, Checker checker) throws IOException;
    }

    private final ServerConfig config;
    private final RuleEngine engine;
    private final ExtractionLimits limits;
    private final Admission admission;
    private final ApiHandler.CheckListener listener;

    Intake(ServerConfig config, RuleEngine engine, ExtractionLimits limits, Admission admission,
           ApiHandler.CheckListener listener) {
        this.config = config;
        this.engine = engine;
        this.limits = limits;
        this.admission = admission;
        this.listener = listener;
    }

    /**
     * @param files        how many files the endpoint takes; 0 for one or more
     * @param wrongCountCode the error code when more (or fewer, but some) files came than {@code files}
     */
    Reply handle(Request request, int files, String wrongCountCode, Work work) throws IOException {
        if (admission.full()) {
            throw new HttpError(429, "busy");
        }
        RequestOptions.of(request, null, engine); // refuse bad options before reading the body
        try (Upload upload = Upload.read(request, config.tempRoot(), config.maxUploadBytes(), config.uploadTimeout())) {
            RequestOptions o = RequestOptions.of(request, upload, engine);
            int n = upload.files().size();
            if (n == 0) {
                throw new HttpError(400, "no-file");
            }
            if (files > 0 && n != files) {
                throw new HttpError(400, wrongCountCode);
            }
            return work.run(upload, o, engine.current().checker(o.profile()));
        }
    }

    /** A checking slot (429 or 503 when none comes), after which the files' check starts. */
    Admission.Slot admit(List<String> fileNames) {
        Admission.Ticket t = admission.enter();
        if (t.slot() == null) {
            throw t.refusal() == Admission.Refusal.QUEUE_FULL ? new HttpError(429, "busy")
                    : new HttpError(503, "queue-timeout");
        }
        listener.checkStarted(fileNames);
        return t.slot();
    }

    /** A 422 naming the file and why it could not be checked, unless it was. */
    void requireChecked(FileResult r, String name, Messages messages, Lang lang) {
        if (!r.isOk()) {
            throw new HttpError(422, "cannot-check", name,
                    messages.get(lang, "error." + r.error().code().id(), String.valueOf(limits.timeout().toSeconds())));
        }
    }

    /** A copy of the uploaded file being written (annotated or fixed). */
    interface CopyWriter {
        void write() throws IOException;
    }

    /** Writes a copy; a file that was read but whose structure defeats the writer is a 422, not a server failure. */
    static void writeCopy(String what, String name, CopyWriter writer) {
        try {
            writer.write();
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: {}: {}", what, name, e.toString());
            throw new HttpError(422, "annotate-failed", name);
        }
    }

    /** The written copy as a download named {@code name}. */
    static Reply download(Path written, String name) throws IOException {
        String type = written.getFileName().toString().endsWith(".pdf") ? "application/pdf" : DOCX_TYPE;
        return Reply.of(type, Files.readAllBytes(written)).attachment(name);
    }

    /** 述职报告.docx with {@code .fixed.docx} → 述职报告.fixed.docx. */
    static String renamed(String name, String suffix) {
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)) + suffix;
    }
}
