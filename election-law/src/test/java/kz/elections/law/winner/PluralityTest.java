package kz.elections.law.winner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.law.election.ContestKind;
import kz.elections.law.winner.Plurality.CandidateVotes;
import kz.elections.law.winner.Plurality.Outcome;

class PluralityTest {

    /** Candidates c1, c2, … with the votes given, in ballot order. */
    private static List<CandidateVotes> ballot(String votes) {
        List<CandidateVotes> candidates = new ArrayList<>();
        long[] counts = Arrays.stream(votes.split(" ")).mapToLong(Long::parseLong).toArray();
        for (int i = 0; i < counts.length; i++) {
            candidates.add(new CandidateVotes("c" + (i + 1), counts[i]));
        }
        return candidates;
    }

    @ParameterizedTest(name = "{0}, votes {1}: {2} {3}")
    @CsvSource({
            // Art. 95 p.3: the most votes win
            "SINGLE_MANDATE, 120 340 339, ELECTED, c2",
            "SINGLE_MANDATE, 340 339, ELECTED, c1",
            "SINGLE_MANDATE, 0, ELECTED, c1",
            "AKIM, 10 11, ELECTED, c2",
            // Art. 95 p.3, 109-1: more than two stood, a tie for first is a repeat vote among the tied
            "SINGLE_MANDATE, 340 340 100, REPEAT_VOTE_REQUIRED, c1 c2",
            "SINGLE_MANDATE, 100 340 340, REPEAT_VOTE_REQUIRED, c2 c3",
            "SINGLE_MANDATE, 5 5 5, REPEAT_VOTE_REQUIRED, c1 c2 c3",
            "SINGLE_MANDATE, 0 0 0 0, REPEAT_VOTE_REQUIRED, c1 c2 c3 c4",
            // Art. 96, 110: exactly two stood, a tie is a repeat election
            "SINGLE_MANDATE, 340 340, REPEAT_ELECTION_REQUIRED, c1 c2",
            // Art. 113-9 p.2: an akim race always goes to a repeat election on a tie
            "AKIM, 340 340, REPEAT_ELECTION_REQUIRED, c1 c2",
            "AKIM, 340 340 100, REPEAT_ELECTION_REQUIRED, c1 c2",
            "AKIM, 7 7 7 7, REPEAT_ELECTION_REQUIRED, c1 c2 c3 c4"})
    void aTieForFirstPlaceIsARepeatVoteOrARepeatElection(ContestKind kind, String votes, Outcome outcome, String ids) {
        List<CandidateVotes> candidates = ballot(votes);
        Plurality.Result result = Plurality.decide(kind, candidates, 0);

        assertEquals(outcome, result.outcome());
        assertEquals(candidates.size(), result.stood());
        if (outcome == Outcome.ELECTED) {
            assertEquals(ids, result.winner());
            assertEquals(List.of(), result.tied());
        } else {
            assertNull(result.winner());
            assertEquals(List.of(ids.split(" ")), result.tied());
        }
    }

    @Test
    void namesakesAreToldApartByTheirRegistration() {
        Plurality.Result result = Plurality.decide(ContestKind.SINGLE_MANDATE,
                List.of(new CandidateVotes("nomination-1", 100), new CandidateVotes("nomination-2", 300)), 0);
        assertEquals("nomination-2", result.winner());
    }

    @ParameterizedTest(name = "{0}: against all {1} over candidates {2} has no consequence: {3}")
    @CsvSource({
            // Art. 95 p.3: against all is reported, never wins and never makes a tie
            "SINGLE_MANDATE, 5000, 100 90, ELECTED",
            "SINGLE_MANDATE, 100, 100 90, ELECTED",
            "AKIM, 5000, 100 90, ELECTED",
            "SINGLE_MANDATE, 5000, 100 100 90, REPEAT_VOTE_REQUIRED"})
    void againstAllNeverWinsEvenAsTheLargestLine(ContestKind kind, long againstAll, String votes, Outcome outcome) {
        Plurality.Result result = Plurality.decide(kind, ballot(votes), againstAll);
        assertEquals(outcome, result.outcome());
        assertEquals(againstAll > result.winnerVotes(), result.againstAllLargest());
        assertEquals(againstAll, result.againstAll());
        assertTrue(result.tied().stream().allMatch(id -> id.startsWith("c")));
    }

    @Test
    void aContestWithoutCandidatesElectsNobody() {
        assertEquals(Outcome.NO_CANDIDATES, Plurality.decide(ContestKind.SINGLE_MANDATE, List.of(), 10).outcome());
    }

    @Test
    void aPartyListIsNotDecidedByPlurality() {
        assertThrows(IllegalArgumentException.class, () -> Plurality.decide(ContestKind.PARTY_LIST, ballot("1 2"), 0));
    }
}
