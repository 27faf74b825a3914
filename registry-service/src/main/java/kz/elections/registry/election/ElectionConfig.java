package kz.elections.registry.election;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import kz.elections.law.calendar.Windows;
import kz.elections.law.election.ElectionKind;

/**
 * The legal windows of the Constitutional Law "On Elections" (days before election day, Art. 87, 88, 89-1, 104,
 * 113-1); a calling decision may set other dates, which the election then records instead.
 */
@ConfigMapping(prefix = "tizim.election")
public interface ElectionConfig {

    /** Nomination and registration close at this local hour of their last day. */
    @WithDefault("18")
    int deadlineHour();

    WindowDays mazhilis();

    WindowDays maslikhat();

    WindowDays akim();

    interface WindowDays {
        /** Nomination opens this many days before election day; 0 means the day after the calling decision. */
        int nominationOpensDaysBefore();

        int nominationClosesDaysBefore();

        int registrationClosesDaysBefore();

        /** Days to appeal a refusal. */
        int appealDays();
    }

    /** The windows of an election of this kind, as the law's calendar takes them. */
    default Windows windows(ElectionKind kind) {
        WindowDays days = switch (kind) {
            case MAZHILIS -> mazhilis();
            case MASLIKHAT -> maslikhat();
            case AKIM -> akim();
        };
        return new Windows(days.nominationOpensDaysBefore(), days.nominationClosesDaysBefore(),
                days.registrationClosesDaysBefore(), days.appealDays());
    }
}
