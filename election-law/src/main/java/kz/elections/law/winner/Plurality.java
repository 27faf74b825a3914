package kz.elections.law.winner;

import java.util.Comparator;
import java.util.List;

/**
 * The winner of a single-seat contest by plurality (CL "On Elections", Art. 95 p.3, 109-1, 113-9).
 * Single-mandate districts and akims: the candidate with the most votes wins. A tie for first place means a
 * repeat vote among the tied candidates (akim: a repeat election). "Against all" is reported but has no
 * legal consequence, even as the largest line: it never wins.
 */
public final class Plurality {

    public enum Outcome {
        ELECTED, REPEAT_VOTE_REQUIRED, NO_CANDIDATES
    }

    public record CandidateVotes(String id, long votes) {
    }

    public record Result(Outcome outcome, String winner, List<String> tied, long winnerVotes, long againstAll,
            boolean againstAllLargest, List<CandidateVotes> ranking) {
    }

    private Plurality() {
    }

    public static Result decide(List<CandidateVotes> candidates, long againstAll) {
        List<CandidateVotes> ranking = candidates.stream()
                .sorted(Comparator.comparingLong(CandidateVotes::votes).reversed()).toList();
        if (ranking.isEmpty()) {
            return new Result(Outcome.NO_CANDIDATES, null, List.of(), 0, againstAll, againstAll > 0, ranking);
        }
        long top = ranking.get(0).votes();
        List<String> tied = ranking.stream().filter(c -> c.votes() == top).map(CandidateVotes::id).toList();
        boolean againstAllLargest = againstAll > top;
        if (tied.size() > 1) {
            return new Result(Outcome.REPEAT_VOTE_REQUIRED, null, tied, top, againstAll, againstAllLargest, ranking);
        }
        return new Result(Outcome.ELECTED, tied.get(0), List.of(), top, againstAll, againstAllLargest, ranking);
    }
}
