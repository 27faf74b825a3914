package kz.elections.results.publication;

import java.util.Optional;

/**
 * Whether a contest's count is complete enough to certify, in whole numbers: a ballot with candidates or lists,
 * precincts, and a protocol from each of them, exactly; a contest the commission declared not held needs none.
 * (A rounded percentage would pass 19,999 of 20,000 precincts as "100.00".) {@code ballotOptions} and {@code precincts}
 * are -1 for a contest results have not seen: one the registry holds that no protocol has reached.
 */
public record ContestCompleteness(String contestCode, int ballotOptions, int precincts, int precinctsReported,
        boolean notHeld) {

    /**
     * A contest of the election that no protocol has reached (results know it only from the registry): complete only if
     * declared not held.
     */
    public static ContestCompleteness unseen(String contestCode, boolean notHeld) {
        return new ContestCompleteness(contestCode, -1, -1, 0, notHeld);
    }

    /** Why the contest cannot be certified yet, or empty if it can. */
    public Optional<String> gap() {
        if (notHeld) {
            return Optional.empty();
        }
        if (ballotOptions < 0) {
            return Optional.of(contestCode + " has no protocols (no approved ballot with precincts has reported)");
        }
        if (ballotOptions == 0) {
            return Optional.of(contestCode + " has no candidate or list on its approved ballot");
        }
        if (precincts == 0) {
            return Optional.of(contestCode + " has no precincts");
        }
        if (precinctsReported == 0) {
            return Optional.of(contestCode + " has no protocols");
        }
        if (precinctsReported != precincts) {
            return Optional.of(contestCode + " has protocols of " + precinctsReported + " of its " + precincts + " precincts");
        }
        return Optional.empty();
    }
}
