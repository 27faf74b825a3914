package kz.elections.results.tabulation;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.RecallRegistryStub;
import kz.elections.results.stub.TestContest;

/**
 * A recall vote counted from its precinct protocols by the law's rule (CL Art. 113-16): two precincts of 3,000 voters,
 * so a third of the district is 2,000 voters, and more than half of those who took part recalls the deputy.
 */
@QuarkusTest
class RecallResultsTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @ParameterizedTest(name = "for {0}+{2}, against {1}+{3}, invalid {4}: {5}")
    @CsvSource({
            // exactly a third of the 6,000 voters took part, 1,001 of the 2,000 for recall
            "600, 400, 401, 599, 0, RECALLED",
            // exactly half for recall is not enough
            "600, 400, 400, 600, 0, NOT_RECALLED",
            // invalid ballots count among those who took part
            "600, 300, 400, 599, 101, NOT_RECALLED",
            // one voter short of a third: invalid, whatever the votes
            "999, 0, 1000, 0, 0, INVALID"})
    void theRecallOutcomeIsComputedFromTheProtocolsByTheLaw(long for0, long against0, long for1, long against1,
            long invalid, String outcome) {
        TestContest contest = TestContest.recall();
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(for0, against0), invalid, 0)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(for1, against1), 0, 0)).statusCode(201);

        given().auth().oauth2(TestTokens.commission("KZ")).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200)
                .body("kind", equalTo("RECALL"))
                .body("winner", equalTo(null))
                .body("recall.outcome", equalTo(outcome))
                .body("recall.voters", equalTo(6000))
                .body("recall.turnoutRequired", equalTo(2000))
                .body("recall.forRecall", equalTo((int) (for0 + for1)))
                .body("recall.rule", containsString("Art. 113-16"));
        given().auth().oauth2(TestTokens.commission("KZ")).when().get("/api/v1/contests/{code}/elected", contest.code())
                .then().statusCode(200)
                .body("status", equalTo("COMPLETE"))
                .body("outcome", equalTo(outcome))
                .body("elected", equalTo(List.of()));
    }

    @Test
    void aRecallProtocolHasNoAgainstAllLine() {
        TestContest contest = TestContest.recall();
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(600L, 300L), 0, 10)).statusCode(400)
                .body("violations.field", hasItem("againstAll"));
    }

    @Test
    void theRecallOutcomeIsPublishedAndCertifiedLikeAnyResultVersion() {
        TestContest contest = TestContest.recall();
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(900L, 100L), 0, 0)).statusCode(201);

        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201)
                // one precinct of two: its 1,000 voters are not a third of the district's 6,000 registered
                .body("contests[0].recall.outcome", equalTo("INVALID"))
                .body("contests[0].recall.voters", equalTo(6000))
                .body("contests[0].elected.status", equalTo("PROVISIONAL"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(700L, 300L), 0, 0)).statusCode(201);
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON)
                .body(Map.of("reason", "both precincts reported"))
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201)
                .body("changes", equalTo(List.of(contest.code())));
        given().auth().oauth2(TestTokens.commission("bob", "KZ")).when()
                .post("/api/v1/elections/{code}/results/versions/2/certification", contest.election())
                .then().statusCode(201).body("status", equalTo("FINAL"));

        given().when().get("/api/v1/elections/{code}/results/latest", contest.election()).then().statusCode(200)
                .body("status", equalTo("FINAL"))
                .body("contests[0].recall.outcome", equalTo("RECALLED"))
                .body("contests[0].recall.forRecall", equalTo(1600))
                .body("contests[0].recall.tookPart", equalTo(2000))
                .body("contests[0].elected.outcome", equalTo("RECALLED"));
        given().when().get("/ui/elections/{code}?lang=ru", contest.election()).then().statusCode(200)
                .body(containsString("Отозван: за отзыв проголосовали 1600 из 2000 участвовавших, более половины."))
                .body(containsString("За отзыв"));
        // certification told the registry, with this service's token, so that the mandate ends there
        assertTrue(RecallRegistryStub.RECEIVED.stream().anyMatch(o -> o.path("contest").asText().equals(contest.code())
                && o.path("outcome").asText().equals("RECALLED") && o.path("resultVersion").asInt() == 3));
    }

    @Test
    void aCommissionSendsTheCertifiedOutcomeAgainWhenTheRegistryWasDown() {
        TestContest contest = TestContest.recall();
        given().auth().oauth2(TestTokens.commission("KZ-75")).when()
                .post("/api/v1/elections/{code}/results/recall-outcomes", contest.election()).then().statusCode(404);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(300L, 900L), 0, 0)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(300L, 900L), 0, 0)).statusCode(201);
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201);
        given().auth().oauth2(TestTokens.commission("KZ-75")).when()
                .post("/api/v1/elections/{code}/results/recall-outcomes", contest.election()).then().statusCode(409)
                .body("type", containsString("results-not-certified"));

        RecallRegistryStub.fail(503);
        try {
            given().auth().oauth2(TestTokens.commission("bob", "KZ")).when()
                    .post("/api/v1/elections/{code}/results/versions/1/certification", contest.election())
                    .then().statusCode(201).body("status", equalTo("FINAL"));
            given().auth().oauth2(TestTokens.commission("KZ-75")).when()
                    .post("/api/v1/elections/{code}/results/recall-outcomes", contest.election()).then().statusCode(503)
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        } finally {
            RecallRegistryStub.recover();
            breakers.resetAll();
        }
        given().auth().oauth2(TestTokens.commission("KZ-71")).when()
                .post("/api/v1/elections/{code}/results/recall-outcomes", contest.election()).then().statusCode(403);
        given().auth().oauth2(TestTokens.tabulator("KZ-75")).when()
                .post("/api/v1/elections/{code}/results/recall-outcomes", contest.election()).then().statusCode(403);
        given().auth().oauth2(TestTokens.commission("KZ-75")).when()
                .post("/api/v1/elections/{code}/results/recall-outcomes", contest.election()).then().statusCode(200)
                .body("contest", equalTo(List.of(contest.code())))
                .body("outcome", equalTo(List.of("NOT_RECALLED")))
                .body("resultVersion", equalTo(List.of(2)));
    }
}
