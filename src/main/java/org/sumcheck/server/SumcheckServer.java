package org.sumcheck.server;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.Messages;

/**
 * {@code sumcheck serve}: the review page and the HTTP API on an embedded Jetty 12. One rule base and one
 * extractor serve every request; uploads live in per-request temp folders removed when the request ends.
 */
public final class SumcheckServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SumcheckServer.class);

    private final Server jetty;
    private final ServerConnector connector;
    private final RuleEngine engine;
    private final TextCapture extractor;

    private SumcheckServer(Server jetty, ServerConnector connector, RuleEngine engine, TextCapture extractor) {
        this.jetty = jetty;
        this.connector = connector;
        this.engine = engine;
        this.extractor = extractor;
    }

    /**
     * Builds the rule base, binds and starts serving.
     *
     * @throws org.sumcheck.rules.RuleLoadException when the rules do not load
     * @throws IOException                          when the address cannot be bound
     */
    public static SumcheckServer start(ServerConfig config, String version) throws IOException {
        return start(config, version, ApiHandler.CheckListener.NONE);
    }

    static SumcheckServer start(ServerConfig config, String version, ApiHandler.CheckListener listener)
            throws IOException {
        ExtractionLimits limits = new ExtractionLimits(config.maxUploadBytes(), ExtractionLimits.DEFAULT.maxChars(),
                config.fileTimeout());
        TextCapture extractor = new TextCapture(new TikaExtractor(TikaExtractor.Options.DEFAULT.withTempRoot(config.tempRoot())));
        RuleEngine engine = null;
        try {
            engine = new RuleEngine(config.rulesDir(), config.profilesDir(), extractor, limits, version);
            if (config.watchRules()) {
                engine.watch();
            }
            // enough threads for every admitted check plus uploads in progress and cheap requests
            int threads = Math.max(32, 2 * (config.maxConcurrent() + config.queue()) + 16);
            QueuedThreadPool pool = new QueuedThreadPool(threads, 4, (int) Duration.ofMinutes(1).toMillis());
            pool.setName("sumcheck-http");
            Server jetty = new Server(pool);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
            connector.setHost(config.host());
            connector.setPort(config.port());
            connector.setIdleTimeout(config.idleTimeout().toMillis());
            jetty.addConnector(connector);
            PageAssets assets = new PageAssets(Messages.builtIn(), version);
            jetty.setHandler(new ApiHandler(config, engine, extractor, limits, assets, listener, version));
            jetty.setStopTimeout(10_000);
            jetty.start();
            SumcheckServer s = new SumcheckServer(jetty, connector, engine, extractor);
            LOG.info("sumcheck serve: http://{}:{}/ ({} rules, max {} concurrent + {} queued, upload limit {} MB)",
                    config.host(), s.port(), engine.current().ruleBase().rules().size(), config.maxConcurrent(),
                    config.queue(), config.maxUploadBytes() / (1024 * 1024));
            return s;
        } catch (IOException | RuntimeException e) {
            if (engine != null) {
                engine.close();
            }
            extractor.close();
            throw e;
        } catch (Exception e) {
            if (engine != null) {
                engine.close();
            }
            extractor.close();
            throw new IOException("cannot start the server: " + e.getMessage(), e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops accepting, lets requests in flight finish (up to 10 s), releases the extractor. */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("stopping the server: {}", e.toString());
        }
        engine.close();
        extractor.close();
    }
}
