package kz.elections.ballot.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import kz.elections.ballot.ballot.BallotDocument.Option;
import kz.elections.ballot.ballot.BallotDocument.OptionKind;
import kz.elections.ballot.registry.Registrations;

/** Composing a ballot from the registrations (CL "On Elections", Art. 37). */
class BallotComposerTest {

    private static final LocalDate ELECTION_DAY = LocalDate.of(2023, 3, 19);

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
        List<Registrations.Candidate> candidates = registered.stream().map(n -> candidate(n, "self-nominated")).toList();

        BallotDocument ballot = BallotComposer.compose(candidateContest(candidates), List.of());

        assertEquals(expected, candidateLabels(ballot));
    }

    @ParameterizedTest(name = "{0} candidates")
    @ValueSource(ints = { 0, 1, 2, 5 })
    void endsEveryCandidateBallotWithAgainstAllAtPositionNPlus1(int count) {
        List<Registrations.Candidate> candidates = IntStream.range(0, count)
                .mapToObj(i -> candidate("Кандидат" + (char) ('А' + i) + " Есім Әкесіұлы", "self-nominated")).toList();

        BallotDocument ballot = BallotComposer.compose(candidateContest(candidates), List.of());

        assertEquals(count + 1, ballot.options().size());
        assertEquals(IntStream.rangeClosed(1, count + 1).boxed().toList(),
                ballot.options().stream().map(Option::position).toList());
        assertAgainstAll(ballot.options().get(count), count + 1);
        ballot.options().subList(0, count).forEach(o -> assertEquals(OptionKind.CANDIDATE, o.kind()));
    }

    @Test
    void givesOnlyAgainstAllWhenNoCandidateIsRegistered() {
        BallotDocument ballot = BallotComposer.compose(candidateContest(List.of()), List.of());

        assertEquals(1, ballot.options().size());
        assertAgainstAll(ballot.options().get(0), 1);
    }

    @ParameterizedTest(name = "nominated by {0}: {1} / {2}")
    @CsvSource({
            "self-nominated, өзін-өзі ұсыну, самовыдвижение",
            "AMANAT,         AMANAT,         AMANAT",
            "Ak Zhol,        Ak Zhol,        Ak Zhol",
    })
    void describesWhoNominatedTheCandidate(String nominatedBy, String detailKk, String detailRu) {
        Registrations.Candidate candidate = candidate("Ысқақов Бауыржан Серікұлы", nominatedBy);

        Option option = BallotComposer.compose(candidateContest(List.of(candidate)), List.of()).options().get(0);

        assertEquals(OptionKind.CANDIDATE, option.kind());
        assertEquals(candidate.nominationId(), option.ref());
        assertEquals(detailKk, option.detailKk());
        assertEquals(detailRu, option.detailRu());
    }

    @Test
    void labelsTheCandidateWithTheFullNameInEachLanguage() {
        Registrations.Candidate candidate = new Registrations.Candidate(UUID.randomUUID(), "Ысқақов", "Бауыржан", "Серікұлы",
                "Искаков", "Бауыржан", "Серикович", 1979, "инженер", "Алматы қаласы", "self-nominated", null);

        Option option = BallotComposer.compose(candidateContest(List.of(candidate)), List.of()).options().get(0);

        assertEquals("Ысқақов Бауыржан Серікұлы", option.labelKk());
        assertEquals("Искаков Бауыржан Серикович", option.labelRu());
    }

    @Test
    void copiesTheContestAndElectionDayOntoTheBallot() {
        BallotDocument ballot = BallotComposer.compose(candidateContest(List.of()), List.of());

        assertEquals("mazhilis-2023.smd-75-03", ballot.contestCode());
        assertEquals("mazhilis-2023", ballot.electionCode());
        assertEquals("SINGLE_MANDATE", ballot.contestKind());
        assertEquals(ELECTION_DAY, ballot.electionDay());
    }

    // ---- party-list ballots ------------------------------------------------------------------------

    @ParameterizedTest(name = "registration order shuffled with seed {0}")
    @ValueSource(longs = { 0, 1, 7, 2023 })
    void ordersPartyListsExactlyAsDrawnByLotRegardlessOfRegistrationOrder(long seed) {
        Map<String, UUID> parties = parties2023();
        List<Registrations.RegisteredList> registered = new ArrayList<>(parties.entrySet().stream()
                .map(p -> list(p.getValue(), p.getKey())).toList());
        Collections.shuffle(registered, new Random(seed));

        BallotDocument ballot = BallotComposer.compose(listContest(registered), lot(parties, LOT_2023));

        List<Option> lists = ballot.options().subList(0, LOT_2023.size());
        assertEquals(LOT_2023, lists.stream().map(Option::labelKk).toList());
        assertEquals(LOT_2023.stream().map(parties::get).toList(), lists.stream().map(Option::ref).toList());
        lists.forEach(o -> assertEquals(OptionKind.PARTY, o.kind()));
        assertEquals(IntStream.rangeClosed(1, 8).boxed().toList(), ballot.options().stream().map(Option::position).toList());
        assertAgainstAll(ballot.options().get(7), 8);
    }

    @Test
    void labelsAPartyListWithItsNamesAndShortName() {
        UUID party = UUID.randomUUID();
        Registrations.RegisteredList amanat = new Registrations.RegisteredList(UUID.randomUUID(), party,
                "«AMANAT» партиясы", "Партия «AMANAT»", "AMANAT", 1L);

        Option option = BallotComposer.compose(listContest(List.of(amanat)), List.of(party)).options().get(0);

        assertEquals("«AMANAT» партиясы", option.labelKk());
        assertEquals("Партия «AMANAT»", option.labelRu());
        assertEquals("AMANAT", option.detailKk());
        assertEquals("AMANAT", option.detailRu());
    }

    @Test
    void refusesALotThatLeavesOutARegisteredList() {
        Map<String, UUID> parties = parties2023();
        List<String> withoutBaytaq = LOT_2023.stream().filter(p -> !p.equals("Baytaq")).toList();

        BallotComposer.LotMismatch mismatch = assertThrows(BallotComposer.LotMismatch.class,
                () -> BallotComposer.compose(listContest(registered(parties)), lot(parties, withoutBaytaq)));

        assertEquals(Set.of(parties.get("Baytaq")), mismatch.missing);
        assertEquals(Set.of(), mismatch.unknown);
    }

    @Test
    void refusesALotThatNamesAnUnregisteredParty() {
        Map<String, UUID> parties = parties2023();
        UUID adal = UUID.randomUUID();
        List<UUID> lot = new ArrayList<>(lot(parties, LOT_2023));
        lot.add(adal);

        BallotComposer.LotMismatch mismatch = assertThrows(BallotComposer.LotMismatch.class,
                () -> BallotComposer.compose(listContest(registered(parties)), lot));

        assertEquals(Set.of(), mismatch.missing);
        assertEquals(Set.of(adal), mismatch.unknown);
    }

    @Test
    void refusesALotThatSwapsARegisteredPartyForAnUnregisteredOne() {
        Map<String, UUID> parties = parties2023();
        UUID adal = UUID.randomUUID();
        List<UUID> lot = new ArrayList<>(lot(parties, LOT_2023));
        lot.set(LOT_2023.indexOf("OSDP"), adal);

        BallotComposer.LotMismatch mismatch = assertThrows(BallotComposer.LotMismatch.class,
                () -> BallotComposer.compose(listContest(registered(parties)), lot));

        assertEquals(Set.of(parties.get("OSDP")), mismatch.missing);
        assertEquals(Set.of(adal), mismatch.unknown);
    }

    @Test
    void refusesALotThatRepeatsAParty() {
        Map<String, UUID> parties = parties2023();
        List<UUID> lot = new ArrayList<>(lot(parties, LOT_2023));
        lot.add(parties.get("Amanat"));

        BallotComposer.LotMismatch mismatch = assertThrows(BallotComposer.LotMismatch.class,
                () -> BallotComposer.compose(listContest(registered(parties)), lot));

        assertEquals(Set.of(), mismatch.missing);
        assertEquals(Set.of(), mismatch.unknown);
    }

    @Test
    void refusesALotThatRepeatsAPartyInPlaceOfAnother() {
        Map<String, UUID> parties = parties2023();
        List<UUID> lot = new ArrayList<>(lot(parties, LOT_2023));
        lot.set(LOT_2023.indexOf("Auyl"), parties.get("Amanat"));

        BallotComposer.LotMismatch mismatch = assertThrows(BallotComposer.LotMismatch.class,
                () -> BallotComposer.compose(listContest(registered(parties)), lot));

        assertEquals(Set.of(parties.get("Auyl")), mismatch.missing);
        assertEquals(Set.of(), mismatch.unknown);
    }

    @Test
    void givesOnlyAgainstAllWhenNoListIsRegisteredAndTheLotIsEmpty() {
        BallotDocument ballot = BallotComposer.compose(listContest(List.of()), List.of());

        assertEquals(1, ballot.options().size());
        assertAgainstAll(ballot.options().get(0), 1);
    }

    // ---- builders ----------------------------------------------------------------------------------

    private static void assertAgainstAll(Option option, int position) {
        assertEquals(position, option.position());
        assertEquals(OptionKind.AGAINST_ALL, option.kind());
        assertEquals("Барлығына қарсы", option.labelKk());
        assertEquals("Против всех", option.labelRu());
        assertNull(option.ref());
        assertNull(option.detailKk());
        assertNull(option.detailRu());
    }

    private static List<String> candidateLabels(BallotDocument ballot) {
        return ballot.options().stream().filter(o -> o.kind() == OptionKind.CANDIDATE).map(Option::labelKk).toList();
    }

    /** A candidate from "Surname Name Patronymic" in Kazakh; the Russian name is the same. */
    private static Registrations.Candidate candidate(String fullName, String nominatedBy) {
        String[] parts = fullName.split(" ");
        return new Registrations.Candidate(UUID.randomUUID(), parts[0], parts[1], parts[2], parts[0], parts[1], parts[2],
                1980, "инженер", "Алматы қаласы", nominatedBy, null);
    }

    private static Registrations candidateContest(List<Registrations.Candidate> candidates) {
        Registrations.Contest contest = new Registrations.Contest(UUID.randomUUID(), "mazhilis-2023.smd-75-03",
                "mazhilis-2023", "SINGLE_MANDATE", "KZ-75", 3, null, 1);
        return new Registrations(contest, ELECTION_DAY, OffsetDateTime.parse("2023-02-19T10:00:00Z"), candidates, List.of());
    }

    private static Registrations listContest(List<Registrations.RegisteredList> lists) {
        Registrations.Contest contest = new Registrations.Contest(UUID.randomUUID(), "mazhilis-2023.list", "mazhilis-2023",
                "PARTY_LIST", null, null, null, 69);
        return new Registrations(contest, ELECTION_DAY, OffsetDateTime.parse("2023-02-19T10:00:00Z"), List.of(), lists);
    }

    /** The 2023 parties under fresh ids, in registration order (not the lot order). */
    private static Map<String, UUID> parties2023() {
        Map<String, UUID> parties = new LinkedHashMap<>();
        for (String name : List.of("Ak Zhol", "QHP", "Amanat", "OSDP", "Auyl", "Baytaq", "Respublica")) {
            parties.put(name, UUID.randomUUID());
        }
        return parties;
    }

    private static List<Registrations.RegisteredList> registered(Map<String, UUID> parties) {
        return parties.entrySet().stream().map(p -> list(p.getValue(), p.getKey())).toList();
    }

    private static Registrations.RegisteredList list(UUID party, String shortName) {
        return new Registrations.RegisteredList(UUID.randomUUID(), party, shortName, shortName, shortName, null);
    }

    private static List<UUID> lot(Map<String, UUID> parties, List<String> order) {
        return order.stream().map(parties::get).toList();
    }
}
