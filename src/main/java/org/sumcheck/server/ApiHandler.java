package org.sumcheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;

/**
 * The HTTP surface: the API under /api/v1, /healthz, /openapi.json and the review page at /. Every refusal is a
 * JSON error with a code and a message in both languages; a file that cannot be checked is a failed entry in a
 * 200 report, never a 500. This class routes; each endpoint is its own class, and what the file endpoints share
 * (upload, options, admission, download) is {@link Intake}. Handlers block (a check is CPU work): Jetty runs them on
 * its thread pool.
 */
final class ApiHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int RETRY_AFTER_SECONDS = 5;

    /** Called when a check has its slot and is about to run (tests hold it there to fill the slots). */
    interface CheckListener {
        CheckListener NONE = names -> { };

        void checkStarted(List<String> fileNames);
    }

    private final PageAssets assets;
    private final Messages ui = Messages.builtIn();
    private final CheckEndpoint check;
    private final AnnotateEndpoint annotate;
    private final FixEndpoint fix;
    private final DiffEndpoint diff;
    private final CatalogEndpoints catalog;

    ApiHandler(ServerConfig config, RuleEngine engine, TextCapture capture, ExtractionLimits limits, PageAssets assets,
               CheckListener listener, String version) {
        Admission admission = new Admission(config.maxConcurrent(), config.queue(), config.queueWait());
        Intake intake = new Intake(config, engine, limits, admission, listener);
        this.assets = assets;
        this.check = new CheckEndpoint(intake, capture);
        this.annotate = new AnnotateEndpoint(intake);
        this.fix = new FixEndpoint(intake);
        this.diff = new DiffEndpoint(intake);
        this.catalog = new CatalogEndpoints(config, engine, admission, version);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        Reply reply;
        try {
            reply = route(method, path, request);
        } catch (HttpError e) {
            reply = error(e, langOf(request));
        } catch (IOException | RuntimeException e) {
            LOG.error("{} {}: {}", method, path, e.toString(), e);
            reply = error(new HttpError(500, "internal"), Lang.ZH);
        }
        reply.send(response, callback);
        return true;
    }

    private Reply route(String method, String path, Request request) throws IOException {
        boolean get = "GET".equals(method) || "HEAD".equals(method);
        boolean post = "POST".equals(method);
        switch (path) {
            case "/", "/index.html" -> {
                requireMethod(get);
                return Reply.page(assets.page());
            }
            case "/openapi.json" -> {
                requireMethod(get);
                return Reply.json(200, assets.openApi());
            }
            case "/healthz" -> {
                requireMethod(get);
                return catalog.health();
            }
            case "/api/v1/rules" -> {
                requireMethod(get);
                return catalog.rules(langOf(request));
            }
            case "/api/v1/check" -> {
                requireMethod(post);
                return check.handle(request);
            }
            case "/api/v1/annotate" -> {
                requireMethod(post);
                return annotate.handle(request);
            }
            case "/api/v1/fix" -> {
                requireMethod(post);
                return fix.handle(request);
            }
            case "/api/v1/diff" -> {
                requireMethod(post);
                return diff.handle(request);
            }
            default -> throw new HttpError(404, "not-found");
        }
    }

    private static void requireMethod(boolean allowed) {
        if (!allowed) {
            throw new HttpError(405, "method");
        }
    }

    private Reply error(HttpError e, Lang lang) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode err = root.putObject("error");
        err.put("status", e.status());
        err.put("code", e.code());
        String key = "server.error." + e.code();
        err.put("message", ui.get(lang, key, e.args()));
        err.put(lang == Lang.ZH ? "messageEn" : "messageZh", ui.get(lang == Lang.ZH ? Lang.EN : Lang.ZH, key, e.args()));
        Reply r;
        try {
            r = Reply.json(e.status(), MAPPER.writeValueAsBytes(root));
        } catch (IOException io) {
            r = Reply.json(e.status(), ("{\"error\":{\"code\":\"" + e.code() + "\"}}").getBytes(StandardCharsets.UTF_8));
        }
        return e.status() == 429 || e.status() == 503 ? r.retryAfter(RETRY_AFTER_SECONDS) : r;
    }

    private static Lang langOf(Request request) {
        String l = Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue("lang");
        try {
            return l == null ? Lang.ZH : Lang.fromId(l);
        } catch (IllegalArgumentException e) {
            return Lang.ZH;
        }
    }
}
