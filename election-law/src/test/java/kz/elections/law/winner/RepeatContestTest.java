package kz.elections.law.winner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.law.election.ContestKind;

class RepeatContestTest {

    private static final LocalDate ELECTION_DAY = LocalDate.of(2023, 3, 19);

    @ParameterizedTest(name = "{0} with {1} standing: a repeat {2}")
    @CsvSource({"SINGLE_MANDATE, 3, VOTE", "SINGLE_MANDATE, 2, ELECTION", "AKIM, 3, ELECTION", "AKIM, 2, ELECTION"})
    void aRepeatVoteWhereMoreThanTwoStoodAndARepeatElectionWhereTwoStoodAndInEveryAkimRace(ContestKind kind, int stood,
            RepeatContest.Kind required) {
        assertEquals(required, RepeatContest.required(kind, stood));
    }

    @ParameterizedTest(name = "a repeat on {0}: allowed = {1}")
    @CsvSource({"2023-03-19, false", "2023-03-20, true", "2023-04-19, true", "2023-04-20, false"})
    void theRepeatIsHeldAfterElectionDayAndWithinTheMonth(LocalDate day, boolean allowed) {
        List<String> problems = RepeatContest.problems(ContestKind.SINGLE_MANDATE, RepeatContest.Kind.VOTE, 3, 2, 2,
                ELECTION_DAY, day, 1);
        assertEquals(allowed, problems.isEmpty(), problems.toString());
    }

    @Test
    void aRepeatVoteIsAmongAtLeastTwoRegisteredTiedCandidates() {
        assertEquals(1, RepeatContest.problems(ContestKind.SINGLE_MANDATE, RepeatContest.Kind.VOTE, 3, 1, 1, ELECTION_DAY,
                ELECTION_DAY.plusDays(14), 1).size());
        List<String> stranger = RepeatContest.problems(ContestKind.SINGLE_MANDATE, RepeatContest.Kind.VOTE, 3, 2, 1,
                ELECTION_DAY, ELECTION_DAY.plusDays(14), 1);
        assertTrue(stranger.get(0).startsWith("tied:"), stranger.toString());
    }

    @Test
    void theOutcomeMustBeTheOneTheLawRequires() {
        List<String> problems = RepeatContest.problems(ContestKind.AKIM, RepeatContest.Kind.VOTE, 3, 2, 2, ELECTION_DAY,
                ELECTION_DAY.plusDays(14), 1);
        assertTrue(problems.get(0).startsWith("outcome:"), problems.toString());
    }
}
