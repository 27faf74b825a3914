package kz.elections.registry.party;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import kz.elections.law.party.PartyRegistrationRules;

/** The Law "On Political Parties" thresholds as eased in 2022–2023; they changed twice in 20 years, so they are configuration. */
@ConfigMapping(prefix = "tizim.party")
public interface PartyConfig {

    /** Founding initiative group: at least this many citizens. */
    @WithDefault("700")
    int initiativeGroupMinSize();

    /** ...from at least this share of the first-level units, written as a fraction. */
    @WithDefault("2/3")
    String initiativeGroupMinUnitShare();

    /** The founding congress is held within this period of the notification. */
    @WithDefault("P3M")
    Period congressWithin();

    @WithDefault("5000")
    int minMembers();

    /** Members needed in every one of the units. */
    @WithDefault("200")
    int minMembersPerUnit();

    /** Regional branches must be registered within this period of the party's registration. */
    @WithDefault("P1Y")
    Period branchesWithin();

    /** Membership uploads larger than this many rows are refused. */
    @WithDefault("1000000")
    int maxMembersRows();

    /** The thresholds as the law's pre-check takes them. */
    default PartyRegistrationRules.Thresholds thresholds() {
        String[] share = initiativeGroupMinUnitShare().split("/");
        return new PartyRegistrationRules.Thresholds(initiativeGroupMinSize(), Integer.parseInt(share[0].trim()),
                Integer.parseInt(share[1].trim()), congressWithin(), minMembers(), minMembersPerUnit());
    }
}
