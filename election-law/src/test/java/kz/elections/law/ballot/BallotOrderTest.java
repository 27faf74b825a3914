package kz.elections.law.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import kz.elections.law.ballot.BallotOrder.Candidate;
import kz.elections.law.ballot.BallotOrder.CandidateDetail;
import kz.elections.law.ballot.BallotOrder.Kind;
import kz.elections.law.ballot.BallotOrder.Line;

/** The order of a ballot's lines (CL "On Elections", Art. 37). */
class BallotOrderTest {

    /** The 2023 Mazhilis lot, in ballot order. */
    private static final List<String> LOT_2023 = List.of("Amanat", "Auyl", "Respublica", "QHP", "Baytaq", "Ak Zhol", "OSDP");

    // ---- candidate ballots -------------------------------------------------------------------------

    static Stream<Arguments> candidateOrders() {
        return Stream.of(
                Arguments.of("by surname in Kazakh order",
                        List.of("Бекова Айгүл Серікқызы", "Ісатаев Нұрлан Маратұлы", "Абдуллин Ерлан Жақанұлы",
                                "Ысқақов Бауыржан Серікұлы", "Әбілов Дәурен Асқарұлы"),
                        List.of("Абдуллин Ерлан Жақанұлы", "Әбілов Дәурен Асқарұлы", "Бекова Айгүл Серікқызы",
                                "Ысқақов Бауыржан Серікұлы", "Ісатаев Нұрлан Маратұлы")),
                Arguments.of("identical surnames by name",
                        List.of("Қасымов Үмбет Асқарұлы", "Қасымов Ұлан Асқарұлы", "Қасымов Ғалым Асқарұлы",
                                "Қасымов Бауыржан Асқарұлы"),
                        List.of("Қасымов Бауыржан Асқарұлы", "Қасымов Ғалым Асқарұлы", "Қасымов Ұлан Асқарұлы",
                                "Қасымов Үмбет Асқарұлы")),
                Arguments.of("identical surname and name by patronymic",
                        List.of("Оспанов Ерлан Өтепұлы", "Оспанов Ерлан Іслямұлы", "Оспанов Ерлан Ысқақұлы",
                                "Оспанов Ерлан Асқарұлы"),
                        List.of("Оспанов Ерлан Асқарұлы", "Оспанов Ерлан Өтепұлы", "Оспанов Ерлан Ысқақұлы",
                                "Оспанов Ерлан Іслямұлы")),
                Arguments.of("surname before name before patronymic",
                        List.of("Әбілов Ажар Яковұлы", "Абдуллин Ясын Асқарұлы", "Әбілов Ажар Әлиұлы", "Әбілов Бақыт Асқарұлы"),
                        List.of("Абдуллин Ясын Асқарұлы", "Әбілов Ажар Әлиұлы", "Әбілов Ажар Яковұлы", "Әбілов Бақыт Асқарұлы")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("candidateOrders")
    void ordersCandidatesBySurnameThenNameThenPatronymicInKazakhOrder(String rule, List<String> registered,
            List<String> expected) {
        Map<UUID, String> names = registered.stream().collect(Collectors.toMap(n -> UUID.randomUUID(), Function.identity()));
        List<Candidate> candidates = names.entrySet().stream().map(e -> candidate(e.getKey(), e.getValue())).toList();

        List<Line> ballot = BallotOrder.candidates(candidates);

        assertEquals(expected, ballot.stream().filter(l -> l.kind() == Kind.CANDIDATE).map(l -> names.get(l.ref())).toList());
    }

    @Test
    void ordersNamesakesByTheirRegistrationWhateverTheOrderTheyComeIn() {
        List<Candidate> namesakes = IntStream.range(0, 5)
                .mapToObj(i -> candidate(UUID.randomUUID(), "Қасымов Ғалым Асқарұлы")).toList();
        List<Candidate> reversed = new ArrayList<>(namesakes);
        Collections.reverse(reversed);

        assertEquals(BallotOrder.candidates(namesakes), BallotOrder.candidates(reversed));
    }

    @ParameterizedTest(name = "{0} candidates")
    @ValueSource(ints = { 0, 1, 2, 5 })
    void endsEveryCandidateBallotWithAgainstAllAtPositionNPlus1(int count) {
        List<Candidate> candidates = IntStream.range(0, count)
                .mapToObj(i -> candidate(UUID.randomUUID(), "Кандидат" + (char) ('А' + i) + " Есім Әкесіұлы")).toList();

        List<Line> ballot = BallotOrder.candidates(candidates);

        assertEquals(count + 1, ballot.size());
        assertEquals(IntStream.rangeClosed(1, count + 1).boxed().toList(), ballot.stream().map(Line::position).toList());
        assertAgainstAll(ballot.get(count), count + 1);
        ballot.subList(0, count).forEach(l -> assertEquals(Kind.CANDIDATE, l.kind()));
    }

    @Test
    void givesOnlyAgainstAllWhenNoCandidateIsRegistered() {
        List<Line> ballot = BallotOrder.candidates(List.of());

        assertEquals(1, ballot.size());
        assertAgainstAll(ballot.get(0), 1);
    }

    @Test
    void labelsAgainstAllInKazakhAndRussian() {
        assertEquals("Барлығына қарсы", BallotOrder.AGAINST_ALL_KK);
        assertEquals("Против всех", BallotOrder.AGAINST_ALL_RU);
    }

    // ---- party-list ballots ------------------------------------------------------------------------

    @ParameterizedTest(name = "registration order shuffled with seed {0}")
    @ValueSource(longs = { 0, 1, 7, 2023 })
    void ordersPartyListsExactlyAsDrawnByLotRegardlessOfRegistrationOrder(long seed) {
        Map<String, UUID> parties = parties2023();
        List<UUID> registered = new ArrayList<>(parties.values());
        Collections.shuffle(registered, new Random(seed));

        List<Line> ballot = BallotOrder.partyLists(registered, lot(parties, LOT_2023));

        List<Line> lists = ballot.subList(0, LOT_2023.size());
        assertEquals(LOT_2023.stream().map(parties::get).toList(), lists.stream().map(Line::ref).toList());
        lists.forEach(l -> assertEquals(Kind.PARTY, l.kind()));
        assertEquals(IntStream.rangeClosed(1, 8).boxed().toList(), ballot.stream().map(Line::position).toList());
        assertAgainstAll(ballot.get(7), 8);
    }

    @Test
    void refusesALotThatLeavesOutARegisteredList() {
        Map<String, UUID> parties = parties2023();
        List<String> withoutBaytaq = LOT_2023.stream().filter(p -> !p.equals("Baytaq")).toList();

        BallotOrder.LotMismatch mismatch = assertThrows(BallotOrder.LotMismatch.class,
                () -> BallotOrder.partyLists(parties.values(), lot(parties, withoutBaytaq)));

        assertEquals(Set.of(parties.get("Baytaq")), mismatch.missing);
        assertEquals(Set.of(), mismatch.unknown);
    }

    @Test
    void refusesALotThatNamesAnUnregisteredParty() {
        Map<String, UUID> parties = parties2023();
        UUID adal = UUID.randomUUID();
        List<UUID> lot = new ArrayList<>(lot(parties, LOT_2023));
        lot.add(adal);

        BallotOrder.LotMismatch mismatch = assertThrows(BallotOrder.LotMismatch.class,
                () -> BallotOrder.partyLists(parties.values(), lot));

        assertEquals(Set.of(), mismatch.missing);
        assertEquals(Set.of(adal), mismatch.unknown);
    }

    @Test
    void refusesALotThatSwapsARegisteredPartyForAnUnregisteredOne() {
        Map<String, UUID> parties = parties2023();
        UUID adal = UUID.randomUUID();
        List<UUID> lot = new ArrayList<>(lot(parties, LOT_2023));
        lot.set(LOT_2023.indexOf("OSDP"), adal);

        BallotOrder.LotMismatch mismatch = assertThrows(BallotOrder.LotMismatch.class,
                () -> BallotOrder.partyLists(parties.values(), lot));

        assertEquals(Set.of(parties.get("OSDP")), mismatch.missing);
        assertEquals(Set.of(adal), mismatch.unknown);
    }

    @Test
    void refusesALotThatRepeatsAParty() {
        Map<String, UUID> parties = parties2023();
        List<UUID> lot = new ArrayList<>(lot(parties, LOT_2023));
        lot.add(parties.get("Amanat"));

        BallotOrder.LotMismatch mismatch = assertThrows(BallotOrder.LotMismatch.class,
                () -> BallotOrder.partyLists(parties.values(), lot));

        assertEquals(Set.of(), mismatch.missing);
        assertEquals(Set.of(), mismatch.unknown);
    }

    @Test
    void refusesALotThatRepeatsAPartyInPlaceOfAnother() {
        Map<String, UUID> parties = parties2023();
        List<UUID> lot = new ArrayList<>(lot(parties, LOT_2023));
        lot.set(LOT_2023.indexOf("Auyl"), parties.get("Amanat"));

        BallotOrder.LotMismatch mismatch = assertThrows(BallotOrder.LotMismatch.class,
                () -> BallotOrder.partyLists(parties.values(), lot));

        assertEquals(Set.of(parties.get("Auyl")), mismatch.missing);
        assertEquals(Set.of(), mismatch.unknown);
    }

    @Test
    void givesOnlyAgainstAllWhenNoListIsRegisteredAndTheLotIsEmpty() {
        List<Line> ballot = BallotOrder.partyLists(List.of(), List.of());

        assertEquals(1, ballot.size());
        assertAgainstAll(ballot.get(0), 1);
    }

    // ---- builders ----------------------------------------------------------------------------------

    // ---- what the ballot prints under a name ----------------------------------------------------------

    @ParameterizedTest(name = "{0}, {1}, {2}, {3} (self-nominated {4}): {5} / {6}")
    @CsvSource(delimiter = '|', value = {
            "1979 | инженер | Алматы қаласы | self-nominated | true  | 1979 жылы туған, инженер, Алматы қаласы, өзін-өзі ұсыну | 1979 года рождения, инженер, Алматы қаласы, самовыдвижение",
            "1962 | депутат | Астана қаласы | AMANAT         | false | 1962 жылы туған, депутат, Астана қаласы, AMANAT         | 1962 года рождения, депутат, Астана қаласы, AMANAT",
            "     |         | Астана қаласы | AMANAT         | false | Астана қаласы, AMANAT                                   | Астана қаласы, AMANAT",
    })
    void printsYearOfBirthOccupationResidenceAndWhoNominatedTheCandidate(Integer year, String occupation, String residence,
            String nominatedBy, boolean self, String kk, String ru) {
        CandidateDetail detail = new CandidateDetail(year, occupation, residence, nominatedBy, self);

        assertEquals(kk, detail.kk());
        assertEquals(ru, detail.ru());
    }

    @Test
    void namesakesAreToldApartByWhatIsPrintedUnderTheirName() {
        CandidateDetail engineer = new CandidateDetail(1979, "инженер", "Алматы қаласы", "self-nominated", true);
        CandidateDetail teacher = new CandidateDetail(1985, "мұғалім", "Қонаев қаласы", "AMANAT", false);

        assertNotEquals(engineer.kk(), teacher.kk());
        assertNotEquals(engineer.ru(), teacher.ru());
    }

    private static void assertAgainstAll(Line line, int position) {
        assertEquals(position, line.position());
        assertEquals(Kind.AGAINST_ALL, line.kind());
        assertNull(line.ref());
    }

    /** A candidate from "Surname Name Patronymic" in Kazakh. */
    private static Candidate candidate(UUID nomination, String fullName) {
        String[] parts = fullName.split(" ");
        return new Candidate(nomination, parts[0], parts[1], parts[2]);
    }

    /** The 2023 parties under fresh ids, in registration order (not the lot order). */
    private static Map<String, UUID> parties2023() {
        Map<String, UUID> parties = new LinkedHashMap<>();
        for (String name : List.of("Ak Zhol", "QHP", "Amanat", "OSDP", "Auyl", "Baytaq", "Respublica")) {
            parties.put(name, UUID.randomUUID());
        }
        return parties;
    }

    private static List<UUID> lot(Map<String, UUID> parties, List<String> order) {
        return order.stream().map(parties::get).toList();
    }

    @Test
    void aRecallBallotIsForRecallThenAgainstRecallWithoutAgainstAll() {
        UUID deputy = UUID.randomUUID();

        List<Line> lines = BallotOrder.recall(deputy);

        assertEquals(List.of(new Line(1, Kind.FOR_RECALL, deputy), new Line(2, Kind.AGAINST_RECALL, deputy)), lines);
        assertEquals(List.of("Кері шақыру үшін", "За отзыв", "Кері шақыруға қарсы", "Против отзыва"),
                List.of(BallotOrder.FOR_RECALL_KK, BallotOrder.FOR_RECALL_RU, BallotOrder.AGAINST_RECALL_KK,
                        BallotOrder.AGAINST_RECALL_RU));
    }
}
