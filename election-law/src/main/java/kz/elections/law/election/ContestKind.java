package kz.elections.law.election;

/** A party-list constituency, a single-mandate district, or a single-seat akim post. */
public enum ContestKind {
    PARTY_LIST, SINGLE_MANDATE, AKIM;

    public boolean singleSeat() {
        return this != PARTY_LIST;
    }
}
