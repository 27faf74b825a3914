package kz.elections.registry.election;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import kz.elections.law.calendar.NominationExtension;
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

        /**
         * The longest extension of nomination, all extensions together, when a contest has too few candidates (akim: 3,
         * CL Art. 113-7). For the Mazhilis and maslikhats the law says "similarly" without a number: Tizim takes 3 too.
         */
        @WithDefault("3")
        int nominationExtensionDays();
    }

    /** Fewer than this many nominees (or lists) at the close of nomination is too few (CL Art. 87, 103 p.8, 113-7). */
    @WithDefault("2")
    int minimumNominees();

    /** How far nomination may be extended in an election of this kind. */
    default NominationExtension.Limits extensionLimits(ElectionKind kind) {
        return new NominationExtension.Limits(minimumNominees(), days(kind).nominationExtensionDays());
    }

    default WindowDays days(ElectionKind kind) {
        return switch (kind) {
            case MAZHILIS -> mazhilis();
            case MASLIKHAT -> maslikhat();
            case AKIM -> akim();
        };
    }

    /** The windows of an election of this kind, as the law's calendar takes them. */
    default Windows windows(ElectionKind kind) {
        WindowDays days = days(kind);
        return new Windows(days.nominationOpensDaysBefore(), days.nominationClosesDaysBefore(),
                days.registrationClosesDaysBefore(), days.appealDays());
    }
}
