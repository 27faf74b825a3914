package kz.elections.registry.party;

import java.util.Map;
import java.util.Optional;

/**
 * A party's life: an application is registered or refused; a registered party may be suspended
 * (and reinstated) and is eventually liquidated; the registration of a party whose regional branches are overdue
 * may be cancelled. REFUSED, LIQUIDATED and CANCELLED are final.
 */
public enum PartyStatus {
    APPLIED, REGISTERED, REFUSED, SUSPENDED, LIQUIDATED, CANCELLED;

    public enum Action {
        REGISTER("registered"), REFUSE("refused"), SUSPEND("suspended"), REINSTATE("reinstated"), LIQUIDATE("liquidated"),
        /** Regional branches not registered within the year (LPP): only for an overdue party. */
        CANCEL("cancelled");

        /** The audit trail's word for what happened. */
        public final String pastTense;

        Action(String pastTense) {
            this.pastTense = pastTense;
        }
    }

    private static final Map<PartyStatus, Map<Action, PartyStatus>> TRANSITIONS = Map.of(
            APPLIED, Map.of(Action.REGISTER, REGISTERED, Action.REFUSE, REFUSED),
            REGISTERED, Map.of(Action.SUSPEND, SUSPENDED, Action.LIQUIDATE, LIQUIDATED, Action.CANCEL, CANCELLED),
            SUSPENDED, Map.of(Action.REINSTATE, REGISTERED, Action.LIQUIDATE, LIQUIDATED, Action.CANCEL, CANCELLED));

    /** The state {@code action} leads to from this one, or empty if the law allows no such step. */
    public Optional<PartyStatus> after(Action action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(this, Map.of()).get(action));
    }

    /** Holds its members: a person counted here cannot be counted for another party. */
    public boolean holdsMembers() {
        return this == REGISTERED || this == SUSPENDED;
    }

    public boolean wasRegistered() {
        return this == REGISTERED || this == SUSPENDED || this == LIQUIDATED || this == CANCELLED;
    }
}
