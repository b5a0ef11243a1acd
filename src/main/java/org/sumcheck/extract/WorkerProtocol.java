package org.sumcheck.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.sumcheck.document.Document;

/**
 * What the parent and an extraction worker say to each other: one JSON object per line, a {@link Request} on the
 * worker's stdin, a {@link Reply} on its stdout. The worker first prints {@link #READY} once it is set up.
 */
final class WorkerProtocol {
    static final String READY = "sumcheck-worker-ready";

    /** Document/Paragraph are records; their helper getters (Paragraph.isBlank) are ignored when read back. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WorkerProtocol() {
    }

    /** Extract {@code path} within these limits. */
    record Request(long id, String path, long maxFileBytes, long maxChars, long timeoutMillis) {
        static Request of(long id, java.nio.file.Path file, ExtractionLimits limits) {
            return new Request(id, file.toString(), limits.maxFileBytes(), limits.maxChars(), limits.timeout().toMillis());
        }

        ExtractionLimits limits() {
            return new ExtractionLimits(maxFileBytes, maxChars, Duration.ofMillis(timeoutMillis));
        }
    }

    /** Either the document, or the failure's code id and detail. */
    record Reply(long id, Document document, String code, String detail) {
    }

    static String write(Object message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String line, Class<T> type) {
        try {
            return MAPPER.readValue(line, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + Failures.describe(e), e);
        }
    }
}
