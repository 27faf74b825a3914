package kz.elections.results.tabulation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import kz.elections.law.recall.RecallRules;

/**
 * The figures that decide a recall vote (CL Art. 113-16), today's as defaults: valid with at least
 * {@code turnoutNumerator}/{@code turnoutDenominator} of the district's voters taking part, recalled with more than
 * {@code majorityPercent} % of those who took part.
 */
@ConfigMapping(prefix = "tizim.recall")
public interface RecallConfig {

    @WithDefault("1")
    int turnoutNumerator();

    @WithDefault("3")
    int turnoutDenominator();

    @WithDefault("50")
    int majorityPercent();

    /** The law's terms with these figures; the terms of the application and signatures are the registry's. */
    default RecallRules.Terms terms() {
        RecallRules.Terms law = RecallRules.Terms.LAW;
        return new RecallRules.Terms(law.decisionDays(), law.collectionDays(), law.signaturePercent(), law.voteMonths(),
                turnoutNumerator(), turnoutDenominator(), majorityPercent(), law.blockedYears());
    }
}
