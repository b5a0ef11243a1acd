package org.sumcheck.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.annotate.Annotators;
import org.sumcheck.check.Checker;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Messages;

/** {@code POST /api/v1/annotate}: one .docx or PDF in, its copy with a comment or highlight on every finding out. */
final class AnnotateEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotateEndpoint.class);

    private final Intake intake;

    AnnotateEndpoint(Intake intake) {
        this.intake = intake;
    }

    Reply handle(Request request) throws IOException {
        return intake.handle(request, 1, "one-file", this::annotate);
    }

    private Reply annotate(Upload upload, RequestOptions o, Checker checker) throws IOException {
        Upload.File f = upload.files().get(0);
        FileResult r;
        Path out;
        Annotators.Kind kind;
        try (Admission.Slot slot = intake.admit(List.of(f.name()))) {
            r = checker.check(f.path(), f.name());
            Messages messages = checker.report(List.of(r), List.of()).messages();
            intake.requireChecked(r, f.name(), messages, o.lang());
            kind = Annotators.kindOf(f.path())
                    .orElseThrow(() -> new HttpError(415, "annotate-type", r.document().format()));
            out = f.path().resolveSibling("annotated." + kind.extension());
            // a waived finding already carries the reviewer's comment
            Intake.writeCopy("annotate", f.name(), () -> Annotators.annotate(f.path(), r.open(), messages, o.lang(), out));
        }
        LOG.info("annotate: {}, {} finding(s)", f.name(), r.findings().size());
        return Intake.download(out, Annotators.annotatedName(f.name(), kind));
    }
}
