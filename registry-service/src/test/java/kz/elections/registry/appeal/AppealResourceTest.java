package kz.elections.registry.appeal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestClock;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

/** Appeals against a refusal to register: 7 days (Mazhilis, maslikhat) or 3 (akim); the central commission decides. */
@QuarkusTest
class AppealResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String citizen() {
        return TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
    }

    /** A self-nomination filed by {@code citizen} and refused by the central commission; its id. */
    private static String refusedSelfNomination(String citizen, String contest) {
        Map<String, Object> body = NominationFixtures.self(contest, NominationFixtures.person());
        body.put("signatures", 44);
        body.put("signatureSettlements", 2);
        String id = NominationFixtures.submit(citizen, body).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(Map.of("action", "REFUSE", "grounds", "signatures not verified"))
                .when().post("/api/v1/nominations/{id}/decisions", id).then().statusCode(200);
        return id;
    }

    private static ValidatableResponse appeal(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/appeals").then();
    }

    private static ValidatableResponse decide(String token, String appeal, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/appeals/{id}/decisions", appeal).then();
    }

    @ParameterizedTest(name = "{0}: appealed {1} days after the refusal, in time {2}")
    @CsvSource({"MAZHILIS, 7, true", "MAZHILIS, 8, false", "AKIM, 3, true", "AKIM, 4, false"})
    void aRefusalIsAppealedWithinTheElectionsAppealDays(String kind, int daysLater, boolean inTime) {
        String contest = kind.equals("AKIM") ? ElectionFixtures.openAkimContest("KZ-19", 4321, 3)
                : ElectionFixtures.openMazhilis() + ".smd-19-01";
        String citizen = citizen();
        String nomination = refusedSelfNomination(citizen, contest);

        clock.advance(Duration.ofDays(daysLater));
        ValidatableResponse response = appeal(citizen, Map.of("nominationId", nomination, "grounds", "the signatures hold"));
        if (inTime) {
            response.statusCode(201).body("status", equalTo("FILED")).body("deadline", notNullValue());
        } else {
            response.statusCode(409).contentType("application/problem+json")
                    .body("type", containsString("appeal-late")).body("deadline", notNullValue())
                    .body("detail", containsString((kind.equals("AKIM") ? 3 : 7) + " days"));
        }
    }

    @Test
    void anUpheldAppealRegistersTheCandidateWithTheAppealRecorded() {
        String citizen = citizen();
        String nomination = refusedSelfNomination(citizen, ElectionFixtures.openMazhilis() + ".smd-75-01");

        appeal(citizen, Map.of("nominationId", nomination)).statusCode(400);
        appeal(citizen(), Map.of("nominationId", nomination, "grounds", "x")).statusCode(404);
        String id = appeal(citizen, Map.of("nominationId", nomination, "grounds", "the refusal misread the papers"))
                .statusCode(201).extract().path("id");
        appeal(citizen, Map.of("nominationId", nomination, "grounds", "again")).statusCode(409)
                .body("type", containsString("appeal-pending"));

        decide(TestTokens.regionalCommission("KZ-75"), id, Map.of("decision", "UPHOLD")).statusCode(403);
        decide(citizen, id, Map.of("decision", "UPHOLD")).statusCode(403);
        decide(TestTokens.centralCommission(), id, Map.of("decision", "DISMISS")).statusCode(400)
                .body("violations.field", hasItem("reason"));
        decide(TestTokens.centralCommission(), id, Map.of("decision", "UPHOLD")).statusCode(200)
                .body("status", equalTo("UPHELD"));
        decide(TestTokens.centralCommission(), id, Map.of("decision", "DISMISS", "reason", "x")).statusCode(409)
                .body("currentState", equalTo("UPHELD"));

        given().auth().oauth2(citizen).get("/api/v1/nominations/{id}", nomination).then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("registeredOnAppeal", equalTo(id));
        given().auth().oauth2(citizen).get("/api/v1/appeals/{id}", id).then().statusCode(200);
        given().auth().oauth2(citizen()).get("/api/v1/appeals/{id}", id).then().statusCode(404);
        given().get("/api/v1/appeals/{id}", id).then().statusCode(401);
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", id).get("/api/v1/audit").then()
                .body("action", hasItem("appeal.upheld"));
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", nomination).get("/api/v1/audit").then()
                .body("action", hasItem("nomination.registered-on-appeal"));
    }

    @Test
    void aPartyAppealsItsRefusedListAndAnotherPartyCannot() {
        List<String> members = PartyFixtures.members(250);
        UUID party = PartyClient.registered(members);
        String list = NominationFixtures.oneWomanList(party, members.get(0), ElectionFixtures.openMazhilis() + ".list");
        appeal(TestTokens.partyAgent(party), Map.of("partyListId", list, "grounds", "not refused yet")).statusCode(409)
                .body("currentState", equalTo("PENDING"));
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(Map.of("action", "REFUSE", "grounds", "deposit unpaid"))
                .when().post("/api/v1/party-lists/{id}/decisions", list).then().statusCode(200);

        appeal(TestTokens.partyAgent(UUID.randomUUID()), Map.of("partyListId", list, "grounds", "x")).statusCode(404);
        appeal(TestTokens.centralCommission(), Map.of("partyListId", list, "grounds", "x")).statusCode(403);
        String id = appeal(TestTokens.partyAgent(party), Map.of("partyListId", list, "grounds", "the deposit was paid"))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.partyAgent(UUID.randomUUID())).get("/api/v1/appeals").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(id)));
        decide(TestTokens.centralCommission(), id, Map.of("decision", "UPHOLD")).statusCode(200);
        given().auth().oauth2(TestTokens.partyAgent(party)).get("/api/v1/party-lists/{id}", list).then()
                .body("status", equalTo("REGISTERED")).body("candidates[0].status", equalTo("REGISTERED"))
                .body("candidates[0].registeredOnAppeal", equalTo(id));
    }

    @Test
    void aPublicAssociationsPaperAppealIsRecordedByTheCommissionOfTheContestsTerritory() {
        String contest = ElectionFixtures.openMazhilis() + ".smd-75-01";
        Map<String, Object> body = NominationFixtures.self(contest, NominationFixtures.person());
        body.put("route", "PUBLIC_ASSOCIATION");
        body.put("associationName", "Жастар одағы");
        String nomination = NominationFixtures.submit(TestTokens.regionalCommission("KZ-75"), body).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(Map.of("action", "REFUSE", "grounds", "the association's decision is unsigned"))
                .when().post("/api/v1/nominations/{id}/decisions", nomination).then().statusCode(200);
        Map<String, Object> request = Map.of("nominationId", nomination, "grounds", "the decision was signed");

        appeal(TestTokens.regionalCommission("KZ-71"), request).statusCode(403);
        appeal(citizen(), request).statusCode(404);
        String id = appeal(TestTokens.regionalCommission("KZ-75"), request).statusCode(201)
                .body("status", equalTo("FILED")).extract().path("id");
        decide(TestTokens.centralCommission(), id, Map.of("decision", "UPHOLD")).statusCode(200);
        given().auth().oauth2(TestTokens.centralCommission()).get("/api/v1/nominations/{id}", nomination).then()
                .statusCode(200).body("status", equalTo("REGISTERED")).body("registeredOnAppeal", equalTo(id));
    }

    @Test
    void commissionStaffRecordNoAppealOfACitizenOrAParty() {
        String nomination = refusedSelfNomination(citizen(), ElectionFixtures.openMazhilis() + ".smd-75-01");

        appeal(TestTokens.regionalCommission("KZ-75"), Map.of("nominationId", nomination, "grounds", "x")).statusCode(403);
        appeal(TestTokens.centralCommission(), Map.of("nominationId", nomination, "grounds", "x")).statusCode(403);
    }
}
