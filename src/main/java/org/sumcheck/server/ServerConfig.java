package org.sumcheck.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a deployer can set for {@code sumcheck serve}.
 *
 * @param host            address to bind; 127.0.0.1 unless told otherwise
 * @param port            TCP port, 0 for any free one (tests)
 * @param rulesDir        rules folder, or null for the rules bundled in the jar
 * @param watchRules      reload the rules when files in {@code rulesDir} change
 * @param profilesDir     folder of named rule profiles ({@code NAME.yaml}, sumcheck.yaml format), or null
 * @param maxUploadBytes  largest request body accepted; beyond it 413
 * @param maxConcurrent   checks running at once
 * @param queue           checks allowed to wait for a free slot; beyond it 429
 * @param queueWait       how long a queued check waits for a slot before 503
 * @param fileTimeout     per-file parse time limit ({@link org.sumcheck.extract.ExtractionLimits#timeout()})
 * @param idleTimeout     a connection silent for this long is closed (slow clients)
 * @param uploadTimeout   the whole request body must arrive within this, else 408
 * @param tempRoot        where each request's upload folder is made (and removed when the request ends)
 */
public record ServerConfig(String host, int port, Path rulesDir, boolean watchRules, Path profilesDir,
                           long maxUploadBytes, int maxConcurrent, int queue, Duration queueWait,
                           Duration fileTimeout, Duration idleTimeout, Duration uploadTimeout, Path tempRoot) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_UPLOAD_MB = 20;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tempRoot, "tempRoot");
        if (maxConcurrent < 1 || queue < 0 || maxUploadBytes < 1) {
            throw new IllegalArgumentException("max-concurrent must be >= 1, queue >= 0, max upload >= 1 byte");
        }
        if (watchRules && rulesDir == null) {
            throw new IllegalArgumentException("--watch-rules needs --rules DIR");
        }
    }

    /** The defaults: loopback, port 8080, bundled rules, 20 MB, one check per core with a short queue. */
    public static ServerConfig defaults() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, null, false, null, DEFAULT_MAX_UPLOAD_MB * 1024 * 1024,
                cores, 2 * cores, Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(30),
                Duration.ofSeconds(120), Path.of(System.getProperty("java.io.tmpdir")));
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, rulesDir, watchRules, profilesDir, maxUploadBytes, maxConcurrent, queue,
                queueWait, fileTimeout, idleTimeout, uploadTimeout, tempRoot);
    }

    public ServerConfig withRules(Path dir, boolean watch) {
        return new ServerConfig(host, port, dir, watch, profilesDir, maxUploadBytes, maxConcurrent, queue,
                queueWait, fileTimeout, idleTimeout, uploadTimeout, tempRoot);
    }

    public ServerConfig withLimits(long maxUpload, int concurrent, int queued) {
        return new ServerConfig(host, port, rulesDir, watchRules, profilesDir, maxUpload, concurrent, queued,
                queueWait, fileTimeout, idleTimeout, uploadTimeout, tempRoot);
    }

    public ServerConfig withTempRoot(Path dir) {
        return new ServerConfig(host, port, rulesDir, watchRules, profilesDir, maxUploadBytes, maxConcurrent, queue,
                queueWait, fileTimeout, idleTimeout, uploadTimeout, dir);
    }

    public ServerConfig withTimeouts(Duration idle, Duration upload) {
        return new ServerConfig(host, port, rulesDir, watchRules, profilesDir, maxUploadBytes, maxConcurrent, queue,
                queueWait, fileTimeout, idle, upload, tempRoot);
    }

    public ServerConfig withProfiles(Path dir) {
        return new ServerConfig(host, port, rulesDir, watchRules, dir, maxUploadBytes, maxConcurrent, queue,
                queueWait, fileTimeout, idleTimeout, uploadTimeout, tempRoot);
    }
}
