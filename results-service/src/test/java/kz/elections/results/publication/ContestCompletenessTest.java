package kz.elections.results.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ContestCompletenessTest {

    @Test
    void oneOfTwentyThousandPrecinctsMissingIsIncompleteThoughItRoundsTo100Percent() {
        assertEquals(Optional.of("mazhilis-2023.list has protocols of 19999 of its 20000 precincts"),
                new ContestCompleteness("mazhilis-2023.list", 7, 20_000, 19_999, false).gap());
    }

    @Test
    void everyPrecinctReportedIsComplete() {
        assertEquals(Optional.empty(), new ContestCompleteness("mazhilis-2023.list", 7, 20_000, 20_000, false).gap());
    }

    @Test
    void moreProtocolsThanPrecinctsIsIncomplete() {
        assertTrue(new ContestCompleteness("c", 2, 3, 4, false).gap().isPresent());
    }

    @Test
    void aContestWithoutPrecinctsCandidatesOrProtocolsIsIncomplete() {
        assertEquals(Optional.of("c has no precincts"), new ContestCompleteness("c", 2, 0, 0, false).gap());
        assertEquals(Optional.of("c has no candidate or list on its approved ballot"),
                new ContestCompleteness("c", 0, 3, 3, false).gap());
        assertEquals(Optional.of("c has no protocols"), new ContestCompleteness("c", 2, 3, 0, false).gap());
    }

    @Test
    void aContestDeclaredNotHeldWaitsForNothing() {
        assertEquals(Optional.empty(), new ContestCompleteness("c", 0, 0, 0, true).gap());
        assertEquals(Optional.empty(), new ContestCompleteness("c", 2, 20_000, 19_999, true).gap());
    }

    @Test
    void aContestOfTheElectionNoProtocolReachedIsIncompleteUnlessDeclaredNotHeld() {
        assertEquals(Optional.of("c has no protocols (no approved ballot with precincts has reported)"),
                ContestCompleteness.unseen("c", false).gap());
        assertEquals(Optional.empty(), ContestCompleteness.unseen("c", true).gap());
    }
}
