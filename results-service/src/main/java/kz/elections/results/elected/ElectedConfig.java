package kz.elections.results.elected;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a party has to name who takes its list seats. The law gives the days (Mazhilis 10, maslikhat 5, Art. 97-1;
 * the defaults are {@code ListRuleSet.partyDaysToNameElected})
 * but not the day they count from: we count calendar days from the certification of the election's final
 * results, ending at midnight local time of the last day.
 */
@ConfigMapping(prefix = "tizim.elected")
public interface ElectedConfig {

    /** Calendar days after certification for a party on a Mazhilis list. */
    @WithDefault("10")
    int mazhilisPartyDays();

    /** Calendar days after certification for a party on a maslikhat list. */
    @WithDefault("5")
    int maslikhatPartyDays();

    /** The zone whose midnight ends the last day. */
    @WithDefault("Asia/Almaty")
    ZoneId timeZone();
}
