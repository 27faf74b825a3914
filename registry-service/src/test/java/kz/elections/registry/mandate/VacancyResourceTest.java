package kz.elections.registry.mandate;

import static io.restassured.RestAssured.given;
import static kz.elections.registry.mandate.MandateFixtures.ELECTED_ON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import kz.elections.law.list.QuotaCategory;
import kz.elections.registry.TestTokens;
import kz.elections.registry.nomination.Nomination;

@QuarkusTest
class VacancyResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    @Inject
    MandateFixtures fixtures;

    /** Surnames (reversed from {@link MandateFixtures#SURNAMES}): Мұратов, Қасымов, Жақыпов, Дәулетов, Ғалымов, Бекова, Әлиев, Абаев. */
    private static final List<QuotaCategory> LIST = Arrays.asList(null, null, QuotaCategory.WOMAN, null, QuotaCategory.YOUTH,
            QuotaCategory.WOMAN, null, null);

    private record ListSeat(MandateFixtures.Party party, String vacancy, List<Nomination> candidates) {
    }

    /** The party takes 3 seats (positions 1-3, one woman); the woman's mandate ends {@code daysAgo} days ago. */
    private ListSeat vacantListSeat(int daysAgo) {
        String election = MandateFixtures.pastMazhilis();
        MandateFixtures.Party party = fixtures.partyWithList(election, LIST);
        List<Nomination> candidates = party.candidates();
        List<String> mandates = MandateFixtures.report(MandateFixtures.resultsService(), election + ".list", ELECTED_ON,
                candidates.subList(0, 3).stream().map(n -> n.id).toList()).statusCode(200).extract().path("id");
        String woman = MandateFixtures.report(MandateFixtures.resultsService(), election + ".list", ELECTED_ON,
                candidates.subList(0, 3).stream().map(n -> n.id).toList()).extract()
                .path("find { it.nominationId == '" + candidates.get(2).id + "' }.id");
        String vacancy = MandateFixtures.end(TestTokens.centralCommission(), UUID.fromString(woman), "RESIGNATION",
                TODAY.minusDays(daysAgo)).statusCode(200).extract().path("vacancy.id");
        return new ListSeat(party, vacancy, candidates);
    }

    private static ValidatableResponse name(String token, String vacancy, UUID nomination) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("nominationId", nomination))
                .when().post("/api/v1/vacancies/{id}/successor", vacancy).then();
    }

    private static ValidatableResponse byListOrder(String token, String vacancy) {
        return given().auth().oauth2(token).when().post("/api/v1/vacancies/{id}/successor/by-list-order", vacancy).then();
    }

    @Test
    void thePartyNamesTheNextOfItsListOnTheLastDayOfItsPeriodKeepingTheQuota() {
        ListSeat seat = vacantListSeat(10);
        UUID man = seat.candidates().get(3).id;
        UUID woman = seat.candidates().get(5).id;

        name(TestTokens.partyAgent(UUID.randomUUID()), seat.vacancy(), woman).statusCode(403);
        name(TestTokens.citizen(), seat.vacancy(), woman).statusCode(403);
        name(TestTokens.partyAgent(seat.party().id()), seat.vacancy(), man)
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("nominationId"))
                .body("violations[0].message", containsString("30 %"));
        name(TestTokens.partyAgent(seat.party().id()), seat.vacancy(), seat.candidates().get(0).id).statusCode(400);
        name(TestTokens.partyAgent(seat.party().id()), seat.vacancy(), woman)
                .statusCode(200).body("status", equalTo("FILLED"));

        String contest = given().when().get("/api/v1/vacancies/{id}", seat.vacancy()).then().statusCode(200)
                .body("namingLastDay", equalTo(TODAY.toString())).extract().path("contestCode");
        given().when().get("/api/v1/contests/{code}/mandates", contest).then().statusCode(200)
                .body("mandates.find { it.nominationId == '" + woman + "' }.origin", equalTo("LIST_SUCCESSOR"))
                .body("mandates.find { it.nominationId == '" + woman + "' }.plannedEnd", equalTo("2028-03-29"))
                .body("mandates.find { it.nominationId == '" + woman + "' }.termStart", equalTo(TODAY.toString()));
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", seat.vacancy())
                .when().get("/api/v1/audit").then().statusCode(200).body("action", hasItem("vacancy.successor-named-by-party"));
        name(TestTokens.partyAgent(seat.party().id()), seat.vacancy(), man).statusCode(409);
    }

    @Test
    void theDayAfterItsPeriodThePartyIsRefusedAndTheCommissionAssignsInKazakhOrderQuotaFirst() {
        ListSeat seat = vacantListSeat(11);
        name(TestTokens.partyAgent(seat.party().id()), seat.vacancy(), seat.candidates().get(5).id)
                .statusCode(409).body("type", containsString("naming-period-over"));

        byListOrder(TestTokens.regionalCommission("KZ-75"), seat.vacancy()).statusCode(403);
        byListOrder(TestTokens.partyAgent(seat.party().id()), seat.vacancy()).statusCode(403);
        byListOrder(TestTokens.centralCommission(), seat.vacancy()).statusCode(200).body("status", equalTo("FILLED"));

        String contest = given().when().get("/api/v1/vacancies/{id}", seat.vacancy()).then().extract().path("contestCode");
        // Remaining: Дәулетов, Ғалымов, Бекова (woman), Әлиев, Абаев. Абаев leads in Kazakh order, but the quota needs the woman.
        given().when().get("/api/v1/contests/{code}/mandates", contest).then().statusCode(200)
                .body("mandates.findAll { it.status == 'CURRENT' }.surnameKk", hasItem("Бекова"));
    }

    @Test
    void theCommissionWaitsWhileThePartysPeriodRuns() {
        ListSeat seat = vacantListSeat(10);
        byListOrder(TestTokens.centralCommission(), seat.vacancy()).statusCode(409)
                .body("type", containsString("naming-period-running"));
    }

    @Test
    void anExhaustedListLeavesTheSeatVacantUntilTheNextElection() {
        String election = MandateFixtures.pastMazhilis();
        MandateFixtures.Party party = fixtures.partyWithList(election, Arrays.asList(QuotaCategory.WOMAN, null, null));
        List<UUID> all = party.candidates().stream().map(n -> n.id).toList();
        String mandate = MandateFixtures.report(MandateFixtures.resultsService(), election + ".list", ELECTED_ON, all)
                .statusCode(200).extract().path("[0].id");
        String vacancy = MandateFixtures.end(TestTokens.centralCommission(), UUID.fromString(mandate), "DEATH",
                TODAY.minusDays(30)).statusCode(200).extract().path("vacancy.id");

        byListOrder(TestTokens.centralCommission(), vacancy).statusCode(200).body("status", equalTo("LIST_EXHAUSTED"));
        given().queryParam("status", "LIST_EXHAUSTED").when().get("/api/v1/vacancies")
                .then().statusCode(200).body("id", hasItem(vacancy));
    }

    private String vacantDistrictSeat() {
        String election = MandateFixtures.pastMazhilis();
        String contest = election + ".smd-75-01";
        Nomination deputy = fixtures.selfNominated(contest);
        String mandate = MandateFixtures.report(MandateFixtures.resultsService(), contest, ELECTED_ON, List.of(deputy.id))
                .statusCode(200).extract().path("[0].id");
        return MandateFixtures.end(TestTokens.regionalCommission("KZ-75"), UUID.fromString(mandate), "COURT_DECISION",
                TODAY.minusDays(3)).statusCode(200).extract().path("vacancy.id");
    }

    private static ValidatableResponse call(String token, String vacancy, LocalDate day) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("electionDay", day.toString(), "calledOn", TODAY.toString()))
                .when().post("/api/v1/vacancies/{id}/by-election", vacancy).then();
    }

    @Test
    void aByElectionOnTheLastSundayOfMarchIsAnElectionWithTheSeatsOneContestLinkedToTheVacancy() {
        String vacancy = vacantDistrictSeat();
        LocalDate lastSundayOfMarch2027 = LocalDate.of(2027, 3, 28);

        call(TestTokens.regionalCommission("KZ-71"), vacancy, lastSundayOfMarch2027).statusCode(403);
        call(TestTokens.partyAgent(UUID.randomUUID()), vacancy, lastSundayOfMarch2027).statusCode(403);
        String election = call(TestTokens.centralCommission(), vacancy, lastSundayOfMarch2027)
                .statusCode(201).body("kind", equalTo("MAZHILIS")).body("electionDay", equalTo("2027-03-28"))
                .body("contests", equalTo(1)).extract().path("code");

        given().when().get("/api/v1/elections/{code}/contests", election).then().statusCode(200)
                .body("", hasSize(1)).body("[0].kind", equalTo("SINGLE_MANDATE")).body("[0].unitCode", equalTo("KZ-75"))
                .body("[0].districtNumber", equalTo(1));
        given().when().get("/api/v1/vacancies/{id}", vacancy).then().statusCode(200)
                .body("status", equalTo("BY_ELECTION_CALLED"));
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", vacancy)
                .when().get("/api/v1/audit").then().statusCode(200).body("action", hasItem("vacancy.by-election-called"));
        call(TestTokens.centralCommission(), vacancy, lastSundayOfMarch2027).statusCode(409);
    }

    @Test
    void aByElectionInTheLastYearOfTheTermIsRefusedSayingWhy() {
        String vacancy = vacantDistrictSeat();
        call(TestTokens.centralCommission(), vacancy, LocalDate.of(2027, 10, 31))
                .statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("electionDay"))
                .body("detail", containsString("last year of the body's term"))
                .body("termEnds", equalTo("2028-03-29"));
        given().when().get("/api/v1/vacancies/{id}", vacancy).then().body("status", equalTo("OPEN"));
    }

    @Test
    void anotherDayNeedsTheCentralCommissionsConsentRecordedFirst() {
        String vacancy = vacantDistrictSeat();
        LocalDate sunday = LocalDate.of(2027, 2, 14);
        call(TestTokens.centralCommission(), vacancy, sunday).statusCode(422)
                .body("detail", containsString("consent"));

        given().auth().oauth2(TestTokens.regionalCommission("KZ-75")).contentType(ContentType.JSON)
                .body(Map.of("electionDay", sunday.toString(), "reference", "CEC decision No. 12 of 2026-12-01"))
                .when().post("/api/v1/vacancies/{id}/consent", vacancy).then().statusCode(403);
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(Map.of("electionDay", sunday.toString(), "reference", "CEC decision No. 12 of 2026-12-01"))
                .when().post("/api/v1/vacancies/{id}/consent", vacancy).then().statusCode(200)
                .body("consentDay", equalTo(sunday.toString()));
        call(TestTokens.centralCommission(), vacancy, sunday).statusCode(201);
    }

    @Test
    void aListSeatIsNotFilledByAByElection() {
        ListSeat seat = vacantListSeat(1);
        call(TestTokens.centralCommission(), seat.vacancy(), LocalDate.of(2027, 3, 28)).statusCode(409);
    }
}
