package kz.elections.law.mandate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.law.list.QuotaCategory;
import kz.elections.law.mandate.ListSeatRules.ListCandidate;

class ListSeatRulesTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static final List<ListCandidate> LIST = List.of(
            candidate("Ысқақов", "Бауыржан", 1, null), candidate("Әбілов", "Ерлан", 2, null),
            candidate("Абдуллин", "Марат", 3, QuotaCategory.YOUTH), candidate("Ісатаев", "Арман", 4, null),
            candidate("Бекова", "Айгүл", 5, QuotaCategory.WOMAN), candidate("Өтепов", "Нұрлан", 6, QuotaCategory.DISABILITY));

    private static ListCandidate candidate(String surname, String name, int position, QuotaCategory category) {
        return new ListCandidate(UUID.randomUUID(), surname, name, null, position, category);
    }

    private static List<UUID> ids(int... positions) {
        List<UUID> ids = new ArrayList<>();
        for (int p : positions) {
            ids.add(LIST.get(p - 1).id());
        }
        return ids;
    }

    @ParameterizedTest(name = "{0} seats need {1} quota candidates")
    @CsvSource({"1, 1", "3, 1", "4, 2", "10, 3", "40, 12", "69, 21"})
    void thirtyPercentOfTheSeatsRoundsUp(int seats, int required) {
        assertEquals(required, ListSeatRules.requiredQuota(seats, 30));
    }

    @Test
    void aChoiceOfExactlyTheSeatsWithTheQuotaPasses() {
        assertEquals(List.of(), ListSeatRules.check(ids(1, 2, 5), LIST, 3, 30));
    }

    @Test
    void theQuotaIsCheckedOnlyOnMazhilisLists() {
        assertEquals(1, ListSeatRules.check(ids(1, 2, 4), LIST, 3, 30).size());
        assertEquals(List.of(), ListSeatRules.check(ids(1, 2, 4), LIST, 3, 0));
    }

    @Test
    void youthAndDisabilityCountTowardsTheQuotaToo() {
        assertEquals(List.of(), ListSeatRules.check(ids(1, 3, 4), LIST, 3, 30));
        assertEquals(List.of(), ListSeatRules.check(ids(1, 4, 6), LIST, 3, 30));
    }

    @Test
    void theWrongNumberARepeatOrAStrangerIsRefused() {
        assertTrue(ListSeatRules.check(ids(5, 1), LIST, 3, 30).get(0).contains("won 3 seat(s) and names 2"));
        assertTrue(ListSeatRules.check(ids(5, 5, 1), LIST, 3, 30).stream().anyMatch(p -> p.contains("named twice")));
        List<UUID> stranger = new ArrayList<>(ids(5, 1));
        stranger.add(UUID.randomUUID());
        assertTrue(ListSeatRules.check(stranger, LIST, 3, 30).stream().anyMatch(p -> p.contains("not a registered candidate")));
    }

    @ParameterizedTest(name = "certified {0}, {1} days: at {2} the party may still name its elected: {3}")
    @CsvSource({
            // Mazhilis 2023: certified on 27 March; the tenth day after is 6 April, which ends at midnight in Almaty
            "2023-03-27T15:00+06:00, 10, 2023-03-27T15:00+06:00, true",
            "2023-03-27T15:00+06:00, 10, 2023-04-06T23:59+06:00, true",
            "2023-03-27T15:00+06:00, 10, 2023-04-06T23:59:59.999999999+06:00, true",
            "2023-03-27T15:00+06:00, 10, 2023-04-07T00:00+06:00, false",
            "2023-03-27T15:00+06:00, 10, 2023-04-07T00:01+06:00, false",
            // the same boundary in UTC: midnight in Almaty is 18:00 UTC the evening before
            "2023-03-27T09:00Z, 10, 2023-04-06T17:59Z, true",
            "2023-03-27T09:00Z, 10, 2023-04-06T18:00Z, false",
            // certified at 00:30 in Almaty, still 26 March in UTC: the days count from the Almaty date
            "2023-03-26T18:30Z, 10, 2023-04-06T17:59Z, true",
            "2023-03-26T18:30Z, 10, 2023-04-06T18:00Z, false",
            // certified a minute before midnight: that day does not count
            "2023-03-27T23:59+06:00, 10, 2023-04-06T23:59+06:00, true",
            "2023-03-27T23:59+06:00, 10, 2023-04-07T00:00+06:00, false",
            // a maslikhat list: five days
            "2023-03-27T15:00+06:00, 5, 2023-04-01T23:59+06:00, true",
            "2023-03-27T15:00+06:00, 5, 2023-04-02T00:00+06:00, false"})
    void thePartysTimeEndsAtMidnightAfterItsLastDay(OffsetDateTime certified, int days, OffsetDateTime at, boolean mayName) {
        assertEquals(!mayName, ListSeatRules.partyDeadline(certified, days, ALMATY).passedAt(at));
    }

    @Test
    void theMazhilis2023PartiesHadUntilTheEndOfTheSixthOfApril() {
        ListSeatRules.PartyDeadline deadline = ListSeatRules.partyDeadline(OffsetDateTime.parse("2023-03-27T15:00+06:00"), 10, ALMATY);
        assertEquals(LocalDate.of(2023, 4, 6), deadline.lastDay());
        assertEquals(OffsetDateTime.parse("2023-04-07T00:00+06:00"), deadline.endsAt());
    }

    @Test
    void theCommissionTakesTheListInKazakhAlphabeticalOrder() {
        assertEquals(List.of("Абдуллин Марат", "Әбілов Ерлан", "Бекова Айгүл", "Өтепов Нұрлан"),
                ListSeatRules.byListOrder(LIST, 4, 30).elected().stream().map(c -> c.surname() + " " + c.name()).toList());
    }

    @Test
    void theCommissionOrdersBySurnameThenNameThenPatronymicAndNamesakesByListPosition() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<ListCandidate> list = List.of(
                new ListCandidate(second, "Ахметов", "Асқар", "Серікұлы", 3, null),
                new ListCandidate(UUID.randomUUID(), "Ахметов", "Асқар", "Ізбасарұлы", 4, null),
                new ListCandidate(first, "Ахметов", "Асқар", "Серікұлы", 2, null),
                new ListCandidate(UUID.randomUUID(), "Ахметов", "Әлібек", null, 1, null));

        assertEquals(List.of(first, second), ListSeatRules.byListOrder(list, 2, 0).elected().stream().map(ListCandidate::id).toList());
    }

    private static List<ListCandidate> named(String... surnames) {
        List<ListCandidate> list = new ArrayList<>();
        for (int i = 0; i < surnames.length; i++) {
            boolean woman = surnames[i].endsWith("ова");
            list.add(new ListCandidate(UUID.randomUUID(), surnames[i], "Ат", null, i + 1, woman ? QuotaCategory.WOMAN : null));
        }
        return list;
    }

    private static List<String> surnames(ListSeatRules.Taking taking) {
        return taking.elected().stream().map(ListCandidate::surname).toList();
    }

    @Test
    void aThreeNameListThatWonFiveSeatsNamesAllThreeAndTwoSeatsStayVacant() {
        // Art. 97-1 p.6: a party names at most the candidates its list has; the seats left stay vacant
        List<ListCandidate> list = named("Бекова", "Әбілов", "Абдуллин");
        List<UUID> all = list.stream().map(ListCandidate::id).toList();

        assertEquals(List.of(), ListSeatRules.check(all, list, 5, 30));
        assertTrue(ListSeatRules.check(all.subList(0, 2), list, 5, 30).get(0).contains("names all 3 and 2 seat(s) stay vacant"));
        ListSeatRules.Taking taking = ListSeatRules.byListOrder(list, 5, 30);
        assertEquals(List.of("Абдуллин", "Әбілов", "Бекова"), surnames(taking));
        assertEquals(2, taking.vacant());
    }

    @Test
    void theCommissionTakesQuotaCandidatesSortingLastInKazakhOrderUntilTheQuotaHolds() {
        // Art. 97-1 p.5: the commission's assignment respects the 30 % seat quota of a Mazhilis list
        List<ListCandidate> list = named("Іскакова", "Дәулетов", "Ысқақова", "Абаев", "Ғалиев", "Ұлықбекова", "Бекұлы");

        assertEquals(List.of("Абаев", "Бекұлы", "Ұлықбекова", "Ысқақова"), surnames(ListSeatRules.byListOrder(list, 4, 30)));
        assertEquals(List.of("Абаев", "Бекұлы", "Ғалиев", "Дәулетов"), surnames(ListSeatRules.byListOrder(list, 4, 0)));
        assertEquals(List.of("Абаев", "Бекұлы", "Ұлықбекова"), surnames(ListSeatRules.byListOrder(list, 3, 30)));
    }

    @ParameterizedTest(name = "{0} seats, a list of {1} with {2} quota candidate(s): {3} elected, {4} vacant, {5} of the quota")
    @CsvSource({
            // Art. 97-1 p.5, 6: the quota on the seats taken, rounded up, as far as the list has quota candidates
            "5, 3, 1, 3, 2, 1",
            "5, 3, 0, 3, 2, 0",
            "3, 3, 3, 3, 0, 3",
            "4, 6, 3, 4, 0, 2",
            "7, 10, 3, 7, 0, 3",
            "10, 10, 1, 10, 0, 1",
            "1, 4, 2, 1, 0, 1",
            "1, 1, 0, 1, 0, 0"})
    void theCommissionFillsWhatTheListAllowsAndLeavesTheRestVacant(int seats, int size, int quotaCandidates, int elected,
            int vacant, int quota) {
        // men first in Kazakh order, the quota candidates after them
        List<String> names = new ArrayList<>();
        for (int i = 0; i < size - quotaCandidates; i++) {
            names.add("Аб" + (char) ('а' + i) + "ов");
        }
        for (int i = 0; i < quotaCandidates; i++) {
            names.add("Ыс" + (char) ('а' + i) + "ова");
        }
        List<ListCandidate> list = named(names.toArray(String[]::new));

        ListSeatRules.Taking taking = ListSeatRules.byListOrder(list, seats, 30);

        assertEquals(elected, taking.elected().size());
        assertEquals(vacant, taking.vacant());
        assertEquals(quota, taking.elected().stream().filter(c -> c.category() != null).count());
        assertEquals(List.of(), ListSeatRules.check(taking.elected().stream().map(ListCandidate::id).toList(), list, seats, 30),
                "the commission's assignment meets the rules a party's choice is checked by");
    }
}
