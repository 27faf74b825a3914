package kz.elections.law.election;

/**
 * A party-list constituency, a single-mandate district, a single-seat akim post, or the recall vote on a district's
 * deputy (CL chapter 13-2), which elects nobody: its ballot asks "for recall" or "against recall".
 */
public enum ContestKind {
    PARTY_LIST, SINGLE_MANDATE, AKIM, RECALL;

    /** Whether one person is elected by plurality: a single-mandate district or an akim post. */
    public boolean singleSeat() {
        return this == SINGLE_MANDATE || this == AKIM;
    }
}
