package kz.elections.results.elected;

import java.util.UUID;

/**
 * A party named who takes its list seats in a contest, or the commission assigned them by list order: fired in the
 * transaction that stored it, so that the published results can follow (publication observes it).
 */
public record SeatsAssigned(String contestCode, UUID partyId, String party, boolean byListOrder, String actor) {
}
