package kz.elections.registry.election;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import kz.elections.law.election.ElectionKind;

/**
 * The legal windows of the Constitutional Law "On Elections" (days before election day); a calling
 * decision may set other dates, which the election then records instead.
 */
@ConfigMapping(prefix = "tizim.election")
public interface ElectionConfig {

    /** Nomination and registration close at this local hour of their last day. */
    @WithDefault("18")
    int deadlineHour();

    Windows mazhilis();

    Windows maslikhat();

    Windows akim();

    interface Windows {
        /** Nomination opens this many days before election day; 0 means the day after the calling decision. */
        int nominationOpensDaysBefore();

        int nominationClosesDaysBefore();

        int registrationClosesDaysBefore();

        /** Days to appeal a refusal. */
        int appealDays();
    }

    default Windows windows(ElectionKind kind) {
        return switch (kind) {
            case MAZHILIS -> mazhilis();
            case MASLIKHAT -> maslikhat();
            case AKIM -> akim();
        };
    }
}
