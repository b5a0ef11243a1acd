package org.sumcheck.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * The detector of our TikaConfig. A type the caller already detected (metadata
 * {@link TikaCoreProperties#CONTENT_TYPE_USER_OVERRIDE}) is taken as it is; PDF and Word files are recognised by
 * their own signatures ({@link ContentType#sniff}); anything else goes to Tika's DefaultDetector, made on first need:
 * it costs about 0.3 s to start and 12 % of a batch's CPU (docs/performance.md). Thread-safe.
 */
public final class SniffingDetector implements Detector {
    private static final long serialVersionUID = 1L;
    private final transient Lazy<Detector> fallback = new Lazy<>(DefaultDetector::new);

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        String given = metadata.get(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE);
        MediaType type = given == null ? null : MediaType.parse(given);
        if (type != null) {
            return type;
        }
        if (input instanceof TikaInputStream tis && tis.hasFile()) {
            MediaType known = ContentType.sniff(tis.getPath());
            if (known != null) {
                return known;
            }
        }
        return input == null ? MediaType.OCTET_STREAM : fallback.get().detect(input, metadata);
    }
}
