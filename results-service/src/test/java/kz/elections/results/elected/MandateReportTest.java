package kz.elections.results.elected;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;
import kz.elections.results.stub.UpstreamStub;

/** Certified results tell registry-service who is elected: one way, results → registry, with this service's token. */
@QuarkusTest
class MandateReportTest {

    @AfterEach
    void registryAnswers() {
        UpstreamStub.recover();
    }

    private static TestContest decided() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(100L, 300L), 0, 0)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(100L, 300L), 0, 0)).statusCode(201);
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201);
        return contest;
    }

    private static void certify(TestContest contest) {
        given().auth().oauth2(TestTokens.commission("bob", "KZ")).when()
                .post("/api/v1/elections/{code}/results/versions/1/certification", contest.election()).then().statusCode(201);
    }

    @Test
    void certifyingTheResultsReportsTheWinnerByRegistrationToTheRegistry() {
        TestContest contest = decided();
        assertNull(UpstreamStub.electedReport(contest.code()), "nothing is reported before certification");

        certify(contest);

        ObjectNode report = UpstreamStub.electedReport(contest.code());
        assertEquals(contest.refs().get(1).toString(), report.path("elected").path(0).asText());
        assertEquals(1, report.path("elected").size());
        assertEquals(LocalDate.now(ZoneId.of("Asia/Almaty")).toString(), report.path("electedOn").asText());
        assertEquals(2, report.path("resultVersion").asInt(), "the certified final version");
    }

    @Test
    void aRegistryThatDoesNotAnswerDoesNotUndoTheCertificationAndTheCommissionSendsTheReportAgain() {
        TestContest contest = decided();
        // certification itself reads the election's contests from the registry; only the report goes unanswered
        UpstreamStub.failElectedReports(503);

        certify(contest);
        assertNull(UpstreamStub.electedReport(contest.code()));

        UpstreamStub.recover();
        given().auth().oauth2(TestTokens.commission("KZ")).when()
                .post("/api/v1/elections/{code}/elected/report", contest.election())
                .then().statusCode(200).body("[0].contestCode", equalTo(contest.code())).body("[0].elected", equalTo(1));
        assertEquals(contest.refs().get(1).toString(), UpstreamStub.electedReport(contest.code()).path("elected").path(0).asText());
    }

    @Test
    void onlyTheCommissionSendsTheReportAndOnlyOnceCertified() {
        TestContest contest = decided();
        given().auth().oauth2(TestTokens.commission("KZ")).when()
                .post("/api/v1/elections/{code}/elected/report", contest.election()).then().statusCode(409);
        given().auth().oauth2(TestTokens.tabulator("KZ")).when()
                .post("/api/v1/elections/{code}/elected/report", contest.election()).then().statusCode(403);
        given().auth().oauth2(TestTokens.commission("KZ-71")).when()
                .post("/api/v1/elections/{code}/elected/report", contest.election()).then().statusCode(403);
        given().when().post("/api/v1/elections/{code}/elected/report", contest.election()).then().statusCode(401);
    }
}
