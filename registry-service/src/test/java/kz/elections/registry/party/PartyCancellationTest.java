package kz.elections.registry.party;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import kz.elections.registry.TestClock;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;

/** Regional branches not registered within a year of the party's registration: overdue, and cancellable (LPP). */
@QuarkusTest
class PartyCancellationTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse decide(String token, UUID party, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/parties/applications/{id}/decisions", party).then();
    }

    private static Map<String, Object> cancel() {
        return Map.of("action", "CANCEL", "grounds", "Regional branches not registered within one year");
    }

    @Test
    void anOverduePartyStaysOverdueWithALateBranchDateIsCancelledAndThenNominatesNobody() {
        List<String> members = PartyFixtures.members(250);
        UUID party = PartyClient.registered(members);
        String election = ElectionFixtures.openMazhilis();

        decide(TestTokens.centralCommission(), party, cancel()).statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("branches-not-overdue")).body("currentState", equalTo("REGISTERED"));

        clock.advance(Duration.ofDays(367));
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(Map.of("registeredOn", LocalDate.now(clock).toString()))
                .when().post("/api/v1/parties/applications/{id}/branches", party)
                .then().statusCode(200).body("branchesOverdue", equalTo(true));

        decide(TestTokens.centralCommission(), party, Map.of("action", "CANCEL")).statusCode(400)
                .body("violations.field", hasItem("grounds"));
        decide(TestTokens.centralCommission(), party, cancel()).statusCode(200).body("status", equalTo("CANCELLED"));
        given().get("/api/v1/parties/{id}", party).then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", party.toString())
                .get("/api/v1/audit").then().statusCode(200).body("action", hasItem("party.cancelled"));
        decide(TestTokens.centralCommission(), party, cancel()).statusCode(409).body("currentState", equalTo("CANCELLED"));

        clock.reset();
        Map<String, Object> body = NominationFixtures.self(election + ".smd-75-01", NominationFixtures.person(members.get(0)));
        body.put("route", "PARTY");
        body.put("partyId", party.toString());
        NominationFixtures.submit(TestTokens.partyAgent(party), body).statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("CANCELLED")).body("detail", containsString("CANCELLED"));
        given().auth().oauth2(TestTokens.partyAgent(party)).contentType(ContentType.JSON)
                .body(Map.of("contest", election + ".list", "partyId", party.toString(),
                        "candidates", List.of(NominationFixtures.person(members.get(1)))))
                .when().post("/api/v1/party-lists").then().statusCode(409).body("currentState", equalTo("CANCELLED"));
    }

    @Test
    void onlyTheCentralCommissionCancelsARegistration() {
        UUID party = PartyClient.registered(PartyFixtures.members(250));
        clock.advance(Duration.ofDays(367));

        given().contentType(ContentType.JSON).body(cancel())
                .when().post("/api/v1/parties/applications/{id}/decisions", party).then().statusCode(401);
        decide(TestTokens.regionalCommission("KZ-75"), party, cancel()).statusCode(403);
        decide(TestTokens.partyAgent(party), party, cancel()).statusCode(403);
        decide(TestTokens.observer(), party, cancel()).statusCode(403);
        decide(TestTokens.citizen(), party, cancel()).statusCode(403);
        given().get("/api/v1/parties/{id}", party).then().body("status", equalTo("REGISTERED"))
                .body("branchesOverdue", equalTo(true));
    }
}
