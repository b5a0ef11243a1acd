package org.sumcheck.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.report.RuleInfo;

/** The rule list as JSON rows, one shape for {@code sumcheck rules --format json} and {@code GET /api/v1/rules}. */
public final class RuleCatalogJson {
    private RuleCatalogJson() {
    }

    /** One row per rule: id, category, severity, description (in {@code lang}), descriptionZh, descriptionEn. */
    public static ArrayNode rows(List<RuleInfo> rules, Messages messages, Lang lang) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (RuleInfo r : rules) {
            ObjectNode row = rows.addObject();
            row.put("id", r.id());
            row.put("category", r.category().id());
            row.put("severity", r.severity().id());
            row.put("description", messages.get(lang, r.id() + ".description"));
            row.put("descriptionZh", messages.get(Lang.ZH, r.id() + ".description"));
            row.put("descriptionEn", messages.get(Lang.EN, r.id() + ".description"));
        }
        return rows;
    }
}
