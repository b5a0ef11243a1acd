package org.sumcheck.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.server.Request;
import org.sumcheck.check.Checker;
import org.sumcheck.check.Gating;
import org.sumcheck.diff.DiffRenderer;
import org.sumcheck.diff.ReportDiff;
import org.sumcheck.report.Report;

/** {@code POST /api/v1/diff}: two files, the earlier version first; what the new one fixed, added and kept. */
final class DiffEndpoint {
    private final Intake intake;

    DiffEndpoint(Intake intake) {
        this.intake = intake;
    }

    Reply handle(Request request) throws IOException {
        return intake.handle(request, 2, "two-files", this::diff);
    }

    private Reply diff(Upload upload, RequestOptions o, Checker checker) throws IOException {
        Upload.File older = upload.files().get(0);
        Upload.File newer = upload.files().get(1);
        Report a;
        Report b;
        try (Admission.Slot slot = intake.admit(List.of(older.name(), newer.name()))) {
            a = Gating.apply(checker.report(List.of(checker.check(older.path(), older.name())), List.of()), null, o.failOn());
            b = Gating.apply(checker.report(List.of(checker.check(newer.path(), newer.name())), List.of()), null, o.failOn());
        }
        // both versions under the new file's name: the fingerprints then compare the words, not the names
        ReportDiff d = ReportDiff.of(a, List.of(newer.name()), b, List.of(newer.name()));
        return Reply.json(200, DiffRenderer.json(d, o.lang()).getBytes(StandardCharsets.UTF_8));
    }
}
