package kz.elections.results.observer;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.results.TestClock;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/**
 * An observer reads protocols, live totals and the audit trail by its accreditation (CL Art. 20, 20-1): its territory,
 * during its period, until revoked; a refusal is 403 problem+json saying why.
 */
@QuarkusTest
class ObserverAccessTest {

    @Inject
    TestClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private static final Instant YESTERDAY = Instant.now().minus(Duration.ofDays(1));
    private static final Instant NEXT_WEEK = Instant.now().plus(Duration.ofDays(7));

    /** A district of KZ-75 with one precinct in KZ-75 and one in KZ-71, both with protocols. */
    private static TestContest districtWithTwoProtocols() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(500L, 400L), 50, 100)).statusCode(201);
        return contest;
    }

    private static io.restassured.response.ValidatableResponse protocols(String token, TestContest contest) {
        return given().auth().oauth2(token).queryParam("contest", contest.code()).when().get("/api/v1/protocols").then();
    }

    @Test
    void anObserverAccreditedForTheUnitReadsItsProtocolsAndLiveTotals() {
        TestContest contest = districtWithTwoProtocols();
        String observer = TestTokens.observer(TestObservers.accredited("KZ-75", YESTERDAY, NEXT_WEEK));
        // the district's precinct in KZ-71 (the test contest has one there) stays out of sight
        protocols(observer, contest).statusCode(200).body("unitCode", equalTo(List.of("KZ-75")));
        given().auth().oauth2(observer).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200).body("nation.precinctsReported", equalTo(2));
    }

    @Test
    void anObserverOfAnotherUnitIsRefusedSayingWhichTerritoryItHas() {
        TestContest contest = districtWithTwoProtocols();
        String observer = TestTokens.observer(TestObservers.accredited("KZ-71", YESTERDAY, NEXT_WEEK));
        protocols(observer, contest).statusCode(403).contentType("application/problem+json")
                .body("type", containsString("outside-accreditation-territory"))
                .body("reason", equalTo("OTHER_TERRITORY")).body("territory", equalTo("KZ-71")).body("unit", equalTo("KZ-75"))
                .body("detail", containsString("KZ-71"));
        given().auth().oauth2(observer).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(403).body("reason", equalTo("OTHER_TERRITORY"));
    }

    @Test
    void ofANationalContestATerritorialObserverReadsOnlyItsUnitsProtocolsAndNoNationalTotals() {
        TestContest contest = TestContest.partyList(5, List.of("AMANAT", "AUYL"), List.of(1, 2));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(500L, 400L), 50, 100)).statusCode(201);
        String observer = TestTokens.observer(TestObservers.accredited("KZ-71", YESTERDAY, NEXT_WEEK));

        protocols(observer, contest).statusCode(200).body("unitCode", equalTo(List.of("KZ-71")));
        given().auth().oauth2(observer).queryParam("precinct", contest.precincts().get(0).toString())
                .queryParam("contest", contest.code()).when().get("/api/v1/protocols")
                .then().statusCode(403).body("reason", equalTo("OTHER_TERRITORY"));
        given().auth().oauth2(observer).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(403).body("reason", equalTo("OTHER_TERRITORY")).body("unit", equalTo("KZ"));
        protocols(TestObservers.national(), contest).statusCode(200).body("unitCode", hasSize(2));
    }

    @Test
    void anExpiredAccreditationIsRefusedSayingWhenItEnded() {
        TestContest contest = districtWithTwoProtocols();
        Instant end = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String observer = TestTokens.observer(TestObservers.accredited("KZ-75", YESTERDAY, end));
        protocols(observer, contest).statusCode(200);

        clock.moveTo(end.plusSeconds(1));
        protocols(observer, contest).statusCode(403).body("type", containsString("accreditation-expired"))
                .body("reason", equalTo("EXPIRED")).body("validTo", equalTo(end.toString()));
    }

    @Test
    void anAccreditationNotYetBegunIsRefused() {
        TestContest contest = districtWithTwoProtocols();
        String observer = TestTokens.observer(TestObservers.accredited("KZ-75", NEXT_WEEK, NEXT_WEEK.plusSeconds(3600)));
        protocols(observer, contest).statusCode(403).body("reason", equalTo("NOT_YET_VALID"));
    }

    @Test
    void aRevokedAccreditationIsRefusedFromTheMomentOfRevocation() {
        TestContest contest = districtWithTwoProtocols();
        String username = "observer-revoked-" + System.nanoTime();
        String id = TestObservers.accredit(username, "KZ-75", YESTERDAY, NEXT_WEEK);
        String observer = TestTokens.observer(username);
        String protocolId = protocols(observer, contest).statusCode(200).extract().path("[0].id");

        given().auth().oauth2(TestTokens.commission("KZ")).contentType(ContentType.JSON)
                .body(Map.of("grounds", "Campaigned inside the polling station")).when()
                .post("/api/v1/observer-accreditations/{id}/revocation", id).then().statusCode(200);

        protocols(observer, contest).statusCode(403).body("type", containsString("accreditation-revoked"))
                .body("reason", equalTo("REVOKED"));
        given().auth().oauth2(observer).when().get("/api/v1/protocols/{id}", protocolId).then().statusCode(403)
                .body("reason", equalTo("REVOKED"));
        given().auth().oauth2(observer).when().get("/api/v1/audit/verification").then().statusCode(403)
                .body("reason", equalTo("REVOKED"));
    }

    @Test
    void anObserverWithoutAccreditationReadsNothing() {
        TestContest contest = districtWithTwoProtocols();
        String observer = TestTokens.observer("observer-unknown-" + System.nanoTime());
        protocols(observer, contest).statusCode(403).body("type", containsString("not-accredited"));
        given().auth().oauth2(observer).when().get("/api/v1/audit").then().statusCode(403)
                .body("reason", equalTo("NOT_ACCREDITED"));
        given().auth().oauth2(observer).when().get("/api/v1/audit/verification").then().statusCode(403);
    }

    @Test
    void aTerritorialObserverReadsTheAuditOfItsPrecinctsOnlyAndTheRecentTrailNeedsANationalAccreditation() {
        TestContest contest = districtWithTwoProtocols();
        String observer = TestTokens.observer(TestObservers.accredited("KZ-75", YESTERDAY, NEXT_WEEK));
        given().auth().oauth2(observer).queryParam("entityId", contest.precincts().get(0).toString()).when()
                .get("/api/v1/audit").then().statusCode(200).body("action", equalTo(List.of("protocol.accepted")));
        given().auth().oauth2(observer).queryParam("entityId", contest.precincts().get(1).toString()).when()
                .get("/api/v1/audit").then().statusCode(403).body("reason", equalTo("OTHER_TERRITORY"));
        given().auth().oauth2(observer).when().get("/api/v1/audit").then().statusCode(403)
                .body("reason", equalTo("OTHER_TERRITORY"));
        given().auth().oauth2(observer).when().get("/api/v1/audit/verification").then().statusCode(200);
        given().auth().oauth2(TestObservers.national()).queryParam("limit", 1000).when().get("/api/v1/audit")
                .then().statusCode(200).body("entityType", everyItem(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.startsWith("observer-"))));
    }

    @Test
    void staffReadAsBeforeWithoutAnyAccreditation() {
        TestContest contest = districtWithTwoProtocols();
        protocols(TestTokens.commission("KZ-71"), contest).statusCode(200).body("unitCode", hasSize(2));
        protocols(TestTokens.tabulator("KZ-71"), contest).statusCode(200).body("unitCode", hasSize(2));
    }
}
