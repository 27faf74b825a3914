package kz.elections.registry.party;

import static io.restassured.RestAssured.given;
import static kz.elections.registry.party.PartyClient.decide;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.registry.TestClock;
import kz.elections.registry.TestTokens;

@QuarkusTest
class PartyDecisionTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registersAPartyThatPassesAndRecordsTheOrder() {
        UUID first = PartyClient.registered(PartyFixtures.members(250));
        UUID second = PartyClient.registered(PartyFixtures.members(250));

        long firstNumber = publicParty(first).extract().jsonPath().getLong("registrationNumber");
        publicParty(second).statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("registeredAt", notNullValue())
                .body("registrationNumber", greaterThan((int) firstNumber));
        given().when().get("/api/v1/parties").then().statusCode(200)
                .body("id", hasItem(second.toString()))
                .body(not(containsString("memberRows")));
    }

    @Test
    void refusesToRegisterAPartyThatFailsThePrecheck() {
        UUID party = PartyClient.appliedWithMembers(PartyFixtures.members(199));

        decide(party, "REGISTER", null)
                .statusCode(422).contentType("application/problem+json")
                .body("failedRules.rule", equalTo(List.of("MEMBERS_TOTAL", "MEMBERS_PER_UNIT")))
                .body("detail", containsString("MEMBERS_PER_UNIT"));
        application(party).body("status", equalTo("APPLIED"));
    }

    @Test
    void refusalNeedsGroundsAndKeepsThem() {
        UUID party = PartyClient.appliedWithMembers(PartyFixtures.members(199));
        decide(party, "REFUSE", null).statusCode(400).body("violations.field", hasItem("grounds"));
        decide(party, "REFUSE", "Fewer than 200 members in every unit").statusCode(200)
                .body("status", equalTo("REFUSED")).body("grounds", equalTo("Fewer than 200 members in every unit"));

        given().auth().oauth2(TestTokens.observer()).queryParam("entityId", party).when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("find { it.action == 'party.refused' }.before.status", equalTo("APPLIED"))
                .body("find { it.action == 'party.refused' }.after.party.status", equalTo("REFUSED"))
                .body("find { it.action == 'party.refused' }.after.precheck.passed", equalTo(false));
        given().when().get("/api/v1/parties/{id}", party).then().statusCode(404);
    }

    @Test
    void illegalTransitionsAre409WithTheCurrentState() {
        UUID party = PartyClient.registered(PartyFixtures.members(250));
        decide(party, "REGISTER", null).statusCode(409).body("currentState", equalTo("REGISTERED"));
        decide(party, "REFUSE", "too late").statusCode(409).body("currentState", equalTo("REGISTERED"));
        decide(party, "REINSTATE", null).statusCode(409);

        decide(party, "SUSPEND", "Court order").statusCode(200).body("status", equalTo("SUSPENDED"));
        decide(party, "REINSTATE", null).statusCode(200).body("status", equalTo("REGISTERED"));
        decide(party, "LIQUIDATE", "Congress decision").statusCode(200).body("status", equalTo("LIQUIDATED"));
        decide(party, "SUSPEND", "any").statusCode(409).body("currentState", equalTo("LIQUIDATED"));
        PartyClient.uploadMembers(TestTokens.partyAgent(party), party, PartyFixtures.csv(PartyFixtures.members(1)))
                .statusCode(409).body("currentState", equalTo("LIQUIDATED"));
    }

    @Test
    void unknownActionIs400NamingTheValues() {
        UUID party = PartyClient.appliedWithMembers(PartyFixtures.members(1));
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(Map.of("action", "APPROVE"))
                .when().post("/api/v1/parties/applications/{id}/decisions", party)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("action"))
                .body("violations.message", hasItem(containsString("REGISTER")));
    }

    @Test
    void staleVersionIs412() {
        UUID party = PartyClient.appliedWithMembers(PartyFixtures.members(250));
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("action", "REGISTER"))
                .when().post("/api/v1/parties/applications/{id}/decisions", party)
                .then().statusCode(412);
        application(party).body("status", equalTo("APPLIED"));
    }

    @Test
    void onlyTheCentralCommissionDecides() {
        UUID party = PartyClient.appliedWithMembers(PartyFixtures.members(250));
        for (String token : List.of(TestTokens.regionalCommission("KZ-75"), TestTokens.partyAgent(party),
                TestTokens.observer(), TestTokens.citizen())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("action", "REGISTER"))
                    .when().post("/api/v1/parties/applications/{id}/decisions", party)
                    .then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(Map.of("action", "REGISTER"))
                .when().post("/api/v1/parties/applications/{id}/decisions", party)
                .then().statusCode(401);
        application(party).body("status", equalTo("APPLIED"));
    }

    @Test
    void partyWithoutRegisteredBranchesAfterAYearIsOverdue() {
        UUID party = PartyClient.registered(PartyFixtures.members(250));
        publicParty(party).body("branchesOverdue", equalTo(false));

        clock.advance(Duration.ofDays(367));
        publicParty(party).body("branchesOverdue", equalTo(true));

        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(Map.of("registeredOn", java.time.LocalDate.now(clock).minusDays(10).toString()))
                .when().post("/api/v1/parties/applications/{id}/branches", party)
                .then().statusCode(200).body("branchesOverdue", equalTo(false));
        publicParty(party).body("branchesOverdue", equalTo(false)).body("branchesRegisteredOn", notNullValue());
    }

    @Test
    void applicationsAreNotPublic() {
        UUID party = PartyClient.appliedWithMembers(PartyFixtures.members(1));
        given().when().get("/api/v1/parties/{id}", party).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/parties").then().statusCode(200).body("id", not(hasItem(party.toString())));
        given().queryParam("status", "APPLIED").when().get("/api/v1/parties").then().statusCode(400);
        given().when().get("/api/v1/parties/applications/{id}", party).then().statusCode(401);
        application(party).body("branchesDue", nullValue());
    }

    private static io.restassured.response.ValidatableResponse publicParty(UUID id) {
        return given().when().get("/api/v1/parties/{id}", id).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse application(UUID id) {
        return given().auth().oauth2(TestTokens.centralCommission()).when().get("/api/v1/parties/applications/{id}", id)
                .then().statusCode(200);
    }
}
