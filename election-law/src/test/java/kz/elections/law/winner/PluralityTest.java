package kz.elections.law.winner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.elections.law.winner.Plurality.CandidateVotes;
import kz.elections.law.winner.Plurality.Outcome;

class PluralityTest {

    @Test
    void theMostVotesWin() {
        Plurality.Result result = Plurality.decide(List.of(new CandidateVotes("A", 120), new CandidateVotes("B", 340),
                new CandidateVotes("C", 339)), 50);
        assertEquals(Outcome.ELECTED, result.outcome());
        assertEquals("B", result.winner());
        assertEquals(340, result.winnerVotes());
    }

    @Test
    void aTieForFirstRequiresARepeatVoteAmongTheTied() {
        Plurality.Result result = Plurality.decide(List.of(new CandidateVotes("A", 340), new CandidateVotes("B", 340),
                new CandidateVotes("C", 100)), 0);
        assertEquals(Outcome.REPEAT_VOTE_REQUIRED, result.outcome());
        assertNull(result.winner());
        assertEquals(List.of("A", "B"), result.tied());
    }

    @Test
    void againstAllNeverWinsEvenAsTheLargestLine() {
        Plurality.Result result = Plurality.decide(List.of(new CandidateVotes("A", 100), new CandidateVotes("B", 90)), 5_000);
        assertEquals(Outcome.ELECTED, result.outcome());
        assertEquals("A", result.winner());
        assertTrue(result.againstAllLargest());
        assertEquals(5_000, result.againstAll());
    }

    @Test
    void aContestWithoutCandidatesElectsNobody() {
        assertEquals(Outcome.NO_CANDIDATES, Plurality.decide(List.of(), 10).outcome());
    }
}
