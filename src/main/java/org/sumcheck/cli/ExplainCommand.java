package org.sumcheck.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.rules.Example;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleDefinition;
import org.sumcheck.rules.facts.EditDistance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code sumcheck explain RULE-ID}: the rule card, as a reviewer or CI user needs it when a finding surprises them:
 * what the rule looks for, its default severity, why reviewers send such text back, a wrong example with the
 * reported words marked 【】, a right one it stays silent on, and how to switch it off or tune it.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"说明一条规则：查什么、为什么、正反例、如何关闭或调整。", "Explain a rule: what it checks, why, examples, how to tune it."})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE-ID", description = "规则编号，如 PLACEHOLDER-001 / a rule id")
    String ruleId;

    @Mixin
    SharedOptions shared = new SharedOptions();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Lang l = shared.language(System.err);
        RuleBase rb = l == null ? null : shared.ruleBase(System.err);
        // a --config is checked against the rules here too, so a typo in it shows before a run
        if (rb == null || shared.settings(rb, System.err) == null) {
            return ExitCode.ERROR;
        }
        String wanted = ruleId.trim().toUpperCase(Locale.ROOT);
        Optional<RuleDefinition> found = rb.definitions().stream().filter(d -> d.id().equals(wanted)).findFirst();
        if (found.isEmpty()) {
            List<String> ids = rb.definitions().stream().map(RuleDefinition::id).toList();
            System.err.println("未知规则 / unknown rule: " + ruleId);
            List<String> near = ids.stream().filter(id -> similar(id, wanted)).toList();
            if (!near.isEmpty()) {
                System.err.println("是否要找 / did you mean: " + String.join(", ", near));
            }
            System.err.println("全部规则见 / all rules: sumcheck rules");
            return ExitCode.ERROR;
        }
        // the card uses the report labels (built in) and the rules folder's own texts
        out.print(card(found.get(), Messages.builtIn().merge(rb.messages()), l));
        return ExitCode.OK;
    }

    /** The card as text; a pure function of the rule and the bundles. */
    static String card(RuleDefinition d, Messages m, Lang l) {
        StringBuilder b = new StringBuilder();
        String category = m.get(l, "render.category." + d.category().id());
        b.append(d.id()).append(" · ").append(category).append(" (").append(d.category().id()).append(") · ")
                .append(m.get(l, "explain.severity")).append(m.get(l, "render.severity." + d.severity().id()))
                .append(" (").append(d.severity().id()).append(")");
        if (d.since() != null) {
            b.append(" · ").append(l == Lang.ZH ? "自 " + d.since() + " 版起" : "since " + d.since());
        }
        b.append("\n\n");
        b.append(m.get(l, "explain.description")).append('\n').append("  ").append(m.get(l, d.id() + ".description")).append("\n\n");
        b.append(m.get(l, "explain.message")).append('\n').append("  ").append(m.get(l, d.id() + ".message").replaceAll("\\{\\d+}", "…")).append("\n\n");
        b.append(m.get(l, "explain.why")).append('\n').append("  ").append(m.get(l, "explain.why." + d.category().id())).append("\n\n");
        if (!d.wrong().isEmpty()) {
            b.append(m.get(l, "explain.wrong")).append('\n');
            d.wrong().forEach(x -> {
                b.append("  ✗ ").append(show(x)).append('\n');
                if (!x.suggestions().isEmpty()) {
                    b.append("    → ").append(String.join(" / ", x.suggestions())).append('\n');
                }
            });
            b.append('\n');
        }
        if (!d.right().isEmpty()) {
            b.append(m.get(l, "explain.right")).append('\n');
            d.right().forEach(x -> b.append("  ✓ ").append(show(x)).append('\n'));
            b.append('\n');
        }
        b.append(m.get(l, "explain.tune")).append('\n');
        b.append("  rules:\n");
        b.append("    ").append(d.id()).append(": off        # ").append(m.get(l, "explain.tune.off")).append('\n');
        b.append("    ").append(d.id()).append(": warning    # ").append(m.get(l, "explain.tune.severity")).append('\n');
        b.append("  overrides:\n");
        b.append("    - files: \"草稿/**\"   # ").append(m.get(l, "explain.tune.glob")).append('\n');
        b.append("      rules: {").append(d.id()).append(": off}\n");
        b.append("  ").append(m.get(l, "explain.tune.data")).append('\n');
        return b.toString();
    }

    /** An example on one line, the words the rule reports in 【】, paragraphs separated by ⏎. */
    private static String show(Example x) {
        String s = x.source().strip().replace("<marker>", "【").replace("</marker>", "】").replaceAll("\\s*\\R\\s*", " ⏎ ");
        return x.match() != null ? s + "  → " + x.match() : s;
    }

    /** Only the category given (YEAR-), or at most two edits apart (YAER-004 → YEAR-004). */
    static boolean similar(String id, String wanted) {
        int dash = wanted.indexOf('-');
        if (dash > 0 && id.startsWith(wanted.substring(0, dash + 1)) && wanted.length() <= dash + 1) {
            return true;
        }
        return EditDistance.between(id, wanted) <= 2;
    }
}
