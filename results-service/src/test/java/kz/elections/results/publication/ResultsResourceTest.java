package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

@QuarkusTest
class ResultsResourceTest {

    private static ValidatableResponse publish(String token, String election, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .when().post("/api/v1/elections/{code}/results", election).then();
    }

    /** A party list where 7 lists in ballot order share the vote; registration order differs from the ballot's. */
    private static TestContest reported(int precincts) {
        TestContest contest = TestContest.partyList(69, List.of("AMANAT", "AUYL", "RESPUBLICA", "QHP", "BAYTAQ", "AKZHOL", "OSDP"),
                List.of(1, 2, 7, 4, 6, 3, 5));
        for (int p = 0; p < precincts; p++) {
            submit(TestTokens.tabulator("KZ"), protocol(contest, p, List.of(560L, 113L, 89L, 71L, 24L, 87L, 54L), 20, 40))
                    .statusCode(201);
        }
        return contest;
    }

    @Test
    void publishesNumberedVersionsWithAllocationAndServesThemPubliclyWithEtags() {
        TestContest contest = reported(1);
        String election = contest.election();

        publish(TestTokens.commission("alice", "KZ"), election, null).statusCode(201)
                .body("number", equalTo(1)).body("status", equalTo("PROVISIONAL"))
                .body("contests[0].reportingPercent", equalTo("50.00"))
                .body("contests[0].allocation.outcome", equalTo("ALLOCATED"))
                .body(contest.seatsPath("contests[0].", "BAYTAQ"), equalTo(0))
                .body("changes", equalTo(List.of(contest.code())));

        String etag = given().when().get("/api/v1/elections/{code}/results/latest", election)
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("Cache-Control", containsString("max-age=5"))
                .body("number", equalTo(1))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/elections/{code}/results/latest", election)
                .then().statusCode(304);
        given().when().get("/api/v1/elections/{id}/results/latest", contest.electionId())
                .then().statusCode(200).body("electionCode", equalTo(election));
        given().auth().oauth2(TestObservers.national()).when().get("/api/v1/contests/{id}/tabulation", contest.contestId())
                .then().statusCode(200).body("contestCode", equalTo(contest.code()));
        given().accept("text/csv").when().get("/api/v1/elections/{code}/results/latest", election)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("\uFEFFelection,version,status,contest"))
                .body(containsString(",\"AMANAT\",560,"));
        given().when().get("/api/v1/elections/{code}/results/versions/1?format=csv", election)
                .then().statusCode(200).header("Cache-Control", containsString("immutable"));
    }

    @Test
    void aSecondVersionNeedsAReasonAndNamesWhatChanged() {
        TestContest contest = reported(1);
        publish(TestTokens.commission("alice", "KZ"), contest.election(), null).statusCode(201);
        publish(TestTokens.commission("alice", "KZ"), contest.election(), null).statusCode(400)
                .body("violations.field", hasItem("reason"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(560L, 113L, 89L, 71L, 24L, 87L, 54L), 20, 40))
                .statusCode(201);
        publish(TestTokens.commission("alice", "KZ"), contest.election(), "All precincts reported").statusCode(201)
                .body("number", equalTo(2)).body("changes", equalTo(List.of(contest.code())))
                .body("reason", equalTo("All precincts reported"));

        given().queryParam("since", 1).when().get("/api/v1/elections/{code}/results/changes", contest.election())
                .then().statusCode(200).body("latest", equalTo(2)).body("versions.number", equalTo(List.of(2)));
        given().when().get("/api/v1/elections/{code}/results/versions/1", contest.election())
                .then().statusCode(200).body("contests[0].reportingPercent", equalTo("50.00"));
    }

    @Test
    void certificationNeedsASecondMemberAndCompleteResults() {
        TestContest contest = reported(1);
        publish(TestTokens.commission("alice", "KZ"), contest.election(), null).statusCode(201);
        given().auth().oauth2(TestTokens.commission("bob", "KZ")).when()
                .post("/api/v1/elections/{code}/results/versions/1/certification", contest.election())
                .then().statusCode(409).body("type", containsString("not-complete"));

        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(560L, 113L, 89L, 71L, 24L, 87L, 54L), 20, 40))
                .statusCode(201);
        publish(TestTokens.commission("alice", "KZ"), contest.election(), "complete").statusCode(201);
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).when()
                .post("/api/v1/elections/{code}/results/versions/2/certification", contest.election())
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.commission("bob", "KZ")).when()
                .post("/api/v1/elections/{code}/results/versions/2/certification", contest.election())
                .then().statusCode(201).body("number", equalTo(3)).body("status", equalTo("FINAL")).body("certifies", equalTo(2))
                .body("changes", equalTo(List.of()));
        given().when().get("/api/v1/elections/{code}/results/latest", contest.election())
                .then().statusCode(200).body("status", equalTo("FINAL"))
                .body(contest.seatsPath("contests[0].", "AMANAT"), equalTo(40));
    }

    @Test
    void onlyTheCommissionOfTheTerritoryPublishes() {
        TestContest contest = reported(1);
        publish(TestTokens.commission("carol", "KZ-75"), contest.election(), null).statusCode(403);
        publish(TestTokens.tabulator("KZ"), contest.election(), null).statusCode(403);
        publish(TestObservers.national(), contest.election(), null).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/elections/{code}/results", contest.election())
                .then().statusCode(401);
        given().when().get("/api/v1/elections/{code}/results/latest", contest.election()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
