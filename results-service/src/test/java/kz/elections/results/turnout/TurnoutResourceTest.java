package kz.elections.results.turnout;

import static io.restassured.RestAssured.given;
import static kz.elections.results.turnout.TestTurnout.report;
import static kz.elections.results.turnout.TestTurnout.submit;
import static kz.elections.results.turnout.TestTurnout.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.results.TestClock;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/**
 * Precinct commissions report turnout at the election's reporting times: the rules at their boundaries over HTTP,
 * corrections and retries, who may report and read what. Each test has an election of its own: a district whose
 * precincts 0 and 1 are in KZ-75 and 2 in KZ-71, 3,000 voters on each list, election day 19 March 2023.
 */
@QuarkusTest
class TurnoutResourceTest {

    private final String almaty = TestTokens.tabulator("KZ-75");
    private TestContest contest;

    @Inject
    TestClock clock;

    @BeforeEach
    void anElectionOfThreePrecinctsInTwoUnits() {
        contest = TestContest.district(List.of("Әбілов", "Ысқақов"), List.of("KZ-75", "KZ-75", "KZ-71"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTabulatorReportsThePrecinctsFigureAtAReportingTime() {
        submit(almaty, contest, with(report(contest, 0, "10:00", 412), "votersAdded", 3)).statusCode(201)
                .header("Location", containsString("/turnout/reports?precinct=" + contest.precincts().get(0)))
                .body("electionCode", equalTo(contest.election())).body("unitCode", equalTo("KZ-75"))
                .body("precinctNumber", equalTo(1001)).body("time", equalTo("10:00")).body("close", equalTo(false))
                .body("version", equalTo(1)).body("voted", equalTo(412)).body("votersOnList", equalTo(3000))
                .body("votersAdded", equalTo(3));
        submit(almaty, contest, report(contest, 0, "20:00", 1900)).statusCode(201).body("close", equalTo(true));
    }

    @Test
    void aboveTheListByOneIsRefusedAndEqualToTheListIsAccepted() {
        submit(almaty, contest, report(contest, 0, "18:00", 3001)).statusCode(422)
                .contentType("application/problem+json").body("type", containsString("turnout-rules-failed"))
                .body("failedRules[0].rule", equalTo("VOTED_AT_MOST_VOTERS")).body("failedRules[0].field", equalTo("voted"))
                .body("detail", containsString("3001 > 3000 + 0"));
        submit(almaty, contest, with(report(contest, 0, "18:00", 3001), "votersAdded", 1)).statusCode(201);
        submit(almaty, contest, report(contest, 1, "18:00", 3000)).statusCode(201);
    }

    @Test
    void aLaterFigureLowerThanAnEarlierOneIsRefusedAndAnEqualOneAccepted() {
        submit(almaty, contest, report(contest, 0, "10:00", 500)).statusCode(201);
        submit(almaty, contest, report(contest, 0, "12:00", 499)).statusCode(422)
                .body("failedRules[0].rule", equalTo("NOT_LOWER_THAN_EARLIER")).body("detail", containsString("499 < 500"));
        submit(almaty, contest, report(contest, 0, "12:00", 500)).statusCode(201);
        // Reported out of order: 16:00 first, then 14:00 above it.
        submit(almaty, contest, report(contest, 1, "16:00", 900)).statusCode(201);
        submit(almaty, contest, report(contest, 1, "14:00", 901)).statusCode(422)
                .body("failedRules[0].rule", equalTo("NOT_HIGHER_THAN_LATER"));
    }

    @Test
    void aTimeAfterTheCloseOrBetweenReportingTimesIsRefused() {
        submit(almaty, contest, report(contest, 0, "20:01", 100)).statusCode(422)
                .body("failedRules[0].rule", equalTo("AFTER_CLOSE")).body("failedRules[0].field", equalTo("time"));
        submit(almaty, contest, report(contest, 0, "11:00", 100)).statusCode(422)
                .body("failedRules[0].rule", equalTo("UNKNOWN_TIME"));
        submit(almaty, contest, report(contest, 0, "25:00", 100)).statusCode(400)
                .body("violations[0].field", containsString("time"));
        given().auth().oauth2(almaty).when().get("/api/v1/elections/{code}/turnout/reports", contest.election())
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void aReportIsRefusedBeforeItsTimeHasComeInTheUnitsZone() {
        // 11:59 in Almaty on election day (UTC+6 in 2023)
        clock.moveTo(Instant.parse("2023-03-19T05:59:00Z"));
        submit(almaty, contest, report(contest, 0, "12:00", 700)).statusCode(422)
                .body("failedRules[0].rule", equalTo("NOT_YET"));
        submit(almaty, contest, report(contest, 0, "10:00", 400)).statusCode(201);
    }

    @Test
    void anotherFigureIsACorrectionWithAReasonAndIsAudited() {
        String id = submit(almaty, contest, report(contest, 0, "12:00", 800)).statusCode(201).extract().path("id");
        submit(almaty, contest, report(contest, 0, "12:00", 800)).statusCode(200).body("id", equalTo(id));
        submit(almaty, contest, report(contest, 0, "12:00", 810)).statusCode(409)
                .body("type", containsString("turnout-report-exists")).body("currentVersion", equalTo(1));
        submit(almaty, contest, with(report(contest, 0, "12:00", 810), "correctionReason", "the book was miscounted"))
                .statusCode(201).body("version", equalTo(2)).body("reason", equalTo("the book was miscounted"));

        given().auth().oauth2(TestObservers.national()).queryParam("precinct", contest.precincts().get(0).toString())
                .when().get("/api/v1/elections/{code}/turnout/reports", contest.election()).then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("current", equalTo(List.of(false, true)));
        // an observer reads the reports of its accreditation's territory only, and nothing without one (CL Art. 20)
        String elsewhere = TestObservers.accredited("KZ-71", java.time.Instant.parse("2020-01-01T00:00:00Z"),
                java.time.Instant.parse("2100-01-01T00:00:00Z"));
        given().auth().oauth2(TestTokens.observer(elsewhere)).queryParam("precinct", contest.precincts().get(0).toString())
                .when().get("/api/v1/elections/{code}/turnout/reports", contest.election()).then().statusCode(200)
                .body("version", equalTo(List.of()));
        given().auth().oauth2(TestTokens.observer("observer-" + java.util.UUID.randomUUID()))
                .when().get("/api/v1/elections/{code}/turnout/reports", contest.election()).then().statusCode(403);
        given().auth().oauth2(TestTokens.commission("KZ")).queryParam("entityId", contest.precincts().get(0).toString())
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("action", hasItems("turnout.reported", "turnout.corrected"))
                .body("find { it.action == 'turnout.corrected' }.before.voted", equalTo(800))
                .body("find { it.action == 'turnout.corrected' }.after.voted", equalTo(810));
    }

    @Test
    void theSameIdempotencyKeyAnswersTheReportAndIsRefusedForAnotherRequest() {
        String key = "turnout-" + UUID.randomUUID();
        String id = submit(almaty, key, contest, report(contest, 0, "10:00", 300)).statusCode(201).extract().path("id");
        submit(almaty, key, contest, report(contest, 0, "10:00", 300)).statusCode(200).body("id", equalTo(id));
        submit(almaty, key, contest, report(contest, 0, "10:00", 301)).statusCode(422)
                .body("type", containsString("idempotency-key-reused")).body("idempotencyKey", equalTo(key));
        submit(almaty, key, contest, report(contest, 1, "10:00", 300)).statusCode(422)
                .body("type", containsString("idempotency-key-reused"));
    }

    @Test
    void onlyTabulatorsAndCommissionOfThePrecinctsTerritoryReport() {
        given().contentType(ContentType.JSON).body(report(contest, 0, "10:00", 1))
                .when().post("/api/v1/elections/{code}/turnout/reports", contest.election()).then().statusCode(401);
        submit(TestTokens.observer("observer-" + java.util.UUID.randomUUID()), contest, report(contest, 0, "10:00", 1)).statusCode(403);
        submit(TestTokens.citizen(), contest, report(contest, 0, "10:00", 1)).statusCode(403);
        submit(TestTokens.tabulator("KZ-71"), contest, report(contest, 0, "10:00", 1)).statusCode(403)
                .body("detail", containsString("KZ-75"));
        submit(TestTokens.commission("KZ-71"), contest, report(contest, 0, "10:00", 1)).statusCode(403);
        submit(TestTokens.commission("KZ"), contest, report(contest, 0, "10:00", 1)).statusCode(201);
        submit(TestTokens.tabulator("KZ-71"), contest, report(contest, 2, "10:00", 1)).statusCode(201);
    }

    @Test
    void aContestOfAnotherElectionOrAPrecinctOutsideItIsRefused() {
        TestContest other = TestContest.district(List.of("Бекова", "Ысқақов"), List.of("KZ-75"));
        given().auth().oauth2(almaty).contentType(ContentType.JSON).body(report(contest, 0, "10:00", 1))
                .when().post("/api/v1/elections/{code}/turnout/reports", other.election()).then().statusCode(400)
                .body("violations[0].field", equalTo("contest"));
        submit(almaty, contest, with(report(contest, 0, "10:00", 1), "precinct", UUID.randomUUID().toString()))
                .statusCode(400).body("violations[0].field", equalTo("precinct"));
    }

    @Test
    void aTerritoryReadsItsOwnReportsAndQueueOnly() {
        submit(almaty, contest, report(contest, 0, "10:00", 300)).statusCode(201);
        submit(TestTokens.tabulator("KZ-71"), contest, report(contest, 2, "10:00", 200)).statusCode(201);

        given().auth().oauth2(TestTokens.tabulator("KZ-71")).when()
                .get("/api/v1/elections/{code}/turnout/reports", contest.election()).then().statusCode(200)
                .body("unitCode", equalTo(List.of("KZ-71")));
        given().auth().oauth2(almaty).queryParam("time", "10:00").when()
                .get("/api/v1/elections/{code}/turnout/missing", contest.election()).then().statusCode(200)
                .body("precincts", equalTo(2)).body("due", equalTo(true))
                .body("missing.precinct", equalTo(List.of(contest.precincts().get(1).toString())));
        given().auth().oauth2(TestTokens.commission("KZ")).queryParam("time", "12:00").when()
                .get("/api/v1/elections/{code}/turnout/missing", contest.election()).then().statusCode(200)
                .body("precincts", equalTo(3)).body("missing.number", equalTo(List.of(1003, 1001, 1002)));
        given().auth().oauth2(TestTokens.tabulator("KZ-71")).queryParam("time", "10:00").when()
                .get("/api/v1/elections/{code}/turnout/missing", contest.election()).then().statusCode(200)
                .body("missing", empty()).body("precincts", equalTo(1));

        given().queryParam("time", "10:00").when().get("/api/v1/elections/{code}/turnout/missing", contest.election())
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.observer("observer-" + java.util.UUID.randomUUID())).queryParam("time", "10:00").when()
                .get("/api/v1/elections/{code}/turnout/missing", contest.election()).then().statusCode(403);
        given().when().get("/api/v1/elections/{code}/turnout/reports", contest.election()).then().statusCode(401);
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/v1/elections/{code}/turnout/reports", contest.election())
                .then().statusCode(403);
        given().auth().oauth2(almaty).queryParam("time", "11:00").when()
                .get("/api/v1/elections/{code}/turnout/missing", contest.election()).then().statusCode(400)
                .body("violations[0].field", equalTo("time"));
    }

    @Test
    void theQueueIsNeverPublic() {
        given().header("Origin", "https://news.example").queryParam("time", "10:00").when()
                .get("/api/v1/elections/{code}/turnout/missing", contest.election()).then().statusCode(401)
                .header("Access-Control-Allow-Origin", not(equalTo("*")));
    }
}
