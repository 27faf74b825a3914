package kz.elections.registry.repeat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import kz.elections.law.winner.RepeatContest;

/** Within how many months of election day a repeat vote (CL Art. 95 p.3) or a repeat election (policy) is held. */
@ConfigMapping(prefix = "tizim.repeat")
public interface RepeatConfig {

    @WithDefault("1")
    int voteWithinMonths();

    @WithDefault("1")
    int electionWithinMonths();

    default int months(RepeatContest.Kind kind) {
        return kind == RepeatContest.Kind.VOTE ? voteWithinMonths() : electionWithinMonths();
    }
}
