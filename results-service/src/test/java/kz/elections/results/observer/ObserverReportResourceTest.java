package kz.elections.results.observer;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/**
 * Observers' reports: filed by an observer accredited for the precinct's unit, answered by that unit's commission along
 * a state machine, each observer seeing only its own; counted in public without who or what.
 */
@QuarkusTest
class ObserverReportResourceTest {

    private static final Instant YESTERDAY = Instant.now().minus(Duration.ofDays(1));
    private static final Instant NEXT_WEEK = Instant.now().plus(Duration.ofDays(7));
    private static final String TEXT = "Сайлаушылар тізімінде қайтыс болған адамдар бар";

    /** An observer of {@code territory} accredited from yesterday to next week: its token. */
    private static String observer(String territory) {
        return TestTokens.observer(TestObservers.accredited(territory, YESTERDAY, NEXT_WEEK));
    }

    /** A report about the {@code precinct}-th precinct of {@code contest}, observed a minute ago. */
    private static Map<String, Object> report(TestContest contest, int precinct, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("contest", contest.code());
        body.put("precinct", contest.precincts().get(precinct).toString());
        body.put("observedAt", Instant.now().minusSeconds(60).toString());
        body.put("category", category);
        body.put("language", "kk");
        body.put("text", TEXT);
        return body;
    }

    private static ValidatableResponse file(String token, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/observer-reports").then();
    }

    private static ValidatableResponse answer(String token, String id, String state, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("state", state);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/observer-reports/{id}/answers", id).then();
    }

    @Test
    void anAccreditedObserverFilesAReportAboutAPrecinctOfItsUnitLinkedToItsProtocolAndItIsAudited() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String protocolId = submit(TestTokens.tabulator("KZ-75"), protocol(contest, 0, List.of(700L, 600L), 50, 100))
                .statusCode(201).extract().path("id");
        String username = TestObservers.accredited("KZ-75", YESTERDAY, NEXT_WEEK);
        Map<String, Object> body = report(contest, 0, "PROTOCOL_COPY_NOT_GIVEN");
        body.put("protocol", protocolId);
        String id = file(TestTokens.observer(username), body).statusCode(201)
                .header("Location", containsString("/api/v1/observer-reports/"))
                .body("state", equalTo("FILED")).body("unitCode", equalTo("KZ-75")).body("electionCode", equalTo(contest.election()))
                .body("protocol", equalTo(protocolId)).body("observer", equalTo(username)).body("text", equalTo(TEXT))
                .extract().path("id");
        given().auth().oauth2(TestTokens.commission("KZ")).queryParam("entityId", id).when().get("/api/v1/audit").then()
                .body("action", equalTo(List.of("observer-report.filed"))).body("[0].actor", equalTo(username))
                .body("[0].after.category", equalTo("PROTOCOL_COPY_NOT_GIVEN"));
    }

    @Test
    void aReportIsRefusedOutsideTheAccreditationSayingWhy() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        file(observer("KZ-71"), report(contest, 0, "COUNTING")).statusCode(403)
                .body("reason", equalTo("OTHER_TERRITORY")).body("unit", equalTo("KZ-75"));
        String expired = TestTokens.observer(TestObservers.accredited("KZ-75", YESTERDAY.minus(Duration.ofDays(9)),
                YESTERDAY.minus(Duration.ofDays(2))));
        file(expired, report(contest, 0, "COUNTING")).statusCode(403).body("reason", equalTo("EXPIRED"));
        file(TestTokens.observer("never-accredited-" + System.nanoTime()), report(contest, 0, "COUNTING")).statusCode(403)
                .body("reason", equalTo("NOT_ACCREDITED"));
    }

    @Test
    void onlyObserversFileReports() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        Map<String, Object> body = report(contest, 0, "OTHER");
        file(null, body).statusCode(401);
        for (String token : List.of(TestTokens.commission("KZ"), TestTokens.tabulator("KZ-75"), TestTokens.citizen(),
                TestTokens.token().roles("party-agent").sign())) {
            file(token, body).statusCode(403);
        }
    }

    @Test
    void badReportsAreRefusedNamingTheFieldAndNothingIsStored() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        TestContest other = TestContest.district(List.of("Бекова", "Серікбаев"));
        String username = TestObservers.accredited("KZ", YESTERDAY, NEXT_WEEK);
        String token = TestTokens.observer(username);

        Map<String, Object> unknownCategory = report(contest, 0, "BRIBERY");
        file(token, unknownCategory).statusCode(400).contentType("application/problem+json");
        Map<String, Object> tooLong = report(contest, 0, "OTHER");
        tooLong.put("text", "ә".repeat(ObserverApi.MAX_TEXT + 1));
        file(token, tooLong).statusCode(400).body("violations.field", hasItem("text"));
        Map<String, Object> english = report(contest, 0, "OTHER");
        english.put("language", "en");
        file(token, english).statusCode(400).body("violations.field", hasItem("language"));
        Map<String, Object> future = report(contest, 0, "OTHER");
        future.put("observedAt", Instant.now().plus(Duration.ofHours(1)).toString());
        file(token, future).statusCode(400).body("violations.field", hasItem("observedAt"));
        Map<String, Object> strangePrecinct = report(contest, 0, "OTHER");
        strangePrecinct.put("precinct", other.precincts().get(0).toString());
        file(token, strangePrecinct).statusCode(400).body("violations.field", hasItem("precinct"));
        String otherProtocol = submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(700L, 600L), 50, 100))
                .statusCode(201).extract().path("id");
        Map<String, Object> wrongProtocol = report(contest, 0, "OTHER");
        wrongProtocol.put("protocol", otherProtocol);
        file(token, wrongProtocol).statusCode(400).body("violations.field", hasItem("protocol"));

        given().auth().oauth2(token).when().get("/api/v1/observer-reports").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void anObserverReadsOnlyItsOwnReportsAndTheCommissionOnlyItsTerritorysQueue() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String mine = observer("KZ-75");
        String other = observer("KZ-75");
        String id = file(mine, report(contest, 0, "BALLOT_SECRECY")).statusCode(201).extract().path("id");
        file(other, report(contest, 0, "VOTER_LIST")).statusCode(201);

        given().auth().oauth2(mine).when().get("/api/v1/observer-reports").then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        given().auth().oauth2(other).when().get("/api/v1/observer-reports").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth().oauth2(other).when().get("/api/v1/observer-reports/{id}", id).then().statusCode(403);
        given().auth().oauth2(mine).when().get("/api/v1/observer-reports/{id}", id).then().statusCode(200)
                .body("category", equalTo("BALLOT_SECRECY"));

        given().auth().oauth2(TestTokens.commission("KZ-75")).queryParam("state", "FILED").when()
                .get("/api/v1/observer-reports").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(TestTokens.commission("KZ-71")).when().get("/api/v1/observer-reports").then()
                .statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.commission("KZ-71")).when().get("/api/v1/observer-reports/{id}", id).then()
                .statusCode(403);
        given().when().get("/api/v1/observer-reports").then().statusCode(401);
        given().auth().oauth2(TestTokens.tabulator("KZ-75")).when().get("/api/v1/observer-reports").then().statusCode(403);
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/v1/observer-reports/{id}", id).then().statusCode(403);
    }

    @Test
    void theCommissionAnswersStepByStepAndEveryOtherStepIsAConflictNamingTheState() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String observer = observer("KZ-75");
        String id = file(observer, report(contest, 0, "OBSTRUCTION_OF_OBSERVERS")).statusCode(201).extract().path("id");
        String almaty = TestTokens.commission("almaty-member-2", "KZ-75");

        answer(almaty, id, "EXAMINED", null).statusCode(409).body("currentState", equalTo("FILED"))
                .body("detail", containsString("FILED"));
        answer(TestTokens.commission("KZ-71"), id, "ACKNOWLEDGED", null).statusCode(403);
        answer(observer, id, "ACKNOWLEDGED", null).statusCode(403);
        answer(TestTokens.tabulator("KZ-75"), id, "ACKNOWLEDGED", null).statusCode(403);
        answer(almaty, id, "ACKNOWLEDGED", null).statusCode(200).body("state", equalTo("ACKNOWLEDGED"));
        answer(almaty, id, "ACKNOWLEDGED", null).statusCode(409).body("currentState", equalTo("ACKNOWLEDGED"));
        answer(almaty, id, "EXAMINED", "Heard the precinct chair").statusCode(200);
        answer(almaty, id, "UPHELD", " ").statusCode(400).body("violations.field", hasItem("reason"));
        answer(almaty, id, "UPHELD", "The observer was kept 20 m from the count").statusCode(200)
                .body("state", equalTo("UPHELD"));
        answer(TestTokens.commission("KZ"), id, "DISMISSED", "second thoughts").statusCode(409)
                .body("currentState", equalTo("UPHELD"));

        given().auth().oauth2(observer).when().get("/api/v1/observer-reports/{id}", id).then().statusCode(200)
                .body("answers.state", equalTo(List.of("ACKNOWLEDGED", "EXAMINED", "UPHELD")))
                .body("answers[2].reason", equalTo("The observer was kept 20 m from the count"));
        given().auth().oauth2(TestTokens.commission("KZ")).queryParam("entityId", id).when().get("/api/v1/audit").then()
                .body("action", equalTo(List.of("observer-report.filed", "observer-report.acknowledged",
                        "observer-report.examined", "observer-report.upheld")))
                .body("[3].actor", equalTo("almaty-member-2")).body("[3].before.state", equalTo("EXAMINED"))
                .body("[3].after.state", equalTo("UPHELD"));
    }

    @Test
    void anObserverFilesAtMostTheConfiguredNumberOfReportsInTheWindow() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String observer = observer("KZ-75");
        for (int i = 0; i < 5; i++) {
            file(observer, report(contest, 0, "OTHER")).statusCode(201);
        }
        file(observer, report(contest, 0, "OTHER")).statusCode(429).body("type", containsString("rate-limited"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // another observer has its own allowance
        file(observer("KZ-75"), report(contest, 0, "OTHER")).statusCode(201);
    }

    @Test
    void thePublicCountsSayHowManyByUnitCategoryAndStateAndNeverWhoOrWhat() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String username = TestObservers.accredited("KZ", YESTERDAY, NEXT_WEEK);
        String observer = TestTokens.observer(username);
        String first = file(observer, report(contest, 0, "COUNTING")).statusCode(201).extract().path("id");
        file(observer, report(contest, 0, "COUNTING")).statusCode(201);
        file(observer, report(contest, 1, "VOTER_LIST")).statusCode(201);
        answer(TestTokens.commission("KZ-75"), first, "ACKNOWLEDGED", null).statusCode(200);

        String path = "/api/v1/elections/{code}/observer-reports/counts";
        var json = given().header("Origin", "https://data.example.kz").when().get(path, contest.election()).then()
                .statusCode(200).header("Access-Control-Allow-Origin", equalTo("*"))
                .body("total", equalTo(3))
                .body("counts.unitCode", equalTo(List.of("KZ-71", "KZ-75", "KZ-75")))
                .body("counts.category", equalTo(List.of("VOTER_LIST", "COUNTING", "COUNTING")))
                .body("counts.state", equalTo(List.of("FILED", "ACKNOWLEDGED", "FILED")))
                .body("counts.reports", equalTo(List.of(1, 1, 1)));
        String body = json.extract().asString();
        assertFalse(body.contains(username) || body.contains(TEXT) || body.contains(contest.precincts().get(0).toString()),
                body);
        String etag = json.extract().header("ETag");
        given().header("If-None-Match", etag).when().get(path, contest.election()).then().statusCode(304);

        String csv = given().queryParam("format", "csv").when().get(path, contest.election()).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertEquals("\uFEFFelection_code,unit_code,category,state,reports\n"
                + "\"" + contest.election() + "\",\"KZ-71\",\"VOTER_LIST\",\"FILED\",1\n"
                + "\"" + contest.election() + "\",\"KZ-75\",\"COUNTING\",\"ACKNOWLEDGED\",1\n"
                + "\"" + contest.election() + "\",\"KZ-75\",\"COUNTING\",\"FILED\",1\n", csv);

        // a new answer changes the counts, and their ETag
        answer(TestTokens.commission("KZ-75"), first, "EXAMINED", null).statusCode(200);
        given().header("If-None-Match", etag).when().get(path, contest.election()).then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }
}
