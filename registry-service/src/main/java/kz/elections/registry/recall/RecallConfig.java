package kz.elections.registry.recall;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import kz.elections.law.recall.RecallRules;

/**
 * The law's terms of a recall (CL Art. 113-12…14) as the registry applies them, today's as defaults; the turnout and
 * majority that decide the vote are results-service's ({@code tizim.recall.*} there).
 */
@ConfigMapping(prefix = "tizim.recall")
public interface RecallConfig {

    /** Days the commission has to decide on an application. */
    @WithDefault("3")
    int decisionDays();

    /** Days of signature collection after the decision. */
    @WithDefault("30")
    int collectionDays();

    /** Signatures of more than this percentage of the district's voters. */
    @WithDefault("10")
    int signaturePercent();

    /** Months from the calling of the vote to its day, at most. */
    @WithDefault("2")
    int voteMonths();

    /** Years at the start and end of a mandate, and after a failed vote, with no application. */
    @WithDefault("1")
    int blockedYears();

    /** The zone whose calendar days the terms count, and whose midnight ends the collection's last day. */
    @WithDefault("Asia/Almaty")
    ZoneId timeZone();

    default RecallRules.Terms terms() {
        RecallRules.Terms law = RecallRules.Terms.LAW;
        return new RecallRules.Terms(decisionDays(), collectionDays(), signaturePercent(), voteMonths(),
                law.turnoutNumerator(), law.turnoutDenominator(), law.majorityPercent(), blockedYears());
    }
}
