package org.sumcheck.baseline;

import org.sumcheck.check.Checker;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;

/**
 * The real checker (bundled rule base, Tika extractor) for end-to-end tests of baselines and annotations, built once
 * per test JVM: building the rule base takes seconds, and the checker is thread-safe and stateless between files.
 */
public final class RealChecker {
    private RealChecker() {
    }

    private static final class Holder {
        static final Checker CHECKER = new Checker(RuleBase.loadDefault(), new TikaExtractor(), ExtractionLimits.DEFAULT,
                f -> RuleSettings.defaults(), "test");
    }

    public static Checker get() {
        return Holder.CHECKER;
    }
}
