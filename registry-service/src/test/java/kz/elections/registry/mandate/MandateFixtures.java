package kz.elections.registry.mandate;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.law.list.QuotaCategory;
import kz.elections.law.nomination.Route;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.Nomination;
import kz.elections.registry.nomination.NominationApi;
import kz.elections.registry.nomination.NominationService;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;
import kz.elections.registry.nomination.PartyList;
import kz.elections.registry.nomination.PartyListService;

/**
 * A past Mazhilis election (day 19 March 2023) with registrations recorded as the commission decided them: a party's
 * list and self-nominated district candidates. The elected are reported as results-service reports them.
 */
@ApplicationScoped
public class MandateFixtures {

    public static final LocalDate ELECTION_DAY = LocalDate.of(2023, 3, 19);
    /** The day the elected are registered: their term starts. */
    public static final LocalDate ELECTED_ON = LocalDate.of(2023, 3, 29);

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final NominationService.Recorded IN_TIME = new NominationService.Recorded(
            ELECTION_DAY.minusDays(50).atTime(11, 0).atZone(ALMATY).toOffsetDateTime(),
            ELECTION_DAY.minusDays(35).atTime(15, 0).atZone(ALMATY).toOffsetDateTime());

    /** Surnames in Kazakh alphabetical order: Ә after А, Ғ after Г, І after Ы. */
    public static final List<String> SURNAMES = List.of("Абаев", "Әлиев", "Бекова", "Ғалымов", "Дәулетов", "Жақыпов",
            "Қасымов", "Мұратов", "Нұрланов", "Омаров", "Сейітов", "Тоқаев");

    @Inject
    NominationService nominations;

    @Inject
    PartyListService partyLists;

    public record Party(UUID id, PartyList list) {
        /** The list's candidates in list order. */
        public List<Nomination> candidates() {
            return list.candidates();
        }
    }

    public static String pastMazhilis() {
        return ElectionFixtures.create(ElectionFixtures.request("MAZHILIS", null, ELECTION_DAY)).getString("code");
    }

    /**
     * A party with a registered list on {@code election}'s national list: {@code categories} gives each candidate's
     * quota category in list order (null: none), surnames from {@link #SURNAMES} in reverse so list order is not
     * alphabetical.
     */
    public Party partyWithList(String election, List<QuotaCategory> categories) {
        List<String> members = PartyFixtures.members(250);
        UUID party = PartyClient.registered(members);
        List<NominationApi.Person> people = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            people.add(person(members.get(i), SURNAMES.get(categories.size() - 1 - i), categories.get(i)));
        }
        PartyList list = partyLists.recordListRegistration(new NominationApi.PartyListRequest(election + ".list", party,
                people), "agent-of-" + party, IN_TIME, "system:test-archive");
        return new Party(party, list);
    }

    /** A self-nominated candidate registered in {@code contest}. */
    public Nomination selfNominated(String contest) {
        return selfNominated(contest, ELECTION_DAY, "Серіков");
    }

    /** A self-nominated candidate registered in {@code contest} of an election on {@code electionDay}, in time. */
    public Nomination selfNominated(String contest, LocalDate electionDay, String surname) {
        NominationService.Recorded inTime = new NominationService.Recorded(
                electionDay.minusDays(50).atTime(11, 0).atZone(ALMATY).toOffsetDateTime(),
                electionDay.minusDays(35).atTime(15, 0).atZone(ALMATY).toOffsetDateTime());
        return nominations.recordRegistration(new NominationApi.NominationRequest(contest, Route.SELF, null, null,
                person(PartyFixtures.iin(), surname, null), null, null), "citizen-" + UUID.randomUUID(), inTime,
                "system:test-archive");
    }

    public static NominationApi.Person person(String iin, String surname, QuotaCategory quota) {
        return new NominationApi.Person(iin, surname, "Айгүл", "Серікқызы", surname, "Айгуль", "Сериковна",
                quota == QuotaCategory.YOUTH ? LocalDate.of(1995, 4, 2) : LocalDate.of(1975, 4, 2),
                quota == QuotaCategory.WOMAN ? NominationApi.Sex.FEMALE : NominationApi.Sex.MALE, 40, quota, "инженер",
                "Алматы қаласы", "жоғары", true, true, null, null);
    }

    /** results-service's service account. */
    public static String resultsService() {
        return TestTokens.token().subject("service-account-results-service").roles("service")
                .claim("azp", "results-service").sign();
    }

    public static String ballotService() {
        return TestTokens.token().subject("service-account-ballot-service").roles("service")
                .claim("azp", "ballot-service").sign();
    }

    public static ValidatableResponse report(String token, String contest, LocalDate electedOn, List<UUID> elected) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("electedOn", electedOn.toString(), "elected", elected, "resultVersion", 1))
                .when().put("/api/v1/contests/{code}/elected", contest).then();
    }

    public static ValidatableResponse end(String token, UUID mandate, String ground, LocalDate endedOn) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("ground", ground, "endedOn", endedOn.toString(), "decision", "Decision No. 7 of the commission"))
                .when().post("/api/v1/mandates/{id}/end", mandate).then();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ALMATY);
    }
}
