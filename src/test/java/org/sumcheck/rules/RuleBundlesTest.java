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
}
