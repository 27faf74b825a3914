package kz.elections.registry.party;

import static kz.elections.registry.party.PartyStatus.Action.LIQUIDATE;
import static kz.elections.registry.party.PartyStatus.Action.REFUSE;
import static kz.elections.registry.party.PartyStatus.Action.REGISTER;
import static kz.elections.registry.party.PartyStatus.Action.REINSTATE;
import static kz.elections.registry.party.PartyStatus.Action.SUSPEND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PartyStatusTest {

    private static final Map<PartyStatus, Map<PartyStatus.Action, PartyStatus>> ALLOWED = Map.of(
            PartyStatus.APPLIED, Map.of(REGISTER, PartyStatus.REGISTERED, REFUSE, PartyStatus.REFUSED),
            PartyStatus.REGISTERED, Map.of(SUSPEND, PartyStatus.SUSPENDED, LIQUIDATE, PartyStatus.LIQUIDATED),
            PartyStatus.SUSPENDED, Map.of(REINSTATE, PartyStatus.REGISTERED, LIQUIDATE, PartyStatus.LIQUIDATED));

    @Test
    void allowsExactlyTheStepsOfTheLawAndNoOther() {
        for (PartyStatus status : PartyStatus.values()) {
            for (PartyStatus.Action action : PartyStatus.Action.values()) {
                Optional<PartyStatus> expected = Optional.ofNullable(ALLOWED.getOrDefault(status, Map.of()).get(action));
                assertEquals(expected, status.after(action), status + " + " + action);
            }
        }
    }

    @Test
    void onlyRegisteredAndSuspendedPartiesHoldTheirMembers() {
        for (PartyStatus status : PartyStatus.values()) {
            boolean holds = status == PartyStatus.REGISTERED || status == PartyStatus.SUSPENDED;
            assertEquals(holds, status.holdsMembers(), status.name());
        }
    }
}
