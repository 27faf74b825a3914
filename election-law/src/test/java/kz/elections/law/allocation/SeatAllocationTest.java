package kz.elections.law.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import kz.elections.law.allocation.SeatAllocation.Kind;
import kz.elections.law.allocation.SeatAllocation.ListVotes;
import kz.elections.law.allocation.SeatAllocation.Outcome;
import kz.elections.law.election.Body;

class SeatAllocationTest {

    /** Mazhilis 2023, list part, in ballot (lot) order: the votes and seats the Central Election Commission published. */
    static final List<ListVotes> MAZHILIS_2023 = List.of(new ListVotes("AMANAT", 3_431_510), new ListVotes("AUYL", 693_938),
            new ListVotes("RESPUBLICA", 547_154), new ListVotes("QHP", 432_920), new ListVotes("BAYTAQ", 146_431),
            new ListVotes("AKZHOL", 535_139), new ListVotes("OSDP", 331_058));

    static final List<ListVotes> MAZHILIS_2021 = List.of(new ListVotes("NUR_OTAN", 5_148_074), new ListVotes("AKZHOL", 792_828),
            new ListVotes("QHP", 659_019), new ListVotes("AUYL", 383_023), new ListVotes("ADAL", 258_618));

    private static SeatAllocation.Result allocate(Kind kind, int seats, String threshold, long againstAll, List<ListVotes> lists) {
        return SeatAllocation.allocate(new SeatAllocation.Input(kind, seats, new BigDecimal(threshold), againstAll, 0, lists));
    }

    @Test
    void reproducesTheMazhilis2023ListResult() {
        SeatAllocation.Result result = allocate(Kind.MAZHILIS, 69, "5", 248_291, MAZHILIS_2023);

        assertEquals(Outcome.ALLOCATED, result.outcome());
        assertEquals(Map.of("AMANAT", 40L, "AUYL", 8L, "RESPUBLICA", 6L, "QHP", 5L, "BAYTAQ", 0L, "AKZHOL", 6L, "OSDP", 4L),
                result.seats());
        assertEquals(6_366_441, result.trace().base());
        assertEquals("318322.05", result.trace().thresholdLineDecimal());
        assertEquals(Fraction.of(5_971_719, 69), result.trace().quota());
        assertEquals(67, result.trace().wholeSeats());
        assertEquals(List.of("OSDP", "AMANAT"), result.trace().remainders().stream().filter(SeatAllocation.RemainderTrace::seat)
                .map(SeatAllocation.RemainderTrace::id).toList());
        assertFalse(result.trace().lists().stream().filter(l -> l.id().equals("BAYTAQ")).findFirst().orElseThrow().admitted());
    }

    @Test
    void largestRemainderNotDHondtTellsTheMethodsApart() {
        // D'Hondt would give AMANAT 41 and OSDP 3.
        SeatAllocation.Result result = allocate(Kind.MAZHILIS, 69, "5", 248_291, MAZHILIS_2023);
        assertEquals(40L, result.seats().get("AMANAT"));
        assertEquals(4L, result.seats().get("OSDP"));
    }

    @Test
    void reproducesTheMazhilis2021Result() {
        SeatAllocation.Result result = allocate(Kind.MAZHILIS, 98, "7", 0, MAZHILIS_2021);
        assertEquals(Map.of("NUR_OTAN", 76L, "AKZHOL", 12L, "QHP", 10L, "AUYL", 0L, "ADAL", 0L), result.seats());
    }

    static Stream<Arguments> publishedCases() {
        return Stream.of(Arguments.of("2023", 69, "5", 248_291L, MAZHILIS_2023), Arguments.of("2021", 98, "7", 0L, MAZHILIS_2021));
    }

    @ParameterizedTest(name = "Mazhilis {0}: seats add up to {1}, lists below the threshold get none")
    @MethodSource("publishedCases")
    void seatsSumToTheTotalAndListsBelowTheThresholdGetNone(String year, int seats, String threshold, long againstAll,
            List<ListVotes> lists) {
        SeatAllocation.Result result = allocate(Kind.MAZHILIS, seats, threshold, againstAll, lists);
        assertEquals(seats, result.seats().values().stream().mapToLong(Long::longValue).sum());
        result.trace().lists().stream().filter(l -> !l.admitted()).forEach(l -> assertEquals(0L, result.seats().get(l.id())));
    }

    @Test
    void exactlyFivePercentPassesAndOneVoteLessDoesNot() {
        // base 1,000,000 (no against all): 5 % is 50,000 votes.
        List<ListVotes> exactly = List.of(new ListVotes("A", 700_000), new ListVotes("B", 250_000), new ListVotes("C", 50_000));
        assertTrue(allocate(Kind.MAZHILIS, 10, "5", 0, exactly).trace().lists().get(2).admitted());

        List<ListVotes> oneLess = List.of(new ListVotes("A", 700_000), new ListVotes("B", 250_001), new ListVotes("C", 49_999));
        SeatAllocation.Result result = allocate(Kind.MAZHILIS, 10, "5", 0, oneLess);
        assertFalse(result.trace().lists().get(2).admitted());
        assertEquals(0L, result.seats().get("C"));
    }

    @Test
    void againstAllCountsInTheThresholdBaseButInvalidBallotsDoNot() {
        List<ListVotes> lists = List.of(new ListVotes("A", 900_000), new ListVotes("B", 50_000));
        // base 950,000 + 50,000 against all = 1,000,000: B has exactly 5 %.
        assertTrue(allocate(Kind.MAZHILIS, 10, "5", 50_000, lists).trace().lists().get(1).admitted());
        SeatAllocation.Result withInvalid = SeatAllocation.allocate(new SeatAllocation.Input(Kind.MAZHILIS, 10,
                new BigDecimal("5"), 50_000, 500_000, lists));
        assertTrue(withInvalid.trace().lists().get(1).admitted(), "invalid ballots are not in the base");
        assertEquals(1_000_000, withInvalid.trace().base());
    }

    @Test
    void equalRemaindersGoToTheListRegisteredEarlier() {
        // 2 seats, quota 2,000: C takes one whole seat; A and B both have remainder 1/2 for the last one.
        SeatAllocation.Result ab = allocate(Kind.MAZHILIS, 2, "5", 0,
                List.of(new ListVotes("A", 1000), new ListVotes("B", 1000), new ListVotes("C", 2000)));
        assertEquals(Map.of("A", 1L, "B", 0L, "C", 1L), withoutOrder(ab.seats()));
        assertEquals(1, ab.trace().ties().size());
        assertTrue(ab.trace().ties().get(0).contains("A was registered earlier"));

        SeatAllocation.Result ba = allocate(Kind.MAZHILIS, 2, "5", 0,
                List.of(new ListVotes("B", 1000), new ListVotes("A", 1000), new ListVotes("C", 2000)));
        assertEquals(Map.of("A", 0L, "B", 1L, "C", 1L), withoutOrder(ba.seats()));
    }

    /**
     * Art. 97-1 p.4: the tie goes to the list the commission registered earlier for this election. Party A holds the
     * older state registration in every row; what counts is when each LIST was registered, given in that order.
     */
    @ParameterizedTest(name = "A's list registered {0}, B's {1}: {2} gets the last seat")
    @CsvSource({
            "2023-02-17T09:30:00Z, 2023-02-17T11:00:00Z, A",
            "2023-02-18T09:00:00Z, 2023-02-17T15:45:00Z, B",
            "2023-02-17T09:30:00Z, 2023-02-17T09:30:01Z, A",
            "2023-02-17T09:30:01Z, 2023-02-17T09:30:00Z, B",
    })
    void equalRemaindersGoToTheListWhoseListWasRegisteredEarlierForThisElection(Instant a, Instant b, String winner) {
        ListVotes listA = new ListVotes("A", 1000, a);
        ListVotes listB = new ListVotes("B", 1000, b);
        List<ListVotes> inRegistrationOrder = a.isBefore(b) ? List.of(listA, listB) : List.of(listB, listA);
        List<ListVotes> lists = new ArrayList<>(inRegistrationOrder);
        lists.add(new ListVotes("C", 2000, Instant.parse("2023-02-19T00:00:00Z")));

        SeatAllocation.Result result = allocate(Kind.MAZHILIS, 2, "5", 0, lists);

        assertEquals(1L, result.seats().get(winner));
        assertEquals(0L, result.seats().get(winner.equals("A") ? "B" : "A"));
        String tie = result.trace().ties().get(0);
        assertTrue(tie.contains("A (list registered " + a + ")") && tie.contains("B (list registered " + b + ")"), tie);
        assertTrue(tie.contains(winner + " was registered earlier and gets it (Art. 97-1 p.4)"), tie);
        assertTrue(result.trace().steps().stream().anyMatch(s -> s.startsWith("Order of registration:")
                && s.contains("not the party's state registration")));
        assertEquals(a, result.trace().lists().stream().filter(l -> l.id().equals("A")).findFirst().orElseThrow()
                .listRegisteredAt());
    }

    @Test
    void refusesListsGivenOutOfTheirRegistrationOrder() {
        List<ListVotes> lists = List.of(new ListVotes("A", 1000, Instant.parse("2023-02-18T09:00:00Z")),
                new ListVotes("B", 1000, Instant.parse("2023-02-17T09:00:00Z")));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> allocate(Kind.MAZHILIS, 2, "5", 0, lists));

        assertTrue(refused.getMessage().contains("registration order (Art. 97-1 p.4)"), refused.getMessage());
    }

    @ParameterizedTest(name = "{0} is counted by the {1} rules")
    @CsvSource({"MAZHILIS, MAZHILIS", "REGIONAL_MASLIKHAT, MASLIKHAT"})
    void theBodyDecidesTheRuleSet(Body body, Kind kind) {
        assertSame(kind, Kind.of(body));
    }

    @ParameterizedTest(name = "{0} has no party list")
    @CsvSource({"CITY_MASLIKHAT, a city maslikhat", "DISTRICT_MASLIKHAT, a district maslikhat", "AKIM, an akim post"})
    void aBodyWithoutListsHasNoListRules(Body body, String named) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Kind.of(body));

        assertTrue(refused.getMessage().startsWith(named + " has no party list"), refused.getMessage());
    }

    @Test
    void permutingListsChangesNothingButTheTieRule() {
        SeatAllocation.Result reference = allocate(Kind.MAZHILIS, 69, "5", 248_291, MAZHILIS_2023);
        Random random = new Random(2023);
        for (int i = 0; i < 20; i++) {
            List<ListVotes> shuffled = new ArrayList<>(MAZHILIS_2023);
            Collections.shuffle(shuffled, random);
            assertEquals(withoutOrder(reference.seats()), withoutOrder(allocate(Kind.MAZHILIS, 69, "5", 248_291, shuffled).seats()));
        }
    }

    @Test
    void onlyOneListPassingAdmitsTheNextWithItsQuotientTimesSevenTenthsAndAtLeastTwoSeats() {
        SeatAllocation.Result result = allocate(Kind.MAZHILIS, 69, "5", 0,
                List.of(new ListVotes("BIG", 960_000), new ListVotes("SECOND", 30_000), new ListVotes("THIRD", 10_000)));
        // SECOND: 30,000 × 69 / 990,000 = 2.09…, × 0.7 = 1.46… → at least 2.
        assertEquals(Map.of("BIG", 67L, "SECOND", 2L, "THIRD", 0L), withoutOrder(result.seats()));
        assertTrue(result.trace().singleListRule().contains("SECOND is admitted"));

        SeatAllocation.Result larger = allocate(Kind.MAZHILIS, 69, "5", 0,
                List.of(new ListVotes("BIG", 951_000), new ListVotes("SECOND", 49_000)));
        // 49,000 × 69 / 1,000,000 = 3.381, × 0.7 = 2.3667 → 2.
        assertEquals(Map.of("BIG", 67L, "SECOND", 2L), withoutOrder(larger.seats()));

        SeatAllocation.Result maslikhat = allocate(Kind.MASLIKHAT, 15, "5", 0,
                List.of(new ListVotes("BIG", 970_000), new ListVotes("SECOND", 30_000)));
        assertEquals(Map.of("BIG", 14L, "SECOND", 1L), withoutOrder(maslikhat.seats()));
    }

    @ParameterizedTest(name = "{0}, {1} seat(s): the list that passed {2}, the next-largest {3}")
    @CsvSource({
            // Art. 97-1: the next-largest list gets at least the minimum, but (policy) never more than the list that passed
            "MAZHILIS, 1, 1, 0", "MAZHILIS, 2, 1, 1", "MAZHILIS, 3, 2, 1", "MAZHILIS, 4, 2, 2", "MAZHILIS, 5, 3, 2",
            "MAZHILIS, 69, 67, 2",
            "MASLIKHAT, 1, 1, 0", "MASLIKHAT, 2, 1, 1", "MASLIKHAT, 3, 2, 1", "MASLIKHAT, 4, 3, 1"})
    void withFewSeatsTheListThatPassedNeverGetsFewerSeatsThanTheNextLargest(Kind kind, int seats, long first, long second) {
        SeatAllocation.Result result = allocate(kind, seats, "5", 0,
                List.of(new ListVotes("BIG", 960_000), new ListVotes("SECOND", 30_000), new ListVotes("THIRD", 10_000)));

        assertEquals(Outcome.ALLOCATED, result.outcome());
        assertEquals(Map.of("BIG", first, "SECOND", second, "THIRD", 0L), withoutOrder(result.seats()));
        assertEquals(second < kind.rules().singleListMinimumSeats(),
                result.trace().singleListRule().contains("never gets fewer seats than the next-largest"));
    }

    @ParameterizedTest(name = "{0}, {1} seat(s): a tie for next-largest list is a lot; the list that passed gets {2}")
    @CsvSource({
            // Art. 97-1 names no tie-break for the next-largest list: the lot decides, never the registration order
            "MAZHILIS, 1, 1", "MAZHILIS, 2, 1", "MAZHILIS, 3, 2", "MAZHILIS, 4, 2", "MAZHILIS, 69, 67",
            "MASLIKHAT, 1, 1", "MASLIKHAT, 2, 1", "MASLIKHAT, 3, 2", "MASLIKHAT, 15, 14"})
    void aTieForNextLargestListIsALotBetweenTheTiedLists(Kind kind, int seats, long first) {
        SeatAllocation.Result result = allocate(kind, seats, "5", 0, List.of(new ListVotes("B", 20_000),
                new ListVotes("BIG", 960_000), new ListVotes("C", 20_000), new ListVotes("D", 100)));

        assertEquals(Outcome.LOT_REQUIRED, result.outcome());
        assertEquals(List.of("B", "C"), result.lotBetween());
        assertEquals(Map.of("B", 0L, "BIG", first, "C", 0L, "D", 0L), withoutOrder(result.seats()));
        assertTrue(result.trace().singleListRule().contains("drawing of lots"));
        assertFalse(result.trace().lists().get(0).admitted(), "neither tied list is admitted before the lot");
    }

    @Test
    void aListBelowTheTiedPairIsNotInTheLot() {
        SeatAllocation.Result result = allocate(Kind.MAZHILIS, 10, "5", 0, List.of(new ListVotes("BIG", 960_000),
                new ListVotes("B", 19_999), new ListVotes("C", 20_001)));
        assertEquals(Outcome.ALLOCATED, result.outcome());
        assertEquals(2L, result.seats().get("C"));
        assertEquals(List.of(), result.lotBetween());
    }

    @ParameterizedTest(name = "threshold {0} %, against all {1}: lists without votes get no allocation")
    @CsvSource({"5, 0", "0, 0", "0, 10"})
    void listsWithoutVotesAreNoAllocationNeverADivisionByZero(String threshold, long againstAll) {
        SeatAllocation.Result result = allocate(Kind.MAZHILIS, 5, threshold, againstAll,
                List.of(new ListVotes("A", 0), new ListVotes("B", 0)));
        assertEquals(Outcome.NO_ALLOCATION, result.outcome());
        assertEquals(Map.of("A", 0L, "B", 0L), withoutOrder(result.seats()));
    }

    @ParameterizedTest(name = "{0}: the trace names its rule set")
    @CsvSource({"MAZHILIS, 2, 30, 10", "MASLIKHAT, 1, 0, 5"})
    void theTraceNamesTheRuleSetItWasCountedBy(Kind kind, int minimum, int quota, int days) {
        SeatAllocation.Trace trace = allocate(kind, 69, "5", 248_291, MAZHILIS_2023).trace();
        assertSame(kind.rules(), trace.rules());
        assertEquals(minimum, trace.rules().singleListMinimumSeats());
        assertEquals(quota, trace.rules().seatQuotaPercent());
        assertEquals(days, trace.rules().partyDaysToNameElected());
        assertTrue(trace.rules().thresholdBase().startsWith("valid ballots including against all"));
        assertTrue(trace.steps().get(0).startsWith("Rules: " + kind.name() + " list"), trace.steps().get(0));
    }

    @Test
    void noListPassingIsNoAllocation() {
        SeatAllocation.Result result = allocate(Kind.MAZHILIS, 69, "5", 900_000,
                List.of(new ListVotes("A", 40_000), new ListVotes("B", 30_000)));
        assertEquals(Outcome.NO_ALLOCATION, result.outcome());
        assertEquals(Map.of("A", 0L, "B", 0L), withoutOrder(result.seats()));
    }

    @Test
    void hugeVoteCountsDoNotOverflow() {
        long huge = 900_000_000_000L;
        SeatAllocation.Result result = allocate(Kind.MAZHILIS, 1000, "5", huge,
                List.of(new ListVotes("A", huge), new ListVotes("B", huge - 1), new ListVotes("C", huge / 3)));
        assertEquals(1000, result.seats().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(Outcome.ALLOCATED, result.outcome());
    }

    @Test
    void theTraceShowsEveryStep() {
        SeatAllocation.Trace trace = allocate(Kind.MAZHILIS, 69, "5", 248_291, MAZHILIS_2023).trace();
        assertEquals(6, trace.quotients().size());
        assertEquals("39.6493", trace.quotients().get(0).quotientDecimal());
        assertEquals(6, trace.remainders().size());
        assertTrue(trace.steps().get(1).startsWith("Base: votes for lists 6118150 + against all 248291 = 6366441"));
        assertTrue(trace.steps().stream().anyMatch(s -> s.startsWith("Remainder seat 1: OSDP")));
    }

    private static Map<String, Long> withoutOrder(Map<String, Long> seats) {
        return new LinkedHashMap<>(seats);
    }
}
