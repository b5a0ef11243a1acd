package org.sumcheck.rules.facts;

import org.sumcheck.structure.Located;
import org.sumcheck.structure.YearMention;

/**
 * A full date (2024年9月, 2024年9月3日) with whether its sentence speaks of it as still to come or as a
 * cut-off (计划于, 截至), so that a report citing it is not contradicting its period.
 */
public record DatedMention(YearMention mention, boolean futureOrCutoff) implements Located {
    public int yyyymm() {
        return mention.year() * 100 + mention.month();
    }

    public boolean inPlan() {
        return mention.parts().contains("next-steps");
    }

    @Override
    public int paragraph() {
        return mention.paragraph();
    }

    @Override
    public int offset() {
        return mention.offset();
    }

    @Override
    public int length() {
        return mention.length();
    }
}
