package kz.elections.results.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.elections.common.web.Language;
import kz.elections.common.web.LocalFormat;
import kz.elections.law.allocation.SeatAllocation.ListVotes;
import kz.elections.law.allocation.SeatAllocation;

/** The trace retold: which sentence, with which figures, for the cases the law distinguishes. */
class AllocationSentencesTest {

    /** Messages that name themselves and their arguments, so a test reads which sentence was chosen. */
    private static final ResultsMessages NAMES = (ResultsMessages) Proxy.newProxyInstance(
            ResultsMessages.class.getClassLoader(), new Class<?>[] {ResultsMessages.class},
            (proxy, method, args) -> method.getName() + (args == null ? "" : Arrays.stream(args).map(String::valueOf)
                    .collect(Collectors.joining(", ", "(", ")"))));

    /**
     * Allocates as the tabulation does and retells the trace after a round trip through JSON, as a published version
     * stores it and reads it back.
     */
    private static AllocationSentences retell(int seats, long againstAll, List<ListVotes> lists) {
        return retell(SeatAllocation.Kind.MAZHILIS, seats, againstAll, lists);
    }

    private static AllocationSentences retell(SeatAllocation.Kind kind, int seats, long againstAll, List<ListVotes> lists) {
        return retell(kind, seats, againstAll, lists, Language.EN);
    }

    private static AllocationSentences retell(SeatAllocation.Kind kind, int seats, long againstAll, List<ListVotes> lists,
            Language language) {
        SeatAllocation.Result result = SeatAllocation.allocate(new SeatAllocation.Input(kind, seats,
                new BigDecimal("5"), againstAll, 7, lists));
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        SeatAllocation.Result allocation;
        try {
            allocation = json.readValue(json.writeValueAsString(result), SeatAllocation.Result.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
        assertEquals(result, allocation, "the trace reads back as written");
        List<ResultsView.OptionRow> rows = new ArrayList<>();
        for (ListVotes list : lists) {
            rows.add(new ResultsView.OptionRow(list.id(), list.id(), list.id(), null, null, list.votes(), "", "",
                    result.seats().get(list.id()), "", false));
        }
        return AllocationSentences.of(allocation, 7, againstAll, rows, NAMES, new LocalFormat(language.locale()));
    }

    @Test
    void equalRemaindersForTheLastSeatAreATieTheEarlierRegisteredListWins() {
        AllocationSentences told = retell(2, 0, List.of(new ListVotes("A", 100), new ListVotes("B", 50), new ListVotes("C", 50)));

        assertEquals(List.of("trace_rules(body_MAZHILIS, 2, 30, 10)", "trace_base(200, 200, 0, 7)", "trace_threshold(5, 10.00)", "trace_admitted(A, 100, 50.00)",
                "trace_admitted(B, 50, 25.00)", "trace_admitted(C, 50, 25.00)", "trace_quota(200, 2, 100/1, 100.0000)",
                "trace_quotient(A, 100, 1.0000, 1, 0.000000)", "trace_quotient(B, 50, 0.5000, 0, 0.500000)",
                "trace_quotient(C, 50, 0.5000, 0, 0.500000)", "trace_whole(1, 1)"), told.steps());
        assertEquals(List.of("trace_remainder_seat(1, B, 0.500000)",
                "trace_remainder_none(2, C, 0.500000) trace_equal_remainder(B)", "trace_remainder_none(3, A, 0.000000)"),
                told.remainders());
        assertEquals(List.of("trace_tie(B, C)", "trace_result(A 1, B 1)"), told.conclusion());
    }

    @Test
    void aListBelowTheThresholdIsExcludedWithItsShareOfTheBaseIncludingAgainstAll() {
        AllocationSentences told = retell(10, 100, List.of(new ListVotes("A", 850), new ListVotes("B", 49), new ListVotes("C", 1)));

        assertTrue(told.steps().contains("trace_base(1,000, 900, 100, 7)"));
        assertTrue(told.steps().contains("trace_threshold(5, 50.00)"));
        assertTrue(told.steps().contains("trace_excluded(C, 1, 0.10)"));
        // Only A passes: B, the next-largest, is admitted under the single-list rule with the Mazhilis minimum of 2.
        assertTrue(told.steps().contains("trace_next_largest(B, 49, 4.90)"));
        assertEquals("trace_single_list(A, B, 0.3815, 2, 8)", told.steps().get(told.steps().size() - 1));
        assertEquals(List.of("trace_result(A 8, B 2)"), told.conclusion());
    }

    @Test
    void aSingleListWithAllTheVotesTakesEverySeat() {
        AllocationSentences told = retell(5, 0, List.of(new ListVotes("A", 10), new ListVotes("B", 0)));

        assertEquals("trace_single_list_alone(A, 5)", told.steps().get(told.steps().size() - 1));
        assertEquals(List.of("trace_result(A 5)"), told.conclusion());
    }

    @Test
    void whenNoListPassesThereIsNoQuotaAndNoResult() {
        AllocationSentences told = retell(5, 1000, List.of(new ListVotes("A", 10), new ListVotes("B", 20)));

        assertEquals(List.of("trace_rules(body_MAZHILIS, 2, 30, 10)", "trace_base(1,030, 30, 1,000, 7)", "trace_threshold(5, 51.50)", "trace_excluded(A, 10, 0.97)",
                "trace_excluded(B, 20, 1.94)"), told.steps());
        assertEquals(List.of(), told.remainders());
        assertEquals(List.of(), told.conclusion());
    }

    @Test
    void theTraceStatesTheRuleSetOfAMaslikhatList() {
        AllocationSentences told = retell(SeatAllocation.Kind.MASLIKHAT, 5, 0, List.of(new ListVotes("A", 10), new ListVotes("B", 10)));

        assertEquals("trace_rules_no_quota(body_MASLIKHAT, 1, 5)", told.steps().get(0));
    }

    @Test
    void withTwoSeatsTheNextLargestListGetsOneSeatNotBoth() {
        AllocationSentences told = retell(2, 0, List.of(new ListVotes("A", 990), new ListVotes("B", 10)));

        assertEquals("trace_single_list(A, B, 0.0140, 1, 1)", told.steps().get(told.steps().size() - 1));
        assertEquals(List.of("trace_result(A 1, B 1)"), told.conclusion());
    }

    @Test
    void aTieForNextLargestListIsToldAsALotBetweenTheTiedLists() {
        AllocationSentences told = retell(4, 0, List.of(new ListVotes("A", 980), new ListVotes("B", 10), new ListVotes("C", 10)));

        assertTrue(told.steps().contains("trace_excluded(B, 10, 1.00)"));
        assertEquals(List.of("trace_lot(A, B, C, 2)"), told.conclusion());
    }

    @Test
    void countsAndTheWholePartOfDecimalsAreGroupedAsThePagesLanguageGroupsThousands() {
        List<ListVotes> lists = List.of(new ListVotes("A", 3_431_510), new ListVotes("B", 1_234_567));

        AllocationSentences english = retell(SeatAllocation.Kind.MAZHILIS, 69, 248_291, lists, Language.EN);
        AllocationSentences russian = retell(SeatAllocation.Kind.MAZHILIS, 69, 248_291, lists, Language.RU);
        AllocationSentences kazakh = retell(SeatAllocation.Kind.MAZHILIS, 69, 248_291, lists, Language.KK);

        // A comma in English; Kazakh and Russian group with a no-break space, and a decimal keeps its point.
        assertEquals("trace_base(4,914,368, 4,666,077, 248,291, 7)", english.steps().get(1));
        assertTrue(english.steps().contains("trace_admitted(A, 3,431,510, 69.83)"), english.steps().toString());
        assertTrue(english.steps().get(2).startsWith("trace_threshold(5, 245,718.40"), english.steps().get(2));
        assertTrue(english.steps().get(5).startsWith("trace_quota(4,666,077, 69, 1,555,359/23, 67,624.3043)"), english.steps().get(5));
        for (AllocationSentences spaced : List.of(russian, kazakh)) {
            assertEquals("trace_base(4\u00a0914\u00a0368, 4\u00a0666\u00a0077, 248\u00a0291, 7)", spaced.steps().get(1));
            assertTrue(spaced.steps().contains("trace_admitted(A, 3\u00a0431\u00a0510, 69.83)"), spaced.steps().toString());
            assertTrue(spaced.steps().get(2).startsWith("trace_threshold(5, 245\u00a0718.40"), spaced.steps().get(2));
            assertTrue(spaced.steps().get(5).startsWith("trace_quota(4\u00a0666\u00a0077, 69, 1\u00a0555\u00a0359/23, 67\u00a0624.3043)"),
                    spaced.steps().get(5));
        }
    }
}
