package kz.elections.registry.nomination;

import java.util.Map;
import java.util.Optional;

/**
 * A nomination (or a party list) is PENDING until the commission registers or refuses it; a
 * registered one may later be cancelled by the commission or withdrawn by whoever nominated.
 */
public enum NominationStatus {
    PENDING, REGISTERED, REFUSED, CANCELLED, WITHDRAWN;

    public enum Action {
        REGISTER("registered"), REFUSE("refused"), CANCEL("cancelled"), WITHDRAW("withdrawn");

        public final String pastTense;

        Action(String pastTense) {
            this.pastTense = pastTense;
        }
    }

    private static final Map<NominationStatus, Map<Action, NominationStatus>> TRANSITIONS = Map.of(
            PENDING, Map.of(Action.REGISTER, REGISTERED, Action.REFUSE, REFUSED, Action.WITHDRAW, WITHDRAWN),
            REGISTERED, Map.of(Action.CANCEL, CANCELLED, Action.WITHDRAW, WITHDRAWN));

    public Optional<NominationStatus> after(Action action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(this, Map.of()).get(action));
    }

    public boolean active() {
        return this == PENDING || this == REGISTERED;
    }
}
