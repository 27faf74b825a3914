package kz.elections.registry.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import kz.elections.registry.party.PartyStatus.Action;

/**
 * A party's life: registered or refused; a registered party suspended, reinstated, liquidated, or its registration
 * cancelled for overdue regional branches.
 */
class PartyStatusTest {

    /** Every step the law allows, as "status action". */
    private static final Set<String> ALLOWED = Set.of(
            "APPLIED REGISTER", "APPLIED REFUSE",
            "REGISTERED SUSPEND", "REGISTERED LIQUIDATE", "REGISTERED CANCEL",
            "SUSPENDED REINSTATE", "SUSPENDED LIQUIDATE", "SUSPENDED CANCEL");

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "APPLIED,    REGISTER,  REGISTERED",
            "APPLIED,    REFUSE,    REFUSED",
            "REGISTERED, SUSPEND,   SUSPENDED",
            "REGISTERED, LIQUIDATE, LIQUIDATED",
            "SUSPENDED,  REINSTATE, REGISTERED",
            "SUSPENDED,  LIQUIDATE, LIQUIDATED",
            "REGISTERED, CANCEL,    CANCELLED",
            "SUSPENDED,  CANCEL,    CANCELLED"})
    void allowsTheStepsOfTheLaw(PartyStatus from, Action action, PartyStatus to) {
        Optional<PartyStatus> next = from.after(action);

        assertEquals(Optional.of(to), next);
    }

    /** Every (status, action) pair not in the table above: 6 × 6 − 8 = 28 pairs. */
    static Stream<Arguments> forbiddenSteps() {
        List<Arguments> forbidden = new ArrayList<>();
        for (PartyStatus status : PartyStatus.values()) {
            for (Action action : Action.values()) {
                if (!ALLOWED.contains(status + " " + action)) {
                    forbidden.add(Arguments.of(status, action));
                }
            }
        }
        assertEquals(PartyStatus.values().length * Action.values().length - ALLOWED.size(), forbidden.size(),
                "ALLOWED names a status or action that does not exist");
        return forbidden.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> nothing")
    @MethodSource("forbiddenSteps")
    void allowsNoOtherStep(PartyStatus from, Action action) {
        Optional<PartyStatus> next = from.after(action);

        assertEquals(Optional.empty(), next);
    }

    @ParameterizedTest(name = "{0}: holds members {1}, was registered {2}")
    @CsvSource({
            "APPLIED,    false, false",
            "REGISTERED, true,  true",
            "REFUSED,    false, false",
            "SUSPENDED,  true,  true",
            "LIQUIDATED, false, true",
            "CANCELLED,  false, true"})
    void onlyARegisteredOrSuspendedPartyHoldsItsMembers(PartyStatus status, boolean holdsMembers, boolean wasRegistered) {
        assertEquals(holdsMembers, status.holdsMembers());
        assertEquals(wasRegistered, status.wasRegistered());
    }
}
