package org.sumcheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.sumcheck.render.RuleCatalogJson;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;

/** {@code GET /api/v1/rules} (the rules and profiles a request may use) and {@code GET /healthz}. */
final class CatalogEndpoints {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ServerConfig config;
    private final RuleEngine engine;
    private final Admission admission;
    private final String version;

    CatalogEndpoints(ServerConfig config, RuleEngine engine, Admission admission, String version) {
        this.config = config;
        this.engine = engine;
        this.admission = admission;
        this.version = version;
    }

    Reply rules(Lang lang) throws IOException {
        RuleEngine.Snapshot s = engine.current();
        Messages m = s.ruleBase().messages();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("generation", s.generation());
        root.set("rules", RuleCatalogJson.rows(s.ruleBase().rules(), m, lang));
        ArrayNode profiles = root.putArray("profiles");
        engine.profileNames().forEach(profiles::add);
        return Reply.json(200, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    Reply health() throws IOException {
        RuleEngine.Snapshot s = engine.current();
        RuleEngine.ReloadStatus rs = engine.reloadStatus();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", "ok");
        root.put("version", version);
        ObjectNode rules = root.putObject("rules");
        rules.put("count", s.ruleBase().rules().size());
        rules.put("generation", s.generation());
        rules.put("loadedAt", s.loadedAt().toString());
        rules.put("reloadFailures", rs.failures());
        if (rs.lastError() != null) {
            rules.put("lastReloadError", rs.lastError());
        }
        ObjectNode checks = root.putObject("checks");
        checks.put("inFlight", admission.inFlight());
        checks.put("maxConcurrent", config.maxConcurrent());
        checks.put("queue", config.queue());
        return Reply.json(200, MAPPER.writeValueAsBytes(root));
    }
}
