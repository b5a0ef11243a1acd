package org.sumcheck.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.check.Checker;
import org.sumcheck.fix.DocxFixer;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Messages;

/** {@code POST /api/v1/fix}: one .docx in, its copy with deterministic suggestions as tracked changes, the rest as comments. */
final class FixEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(FixEndpoint.class);

    private final Intake intake;

    FixEndpoint(Intake intake) {
        this.intake = intake;
    }

    Reply handle(Request request) throws IOException {
        return intake.handle(request, 1, "one-file", this::fix);
    }

    private Reply fix(Upload upload, RequestOptions o, Checker checker) throws IOException {
        Upload.File f = upload.files().get(0);
        Path out = f.path().resolveSibling("fixed.docx");
        try (Admission.Slot slot = intake.admit(List.of(f.name()))) {
            FileResult r = checker.check(f.path(), f.name());
            Messages messages = checker.report(List.of(r), List.of()).messages();
            intake.requireChecked(r, f.name(), messages, o.lang());
            if (!"docx".equals(r.document().format())) {
                throw new HttpError(415, "fix-type", r.document().format());
            }
            Intake.writeCopy("fix", f.name(),
                    () -> DocxFixer.fix(f.path(), r.open(), Set.of(), messages, o.lang(), out, Instant.now()));
        }
        LOG.info("fix: {}", f.name());
        return Intake.download(out, Intake.renamed(f.name(), ".fixed.docx"));
    }
}
