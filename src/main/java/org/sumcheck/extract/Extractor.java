package org.sumcheck.extract;

import java.nio.file.Path;
import org.sumcheck.document.Document;

/**
 * The one seam between files and the pure document model. Implementations must be thread-safe: one instance
 * serves every worker of a batch.
 */
public interface Extractor extends AutoCloseable {
    /**
     * Reads a file into a {@link Document}.
     *
     * @throws ExtractionException with a stable {@link org.sumcheck.document.ErrorCode} when the file cannot be
     *                             read as a document (empty, corrupt, encrypted, unsupported, too large, …)
     */
    Document extract(Path file, ExtractionLimits limits) throws ExtractionException;

    @Override
    default void close() {
    }
}
