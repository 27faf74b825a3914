package kz.elections.ballot.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.ballot.ballot.BallotDocument.Option;
import kz.elections.ballot.ballot.BallotDocument.OptionKind;
import kz.elections.ballot.registry.Registrations;
import kz.elections.law.ballot.BallotOrder;

/**
 * Composing a ballot from the registrations: the order is the law's ({@code BallotOrderTest} in
 * election-law); here, that the registry's data reaches the right lines with the right labels.
 */
class BallotComposerTest {

    private static final LocalDate ELECTION_DAY = LocalDate.of(2023, 3, 19);

    @Test
    void putsEachCandidateOnTheLineTheLawGivesThem() {
        Registrations.Candidate isatayev = candidate("Ісатаев Нұрлан Маратұлы", "self-nominated");
        Registrations.Candidate abilov = candidate("Әбілов Дәурен Асқарұлы", "self-nominated");
        Registrations.Candidate yskakov = candidate("Ысқақов Бауыржан Серікұлы", "self-nominated");

        BallotDocument ballot = BallotComposer.compose(candidateContest(List.of(isatayev, abilov, yskakov)), List.of());

        assertEquals(Arrays.asList(abilov.nominationId(), yskakov.nominationId(), isatayev.nominationId(), null),
                ballot.options().stream().map(Option::ref).toList());
        assertEquals(List.of("Әбілов Дәурен Асқарұлы", "Ысқақов Бауыржан Серікұлы", "Ісатаев Нұрлан Маратұлы",
                "Барлығына қарсы"), ballot.options().stream().map(Option::labelKk).toList());
        assertEquals(List.of(OptionKind.CANDIDATE, OptionKind.CANDIDATE, OptionKind.CANDIDATE, OptionKind.AGAINST_ALL),
                ballot.options().stream().map(Option::kind).toList());
        assertEquals("Против всех", ballot.options().get(3).labelRu());
    }

    @ParameterizedTest(name = "nominated by {0} ({1}): {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "self-nominated | SELF               | 1980 жылы туған, инженер, Алматы қаласы, өзін-өзі ұсыну | 1980 года рождения, инженер, Алматы қаласы, самовыдвижение",
            "self-nominated |                    | 1980 жылы туған, инженер, Алматы қаласы, өзін-өзі ұсыну | 1980 года рождения, инженер, Алматы қаласы, самовыдвижение",
            "AMANAT         | PARTY              | 1980 жылы туған, инженер, Алматы қаласы, AMANAT         | 1980 года рождения, инженер, Алматы қаласы, AMANAT",
            "Qazaq Unity    | PUBLIC_ASSOCIATION | 1980 жылы туған, инженер, Алматы қаласы, Qazaq Unity    | 1980 года рождения, инженер, Алматы қаласы, Qazaq Unity",
    })
    void describesTheCandidateUnderTheNameAndWhoNominatedThem(String nominatedBy, String route, String detailKk,
            String detailRu) {
        Registrations.Candidate candidate = candidate("Ысқақов Бауыржан Серікұлы", nominatedBy, route, 1980, "инженер");

        Option option = BallotComposer.compose(candidateContest(List.of(candidate)), List.of()).options().get(0);

        assertEquals(OptionKind.CANDIDATE, option.kind());
        assertEquals(candidate.nominationId(), option.ref());
        assertEquals(detailKk, option.detailKk());
        assertEquals(detailRu, option.detailRu());
    }

    @Test
    void namesakesAreToldApartByWhatTheBallotPrintsUnderTheirNames() {
        // Art. 37, 44: two registrations of the same name; the voter tells them apart by the line under it
        Registrations.Candidate engineer = candidate("Ахметов Ерлан Серікұлы", "self-nominated", "SELF", 1979, "инженер");
        Registrations.Candidate teacher = candidate("Ахметов Ерлан Серікұлы", "AMANAT", "PARTY", 1985, "мұғалім");

        List<Option> options = BallotComposer.compose(candidateContest(List.of(engineer, teacher)), List.of()).options();

        Option first = options.stream().filter(o -> engineer.nominationId().equals(o.ref())).findFirst().orElseThrow();
        Option second = options.stream().filter(o -> teacher.nominationId().equals(o.ref())).findFirst().orElseThrow();
        assertEquals(first.labelKk(), second.labelKk());
        assertEquals("1979 жылы туған, инженер, Алматы қаласы, өзін-өзі ұсыну", first.detailKk());
        assertEquals("1985 жылы туған, мұғалім, Алматы қаласы, AMANAT", second.detailKk());
        assertEquals("1979 года рождения, инженер, Алматы қаласы, самовыдвижение", first.detailRu());
        assertEquals("1985 года рождения, мұғалім, Алматы қаласы, AMANAT", second.detailRu());
    }

    @Test
    void labelsTheCandidateWithTheFullNameInEachLanguage() {
        Registrations.Candidate candidate = new Registrations.Candidate(UUID.randomUUID(), "Ысқақов", "Бауыржан", "Серікұлы",
                "Искаков", "Бауыржан", "Серикович", 1979, "инженер", "Алматы қаласы", "self-nominated", "SELF", null);

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

    @Test
    void putsThePartyListsInLotOrderWithTheirNamesAndShortNames() {
        Registrations.RegisteredList amanat = list("«AMANAT» партиясы", "Партия «AMANAT»", "AMANAT");
        Registrations.RegisteredList auyl = list("«AUYL» партиясы", "Партия «AUYL»", "AUYL");

        BallotDocument ballot = BallotComposer.compose(listContest(List.of(auyl, amanat)),
                List.of(amanat.partyId(), auyl.partyId()));

        Option first = ballot.options().get(0);
        assertEquals(new Option(1, OptionKind.PARTY, amanat.partyId(), "«AMANAT» партиясы", "Партия «AMANAT»", "AMANAT",
                "AMANAT"), first);
        assertEquals(auyl.partyId(), ballot.options().get(1).ref());
        assertEquals(new Option(3, OptionKind.AGAINST_ALL, null, "Барлығына қарсы", "Против всех", null, null),
                ballot.options().get(2));
    }

    @Test
    void refusesALotThatDoesNotMatchTheRegisteredLists() {
        Registrations.RegisteredList amanat = list("«AMANAT» партиясы", "Партия «AMANAT»", "AMANAT");
        UUID adal = UUID.randomUUID();

        BallotOrder.LotMismatch mismatch = assertThrows(BallotOrder.LotMismatch.class,
                () -> BallotComposer.compose(listContest(List.of(amanat)), List.of(adal)));

        assertEquals(Set.of(amanat.partyId()), mismatch.missing);
        assertEquals(Set.of(adal), mismatch.unknown);
    }

    @Test
    void aRecallBallotAsksForOrAgainstTheRecallOfTheDeputyNamedUnderBothLines() {
        Registrations.Candidate deputy = candidate("Ысқақов Бауыржан Серікұлы", "AMANAT");
        Registrations.Contest contest = new Registrations.Contest(UUID.randomUUID(), "recall-2025-75-03.recall-75-03",
                "recall-2025-75-03", "RECALL", "KZ-75", 3, null, 1);

        BallotDocument ballot = BallotComposer.compose(new Registrations(contest, ELECTION_DAY,
                OffsetDateTime.parse("2025-02-19T10:00:00Z"), List.of(deputy), List.of()), List.of());

        assertEquals(List.of(OptionKind.FOR_RECALL, OptionKind.AGAINST_RECALL),
                ballot.options().stream().map(Option::kind).toList());
        assertEquals(List.of("Кері шақыру үшін", "Кері шақыруға қарсы"), ballot.options().stream().map(Option::labelKk).toList());
        assertEquals(List.of("За отзыв", "Против отзыва"), ballot.options().stream().map(Option::labelRu).toList());
        assertEquals(List.of(deputy.nominationId(), deputy.nominationId()), ballot.options().stream().map(Option::ref).toList());
        assertEquals("Ысқақов Бауыржан Серікұлы", ballot.options().get(1).detailKk());
        assertEquals("RECALL", ballot.contestKind());
    }

    @Test
    void aRecallContestWithoutItsOneDeputyIsNoBallot() {
        Registrations.Contest contest = new Registrations.Contest(UUID.randomUUID(), "recall-2025-75-03.recall-75-03",
                "recall-2025-75-03", "RECALL", "KZ-75", 3, null, 1);
        assertThrows(BallotComposer.NotOneDeputy.class, () -> BallotComposer.compose(new Registrations(contest,
                ELECTION_DAY, OffsetDateTime.parse("2025-02-19T10:00:00Z"), List.of(), List.of()), List.of()));
    }

    // ---- builders ----------------------------------------------------------------------------------

    /** A candidate from "Surname Name Patronymic" in Kazakh; the Russian name is the same. */
    private static Registrations.Candidate candidate(String fullName, String nominatedBy) {
        return candidate(fullName, nominatedBy, "self-nominated".equals(nominatedBy) ? "SELF" : "PARTY", 1980, "инженер");
    }

    private static Registrations.Candidate candidate(String fullName, String nominatedBy, String route, int yearOfBirth,
            String occupation) {
        String[] parts = fullName.split(" ");
        return new Registrations.Candidate(UUID.randomUUID(), parts[0], parts[1], parts[2], parts[0], parts[1], parts[2],
                yearOfBirth, occupation, "Алматы қаласы", nominatedBy, route, null);
    }

    private static Registrations.RegisteredList list(String nameKk, String nameRu, String shortName) {
        return new Registrations.RegisteredList(UUID.randomUUID(), UUID.randomUUID(), nameKk, nameRu, shortName, 1L);
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
}
