package kz.elections.law.winner;

import java.util.Comparator;
import java.util.List;

import kz.elections.law.election.ContestKind;

/**
 * The winner of a single-seat contest by plurality (CL "On Elections", Art. 95 p.3, 96, 109-1, 110, 113-9 p.2).
 * Single-mandate districts and akims: the candidate with the most votes wins. Candidates are told apart by their
 * registration id, never by name: namesakes stand in the same district.
 * <p>
 * A tie for first place: where more than two candidates stood, a repeat vote among the tied candidates
 * (Art. 95 p.3, 109-1); where exactly two stood, a repeat election (Art. 96, 110); in an akim race always a repeat
 * election (Art. 113-9 p.2). "Against all" is reported but has no legal consequence, even as the largest line: it
 * never wins and never makes a tie.
 */
public final class Plurality {

    public enum Outcome {
        ELECTED, REPEAT_VOTE_REQUIRED, REPEAT_ELECTION_REQUIRED, NO_CANDIDATES
    }

    /** A candidate on the ballot: {@code id} is the registration (nomination) id, never a name. */
    public record CandidateVotes(String id, long votes) {
    }

    /**
     * {@code winner}: the elected candidate's id, or null; {@code tied}: with a repeat, the ids of the candidates tied
     * for first place, in ballot order; {@code stood}: how many candidates were on the ballot; {@code rule}: the rule
     * applied, with its article.
     */
    public record Result(Outcome outcome, String winner, List<String> tied, long winnerVotes, long againstAll,
            boolean againstAllLargest, int stood, String rule, List<CandidateVotes> ranking) {
    }

    private Plurality() {
    }

    /**
     * @param kind a single-seat contest kind (an akim race or a single-mandate district)
     * @param candidates every candidate on the ballot, in ballot order, "against all" not among them
     */
    public static Result decide(ContestKind kind, List<CandidateVotes> candidates, long againstAll) {
        if (!kind.singleSeat()) {
            throw new IllegalArgumentException("plurality decides single-seat contests, not " + kind);
        }
        List<CandidateVotes> ranking = candidates.stream()
                .sorted(Comparator.comparingLong(CandidateVotes::votes).reversed()).toList();
        int stood = candidates.size();
        if (ranking.isEmpty()) {
            return new Result(Outcome.NO_CANDIDATES, null, List.of(), 0, againstAll, againstAll > 0, 0,
                    "no candidates on the ballot: nobody is elected", ranking);
        }
        long top = ranking.get(0).votes();
        List<String> tied = candidates.stream().filter(c -> c.votes() == top).map(CandidateVotes::id).toList();
        boolean againstAllLargest = againstAll > top;
        if (tied.size() == 1) {
            return new Result(Outcome.ELECTED, tied.get(0), List.of(), top, againstAll, againstAllLargest, stood,
                    "the most votes win; against all has no legal consequence (Art. 95 p.3)", ranking);
        }
        if (kind == ContestKind.AKIM) {
            return new Result(Outcome.REPEAT_ELECTION_REQUIRED, null, tied, top, againstAll, againstAllLargest, stood,
                    tied.size() + " candidates tie for first place in an akim race: a repeat election (Art. 113-9 p.2)", ranking);
        }
        if (stood == 2) {
            return new Result(Outcome.REPEAT_ELECTION_REQUIRED, null, tied, top, againstAll, againstAllLargest, stood,
                    "the only two candidates tie: a repeat election (Art. 96, 110)", ranking);
        }
        return new Result(Outcome.REPEAT_VOTE_REQUIRED, null, tied, top, againstAll, againstAllLargest, stood,
                tied.size() + " of " + stood + " candidates tie for first place: a repeat vote among them within one month "
                        + "(Art. 95 p.3, 109-1)", ranking);
    }
}
