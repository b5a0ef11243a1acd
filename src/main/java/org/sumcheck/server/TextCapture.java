package org.sumcheck.server;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sumcheck.document.Document;
import org.sumcheck.extract.ExtractionException;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.Extractor;

/**
 * The server's extractor: passes every call to the real one, and keeps the document of a file that a request asked
 * for ({@code include=text}) so the page gets the paragraphs without a second parse (which for a scan means a
 * second OCR). Upload paths are unique per request, so the path is the key; the request takes what it asked for
 * and forgets it in a finally. Thread-safe.
 */
final class TextCapture implements Extractor {
    private final Extractor inner;
    private final ConcurrentHashMap<Path, Optional<Document>> wanted = new ConcurrentHashMap<>();

    TextCapture(Extractor inner) {
        this.inner = inner;
    }

    @Override
    public Document extract(Path file, ExtractionLimits limits) throws ExtractionException {
        Document d = inner.extract(file, limits);
        wanted.computeIfPresent(file, (k, v) -> Optional.of(d));
        return d;
    }

    /** From now on, keep the document extracted from {@code file}. */
    void want(Path file) {
        wanted.put(file, Optional.empty());
    }

    /** The document kept for {@code file} (null when none was extracted), and stop keeping it. */
    Document take(Path file) {
        Optional<Document> d = wanted.remove(file);
        return d == null ? null : d.orElse(null);
    }

    @Override
    public void close() {
        inner.close();
    }
}
