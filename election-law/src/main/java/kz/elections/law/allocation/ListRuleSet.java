package kz.elections.law.allocation;

/**
 * The rules a party-list contest is counted and filled by (CL "On Elections", Art. 97-1), named in every
 * allocation trace so that a reader sees which body's rules were applied. The threshold's percentage is
 * not here: the commission sets it for each election, and the contest carries it.
 *
 * @param body the body the list seats are in
 * @param thresholdBase what the threshold is a share of
 * @param singleListMinimumSeats the fewest seats the next-largest list gets when only one list passes (Art. 97-1)
 * @param seatQuotaPercent the share of a party's seats that go to women, youth and persons with disabilities
 *        (Art. 97-1 p.5); 0 where the law sets no seat quota
 * @param partyDaysToNameElected calendar days a party has to name who takes its seats before the commission
 *        assigns them (Art. 97-1)
 */
public record ListRuleSet(String body, String thresholdBase, int singleListMinimumSeats, int seatQuotaPercent,
        int partyDaysToNameElected) {

    private static final String VALID_BALLOTS = "valid ballots including against all; invalid ballots excluded (Art. 97-1)";

    /** The Mazhilis list: next-largest list at least 2 seats, 30 % seat quota, 10 days. */
    public static final ListRuleSet MAZHILIS = new ListRuleSet("MAZHILIS", VALID_BALLOTS, 2, 30, 10);

    /** A maslikhat's list: next-largest list at least 1 seat, no seat quota, 5 days. */
    public static final ListRuleSet MASLIKHAT = new ListRuleSet("MASLIKHAT", VALID_BALLOTS, 1, 0, 5);

    public boolean hasSeatQuota() {
        return seatQuotaPercent > 0;
    }
}
