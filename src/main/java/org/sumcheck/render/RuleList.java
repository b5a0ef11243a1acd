package org.sumcheck.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Report;
import org.sumcheck.report.RuleInfo;

/**
 * The rules a report describes: every rule that was run, in the report's order, then any rule that produced
 * a finding without being listed (a custom rules folder), sorted by id, so every finding has a rule entry.
 */
final class RuleList {
    private RuleList() {
    }

    static List<RuleInfo> of(Report report) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        report.rules().forEach(r -> byId.putIfAbsent(r.id(), r));
        Map<String, RuleInfo> extra = new TreeMap<>();
        for (FileResult fr : report.files()) {
            for (Finding f : fr.findings()) {
                if (!byId.containsKey(f.rule())) {
                    extra.putIfAbsent(f.rule(), new RuleInfo(f.rule(), f.category(), f.severity()));
                }
            }
        }
        List<RuleInfo> all = new ArrayList<>(byId.values());
        all.addAll(extra.values());
        return all;
    }
}
