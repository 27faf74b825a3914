package kz.elections.law.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ballots printed for a precinct: the voters on the list plus 1 %, rounded up (CL "On Elections", Art. 37). */
class PrintRunTest {

    private static final int RESERVE_PERCENT = 1;

    @ParameterizedTest(name = "{0} voters → {1} ballots")
    @CsvSource({
            "0,    0",
            "1,    2",
            "99,   100",
            "100,  101",
            "101,  103",
            "2999, 3029",
            "3000, 3030",
    })
    void printsTheVotersPlusOnePercentRoundedUp(long voters, long ballots) {
        assertEquals(ballots, PrintRun.ballots(voters, RESERVE_PERCENT));
    }

    @ParameterizedTest(name = "{0} voters, no reserve → {0} ballots")
    @ValueSource(longs = { 0, 1, 99, 100, 101, 3000 })
    void aZeroPercentReserveAddsNothing(long voters) {
        assertEquals(voters, PrintRun.ballots(voters, 0));
    }
}
