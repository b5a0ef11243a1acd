package org.sumcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sumcheck.render.RuleCatalogJson;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.report.RuleInfo;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sumcheck rules}: the rules that would run (id, category, severity, description). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"列出规则。", "List the rules."})
final class RulesCommand implements Callable<Integer> {
    @Option(names = {"-f", "--format"}, paramLabel = "text|json", description = "输出格式 / output format")
    String format = "text";

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录 / rules folder")
    Path rulesDir;

    @Option(names = "--lang", paramLabel = "zh|en", description = "语言 / language")
    String lang = "zh";

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        RuleBase rb;
        try {
            rb = RuleBase.loadOrDefault(rulesDir);
        } catch (RuleLoadException e) {
            System.err.println("规则加载失败 / rules failed to load: " + e.getMessage());
            return ExitCode.ERROR;
        }
        Lang l = Lang.fromId(lang);
        Messages m = rb.messages();
        List<RuleInfo> rules = rb.rules();
        if ("json".equalsIgnoreCase(format)) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.set("rules", RuleCatalogJson.rows(rules, m, l));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else if ("text".equalsIgnoreCase(format)) {
            for (RuleInfo r : rules) {
                out.printf("%-16s %-12s %-8s %s%n", r.id(), r.category().id(), r.severity().id(), m.get(l, r.id() + ".description"));
            }
            out.printf("%n%d 条规则 / rules%n", rules.size());
        } else {
            System.err.println("未知格式 / unknown format: " + format + " (text|json)");
            return ExitCode.ERROR;
        }
        return ExitCode.OK;
    }
}
