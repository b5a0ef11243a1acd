package org.sumcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.sumcheck.render.RuleCatalogJson;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.report.RuleInfo;
import org.sumcheck.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sumcheck rules}: the rules that would run (id, category, severity, description). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"列出规则。", "List the rules."})
final class RulesCommand implements Callable<Integer> {
    @Option(names = {"-f", "--format"}, paramLabel = "text|json", description = "输出格式 / output format")
    String format = "text";

    @Mixin
    SharedOptions shared = new SharedOptions();

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Lang l = shared.language(System.err);
        String fmt = SharedOptions.format(format, List.of("text", "json"), System.err);
        RuleBase rb = l == null || fmt == null ? null : shared.ruleBase(System.err);
        // a --config is checked against the rules here too, so a typo in it shows before a run
        if (rb == null || shared.settings(rb, System.err) == null) {
            return ExitCode.ERROR;
        }
        Messages m = rb.messages();
        List<RuleInfo> rules = rb.rules();
        if ("json".equals(fmt)) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.set("rules", RuleCatalogJson.rows(rules, m, l));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            for (RuleInfo r : rules) {
                out.printf("%-16s %-12s %-8s %s%n", r.id(), r.category().id(), r.severity().id(), m.get(l, r.id() + ".description"));
            }
            out.printf("%n%d 条规则 / rules%n", rules.size());
        }
        return ExitCode.OK;
    }
}
