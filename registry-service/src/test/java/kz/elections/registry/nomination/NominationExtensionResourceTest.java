package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static kz.elections.registry.nomination.NominationFixtures.person;
import static kz.elections.registry.nomination.NominationFixtures.self;
import static kz.elections.registry.nomination.NominationFixtures.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestClock;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;

/** Too few candidates: the commission extends a contest's nomination (CL Art. 87, 103 p.8, 113-7). */
@QuarkusTest
class NominationExtensionResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse extend(String token, String contest, int days) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("days", days, "grounds", "one candidate at the close of nomination"))
                .when().post("/api/v1/contests/{code}/nomination-extension", contest).then();
    }

    private static Map<String, Object> akimSelfNomination(String contest) {
        Map<String, Object> body = self(contest, person());
        body.put("signatures", 44);
        body.put("signatureSettlements", 2);
        return body;
    }

    private static String citizen() {
        return TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
    }

    @Test
    void anAkimContestWithOneNomineeIsExtendedByAtMost3DaysAndAcceptsFilingUntilTheNewClose() {
        String contest = ElectionFixtures.openAkimContest("KZ-19", 4321, 3);
        String commission = TestTokens.regionalCommission("KZ-19");
        submit(citizen(), akimSelfNomination(contest)).statusCode(201);
        OffsetDateTime closes = OffsetDateTime.parse(given().get("/api/v1/contests/{code}", contest).then()
                .statusCode(200).body("nominationExtendedByDays", equalTo(0)).extract().path("nominationCloses"));

        extend(commission, contest, 1).statusCode(409).contentType("application/problem+json")
                .body("type", containsString("nomination-not-closed"));

        clock.advance(Duration.ofDays(6));
        submit(citizen(), akimSelfNomination(contest)).statusCode(422)
                .body("failedRules.rule", hasItem("NOMINATION_WINDOW"));
        extend(commission, contest, 4).statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("days"))
                .body("detail", containsString("legal maximum of 3 days"));
        String extended = extend(commission, contest, 3).statusCode(200)
                .body("nominationExtendedByDays", equalTo(3))
                .extract().path("nominationCloses");
        org.junit.jupiter.api.Assertions.assertEquals(closes.plusDays(3).toInstant(),
                OffsetDateTime.parse(extended).toInstant());
        given().get("/api/v1/contests/{code}", contest).then().body("nominationExtendedByDays", equalTo(3));
        given().get("/ui/contests/{code}?lang=en", contest).then().statusCode(200)
                .body(containsString("data-extension=\"3\""))
                .body(containsString("extended by 3 day(s): too few candidates"));

        submit(citizen(), akimSelfNomination(contest)).statusCode(201);
        extend(commission, contest, 1).statusCode(409).body("type", containsString("nomination-not-closed"));

        String id = given().get("/api/v1/contests/{code}", contest).then().extract().path("id");
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200)
                .body("action", hasItem("contest.nomination-extended"))
                .body("find { it.action == 'contest.nomination-extended' }.after.grounds",
                        equalTo("one candidate at the close of nomination"));

        clock.advance(Duration.ofDays(3));
        submit(citizen(), akimSelfNomination(contest)).statusCode(422)
                .body("failedRules.rule", hasItem("NOMINATION_WINDOW"));
        extend(commission, contest, 1).statusCode(422).body("detail", containsString("the contest has 2 nominees"));
    }

    @Test
    void onlyTheCommissionOfTheContestsTerritoryExtends() {
        String contest = ElectionFixtures.openAkimContest("KZ-19", 4321, 3);
        clock.advance(Duration.ofDays(6));

        given().contentType(ContentType.JSON).body(Map.of("days", 1))
                .post("/api/v1/contests/{code}/nomination-extension", contest).then().statusCode(401);
        extend(citizen(), contest, 1).statusCode(403);
        extend(TestTokens.observer(), contest, 1).statusCode(403);
        extend(TestTokens.partyAgent(UUID.randomUUID()), contest, 1).statusCode(403);
        extend(TestTokens.regionalCommission("KZ-75"), contest, 1).statusCode(403);
        given().get("/api/v1/contests/{code}", contest).then().body("nominationExtendedByDays", equalTo(0));
        extend(TestTokens.centralCommission(), contest, 1).statusCode(200).body("nominationExtendedByDays", equalTo(1));
    }

    @Test
    void aListContestIsExtendedOnlyByTheCentralCommissionAndCountsLists() {
        String election = ElectionFixtures.openMazhilis();
        clock.advance(Duration.ofDays(6));
        extend(TestTokens.regionalCommission("KZ-75"), election + ".list", 1).statusCode(403);
        extend(TestTokens.centralCommission(), election + ".list", 2).statusCode(200)
                .body("nominationExtendedByDays", equalTo(2));
    }
}
