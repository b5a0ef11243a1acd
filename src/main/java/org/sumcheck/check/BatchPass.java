package org.sumcheck.check;

import java.util.List;
import java.util.Map;
import org.sumcheck.report.Finding;
import org.sumcheck.rules.RuleSettings;
import org.sumcheck.structure.AnalyzedDocument;

/**
 * A check over a whole batch, run once after every file was checked on its own (docs/crossdoc.md). Files are still
 * checked and streamed one at a time: for each, the pass keeps only a compact {@link Signature} (never the
 * document); at the end it compares the signatures and its findings are merged into the files' results before
 * anything is rendered.
 */
public interface BatchPass {
    /** What one file leaves for the batch pass. Small: hashes, a few short texts and their locations. */
    interface Signature {
        /** The file as the report shows it. */
        String path();
    }

    /**
     * The signature of one checked file, made on the worker thread that checked it; null when the pass keeps
     * nothing of it. Thread-safe.
     *
     * @param archive  the file is an earlier submission ({@code --against DIR}): compared with, never reported on
     * @param settings the file's own settings
     */
    Signature sign(String displayPath, AnalyzedDocument doc, boolean archive, RuleSettings settings);

    /**
     * Compares the batch (signatures in input order) with itself and with the archive, once, on the calling thread.
     *
     * @param settings the batch's settings (the {@code crossdoc:} section of the sumcheck.yaml that applies to the
     *                 first input, or of {@code --config})
     * @return the new findings of each batch file, by display path (archive files never get any)
     */
    Map<String, List<Finding>> run(List<Signature> batch, List<Signature> archive, RuleSettings settings);

    /** No batch pass: the files' results are left as they are. */
    BatchPass NONE = new BatchPass() {
        @Override
        public Signature sign(String displayPath, AnalyzedDocument doc, boolean archive, RuleSettings settings) {
            return null;
        }

        @Override
        public Map<String, List<Finding>> run(List<Signature> batch, List<Signature> archive, RuleSettings settings) {
            return Map.of();
        }
    };
}
