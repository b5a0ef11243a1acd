package org.sumcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.report.RuleInfo;

/** The rule bundles speak both languages about every rule. */
class RuleBundlesTest {
    @Test
    void bothBundlesHaveTheSameKeysAndEveryRuleIsDescribed() {
        RuleBase rules = RuleBase.load(Path.of("rules"));
        Messages m = rules.messages();
        assertThat(m.keys(Lang.EN)).as("keys of messages_en vs messages_zh").isEqualTo(m.keys(Lang.ZH));
        assertThat(rules.rules()).isNotEmpty();
        for (RuleInfo r : rules.rules()) {
            for (Lang l : Lang.values()) {
                assertThat(m.has(l, r.id() + ".description")).as(r.id() + ".description in " + l).isTrue();
                assertThat(m.has(l, r.id() + ".message")).as(r.id() + ".message in " + l).isTrue();
            }
        }
        // no message for a rule that does not exist
        for (String key : m.keys(Lang.ZH)) {
            String id = key.substring(0, key.indexOf('.'));
            assertThat(rules.rules()).extracting(RuleInfo::id).as("bundle key " + key).contains(id);
        }
    }

    /**
     * Every key of the rule bundles is read: a rule's {@code .description} and {@code .message}, or a key named in the
     * DRL or the Java sources (a rule reporting with its own message key). A key nothing reads is dead text that
     * translators keep up for nobody.
     */
    @Test
    void everyKeyOfTheBundlesIsRead() throws Exception {
        RuleBase rules = RuleBase.load(Path.of("rules"));
        java.util.Set<String> read = new java.util.HashSet<>();
        for (RuleInfo r : rules.rules()) {
            read.add(r.id() + ".description");
            read.add(r.id() + ".message");
        }
        StringBuilder sources = new StringBuilder();
        for (Path root : java.util.List.of(Path.of("rules"), Path.of("src/main/java"))) {
            try (var files = java.nio.file.Files.walk(root)) {
                for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".drl")
                        || f.toString().endsWith(".java"))::iterator) {
                    sources.append(java.nio.file.Files.readString(f)).append('\n');
                }
            }
        }
        for (Lang l : Lang.values()) {
            for (String key : rules.messages().keys(l)) {
                assertThat(read.contains(key) || sources.indexOf("\"" + key + "\"") >= 0)
                        .as("bundle key " + key + " (" + l + ") is read by nothing").isTrue();
            }
        }
    }
}
