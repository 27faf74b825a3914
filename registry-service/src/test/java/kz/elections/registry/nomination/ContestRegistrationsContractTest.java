package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kz.elections.registry.TestClock;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;
import kz.elections.testing.JsonShape;

/**
 * The registry's side of the contract ballot-service composes ballots from: the real response has
 * exactly the shape of contracts/registry/contest-registrations.json, which ballot-service's stub serves;
 * results-service reads the same document for seats, threshold and the order lists were registered in.
 */
@QuarkusTest
class ContestRegistrationsContractTest {

    @Inject
    TestClock clock;

    @Test
    void registrationsHaveTheShapeBallotServiceReliesOn() {
        String election = ElectionFixtures.openMazhilis();
        String district = election + ".smd-75-03";
        registerSelfNominated(district, NominationFixtures.person());
        registeredList(election + ".list", RegisteredParty.withMembers());

        assertEquals(JsonShape.ofContract("registry/contest-registrations.json"),
                JsonShape.of(registrations(district), registrations(election + ".list")));
    }

    @Test
    void equalRemaindersAreBrokenByWhenTheListWasRegisteredNotByThePartysStateRegistration() {
        String contest = ElectionFixtures.openMazhilis() + ".list";
        RegisteredParty older = RegisteredParty.withMembers();
        RegisteredParty younger = RegisteredParty.withMembers();
        try {
            registeredList(contest, younger);
            clock.advance(Duration.ofMinutes(5));
            registeredList(contest, older);
        } finally {
            clock.reset();
        }

        JsonPath lists = new JsonPath(registrations(contest));
        long olderNumber = lists.getLong("lists.find { it.partyId == '" + older.id() + "' }.partyRegistrationNumber");
        long youngerNumber = lists.getLong("lists.find { it.partyId == '" + younger.id() + "' }.partyRegistrationNumber");
        OffsetDateTime olderList = OffsetDateTime.parse(lists.getString("lists.find { it.partyId == '" + older.id() + "' }.registeredAt"));
        OffsetDateTime youngerList = OffsetDateTime.parse(lists.getString("lists.find { it.partyId == '" + younger.id() + "' }.registeredAt"));
        assertTrue(olderNumber < youngerNumber, "the older party was registered by the state first");
        assertTrue(youngerList.isBefore(olderList), "but the younger party's list was registered first: " + youngerList
                + " vs " + olderList);
        assertEquals("MAZHILIS", lists.getString("contest.body"));
    }

    @Test
    void registeredCandidatesCarryTheirPublicRecordAndNeverTheIinOrBirthDate() {
        String district = ElectionFixtures.openMazhilis() + ".smd-75-02";
        Map<String, Object> person = NominationFixtures.person();
        person.put("placeOfWork", "«Алматы Су» ЖШС");
        registerSelfNominated(district, person);

        String json = registrations(district);
        JsonPath candidate = new JsonPath(json).setRootPath("candidates[0]");
        assertEquals(LocalDate.parse((String) person.get("birthDate")).getYear(), candidate.getInt("yearOfBirth"));
        assertEquals(person.get("occupation"), candidate.getString("occupation"));
        assertEquals(person.get("residence"), candidate.getString("residence"));
        assertEquals("«Алматы Су» ЖШС", candidate.getString("placeOfWork"));
        assertEquals("SELF", candidate.getString("route"));
        assertEquals("self-nominated", candidate.getString("nominatedBy"));
        assertFalse(json.contains((String) person.get("iin")), "no IIN");
        assertFalse(json.contains((String) person.get("birthDate")), "no date of birth");
    }

    @Test
    void onlyServiceAccountsReadRegistrations() {
        String contest = ElectionFixtures.openMazhilis() + ".list";
        given().when().get("/api/v1/contests/{code}/registrations", contest).then().statusCode(401);
        for (String token : new String[] {TestTokens.citizen(), TestTokens.observer(), TestTokens.centralCommission(),
                TestTokens.regionalCommission("KZ-75"), TestTokens.tabulator("KZ")}) {
            given().auth().oauth2(token).when().get("/api/v1/contests/{code}/registrations", contest)
                    .then().statusCode(403);
        }
        given().auth().oauth2(serviceToken()).when().get("/api/v1/contests/{code}/registrations", contest)
                .then().statusCode(200).body("contest.code", org.hamcrest.Matchers.equalTo(contest));
    }

    private static void registerSelfNominated(String contest, Map<String, Object> person) {
        String id = NominationFixtures.submit(TestTokens.citizen(), NominationFixtures.self(contest, person))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("amount", 1_275_000))
                .when().post("/api/v1/nominations/{id}/deposit", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("action", "REGISTER"))
                .when().post("/api/v1/nominations/{id}/decisions", id).then().statusCode(200);
    }

    /** A registered party with its members, so that its list can name them. */
    private record RegisteredParty(UUID id, List<String> members) {
        static RegisteredParty withMembers() {
            List<String> members = PartyFixtures.members(250);
            return new RegisteredParty(PartyClient.registered(members), members);
        }
    }

    /** A ten-name list of the party's members (three women) submitted, paid and registered. */
    private static void registeredList(String contest, RegisteredParty party) {
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> person = NominationFixtures.person(party.members().get(i));
            if (i < 3) { // quota categories are checked against the declaration: a woman declares sex female
                person.put("sex", "FEMALE");
                person.put("quotaCategory", "WOMAN");
            }
            candidates.add(person);
        }
        String list = given().auth().oauth2(TestTokens.partyAgent(party.id())).contentType(ContentType.JSON)
                .body(Map.of("contest", contest, "partyId", party.id().toString(), "candidates", candidates))
                .when().post("/api/v1/party-lists").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("amount", 10L * 15 * 85000))
                .when().post("/api/v1/party-lists/{id}/deposit", list).then().statusCode(200);
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("action", "REGISTER"))
                .when().post("/api/v1/party-lists/{id}/decisions", list).then().statusCode(200);
    }

    private static String serviceToken() {
        return TestTokens.token().subject("service-account-ballot-service").roles("service").sign();
    }

    private static String registrations(String contest) {
        return given().auth().oauth2(serviceToken())
                .when().get("/api/v1/contests/{code}/registrations", contest)
                .then().statusCode(200).extract().asString();
    }
}
