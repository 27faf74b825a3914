package kz.elections.results.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.elections.results.tabulation.TabulationService.OptionTotal;
import kz.elections.results.tabulation.TabulationService.OptionVotes;
import kz.elections.results.tabulation.TabulationService.Tabulation;
import kz.elections.results.tabulation.TabulationService.Totals;
import kz.elections.results.tabulation.TabulationService.UnitTotals;

class TallyDigestTest {

    private static Tabulation district(String code, int reported, long votesA, long votesB) {
        Totals totals = new Totals(reported, 3000L * reported, 1500, votesA + votesB, 0, 0, "0.00");
        return new Tabulation(code, "e", "SINGLE_MANDATE", 1, "h".repeat(64), 2, reported, reported == 2, "0.00", totals,
                List.of(new UnitTotals("KZ-75", totals)),
                List.of(new OptionTotal(1, "CANDIDATE", null, "A", "A", null, "A", votesA),
                        new OptionTotal(2, "CANDIDATE", null, "B", "B", null, "B", votesB)),
                null, null, null);
    }

    @Test
    void theCanonicalLineHoldsEveryFigureInAFixedOrder() {
        assertEquals("e.smd-1|" + "h".repeat(64) + "|2|1|3000|1500|1300|0|0|1:700,2:600|KZ-75:1:3000:1500:1300:0:0:|held",
                TallyDigest.line(district("e.smd-1", 1, 700, 600), false));
    }

    @Test
    void oneVoteMovedNamesTheContestThatChanged() {
        TallyDigest published = TallyDigest.of(List.of(district("e.smd-1", 2, 700, 600), district("e.smd-2", 2, 10, 20)), Set.of());
        TallyDigest live = TallyDigest.of(List.of(district("e.smd-1", 2, 700, 600), district("e.smd-2", 2, 11, 19)), Set.of());

        assertNotEquals(published.election(), live.election());
        assertEquals("e.smd-2", live.firstDifferenceFrom(published.contests()));
        assertNull(published.firstDifferenceFrom(published.contests()));
    }

    @Test
    void aContestAddedOrDeclaredNotHeldIsAChange() {
        TallyDigest published = TallyDigest.of(List.of(district("e.smd-1", 2, 700, 600)), Set.of());
        TallyDigest added = TallyDigest.of(List.of(district("e.smd-1", 2, 700, 600), district("e.smd-2", 0, 0, 0)), Set.of());
        TallyDigest declared = TallyDigest.of(List.of(district("e.smd-1", 2, 700, 600)), Set.of("e.smd-1"));

        assertEquals("e.smd-2", added.firstDifferenceFrom(published.contests()));
        assertEquals("e.smd-1", declared.firstDifferenceFrom(published.contests()));
    }

    @Test
    void aVoteMovedBetweenUnitsIsAChangeEvenWhenTheNationsTotalsStay() {
        Totals nation = new Totals(2, 6000, 3000, 1300, 0, 0, "0.00");
        Totals unit = new Totals(1, 3000, 1500, 650, 0, 0, "0.00");
        List<OptionTotal> options = List.of(new OptionTotal(1, "CANDIDATE", null, "A", "A", null, "A", 700),
                new OptionTotal(2, "CANDIDATE", null, "B", "B", null, "B", 600));
        Tabulation published = new Tabulation("e.smd-1", "e", "SINGLE_MANDATE", 1, "h".repeat(64), 2, 2, true, "100.00", nation,
                List.of(new UnitTotals("KZ-71", unit, List.of(new OptionVotes(1, null, 350), new OptionVotes(2, null, 300))),
                        new UnitTotals("KZ-75", unit, List.of(new OptionVotes(1, null, 350), new OptionVotes(2, null, 300)))),
                options, null, null, null);
        Tabulation moved = new Tabulation("e.smd-1", "e", "SINGLE_MANDATE", 1, "h".repeat(64), 2, 2, true, "100.00", nation,
                List.of(new UnitTotals("KZ-71", unit, List.of(new OptionVotes(1, null, 351), new OptionVotes(2, null, 299))),
                        new UnitTotals("KZ-75", unit, List.of(new OptionVotes(1, null, 349), new OptionVotes(2, null, 301)))),
                options, null, null, null);

        assertEquals("e.smd-1", TallyDigest.of(List.of(moved), Set.of())
                .firstDifferenceFrom(TallyDigest.of(List.of(published), Set.of()).contests()));
    }
}
