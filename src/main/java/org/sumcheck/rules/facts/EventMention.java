package org.sumcheck.rules.facts;

import java.util.Set;
import org.sumcheck.structure.Located;

/**
 * A dated event (events.csv) named in the text.
 *
 * @param since  when it happened (or began) as yyyymm
 * @param parts  the document parts it is in (next-steps: a plan, where future events are fine)
 * @param future the sentence speaks of it as still to come (迎接党的二十大)
 * @param body   it is in the body (not the title)
 */
public record EventMention(String event, int since, String sinceText, int paragraph, int offset, int length,
                           Set<String> parts, boolean future, boolean body) implements Located {
    public boolean inPlan() {
        return parts.contains("next-steps");
    }
}
