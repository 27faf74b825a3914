package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;


import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;
import kz.elections.testing.JsonShape;

/**
 * The registry's side of the contract ballot-service composes ballots from: the real response has
 * exactly the shape of contracts/registry/contest-registrations.json, which ballot-service's stub serves.
 */
@QuarkusTest
class ContestRegistrationsContractTest {

    @Test
    void registrationsHaveTheShapeBallotServiceReliesOn() {
        String election = ElectionFixtures.openMazhilis();
        String district = election + ".smd-75-03";
        String id = NominationFixtures.submit(TestTokens.citizen(), NominationFixtures.self(district, NominationFixtures.person()))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("amount", 1_275_000))
                .when().post("/api/v1/nominations/{id}/deposit", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("action", "REGISTER"))
                .when().post("/api/v1/nominations/{id}/decisions", id).then().statusCode(200);

        java.util.List<String> members = PartyFixtures.members(250);
        UUID party = PartyClient.registered(members);
        java.util.List<Map<String, Object>> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> person = NominationFixtures.person(members.get(i));
            if (i < 3) {
                person.put("sex", "FEMALE");
                person.put("quotaCategory", "WOMAN");
            }
            candidates.add(person);
        }
        String list = given().auth().oauth2(TestTokens.partyAgent(party)).contentType(ContentType.JSON)
                .body(Map.of("contest", election + ".list", "partyId", party.toString(), "candidates", candidates))
                .when().post("/api/v1/party-lists").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("amount", 10L * 15 * 85000))
                .when().post("/api/v1/party-lists/{id}/deposit", list).then().statusCode(200);
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("action", "REGISTER"))
                .when().post("/api/v1/party-lists/{id}/decisions", list).then().statusCode(200);

        assertEquals(JsonShape.ofContract("registry/contest-registrations.json"),
                JsonShape.of(registrations(district), registrations(election + ".list")));
    }

    @Test
    void onlyServiceAccountsAndCommissionReadRegistrations() {
        String election = ElectionFixtures.openMazhilis();
        given().when().get("/api/v1/contests/{code}/registrations", election + ".list").then().statusCode(401);
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/v1/contests/{code}/registrations", election + ".list")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.centralCommission()).when().get("/api/v1/contests/{code}/registrations", election + ".list")
                .then().statusCode(200);
    }

    private static String registrations(String contest) {
        return given().auth().oauth2(TestTokens.token().subject("service-account-ballot-service").roles("service").sign())
                .when().get("/api/v1/contests/{code}/registrations", contest)
                .then().statusCode(200).extract().asString();
    }
}
