package kz.elections.results.protocol;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/** An Idempotency-Key makes a retry safe, and only a retry: the same key with another request is refused. */
@QuarkusTest
class ProtocolIdempotencyTest {

    private final String tabulator = TestTokens.tabulator("KZ-75");
    private TestContest contest;

    @BeforeEach
    void aDistrictOfTwoPrecincts() {
        contest = TestContest.district(List.of("Әбілов", "Ысқақов"), List.of("KZ-75", "KZ-75"));
    }

    private ValidatableResponse submit(String key, Map<String, Object> body) {
        return given().auth().oauth2(tabulator).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/protocols").then();
    }

    private static void refusedNaming(ValidatableResponse response, String key) {
        response.statusCode(422).contentType("application/problem+json")
                .body("type", containsString("idempotency-key-reused"))
                .body("idempotencyKey", equalTo(key))
                .body("detail", containsString(key));
    }

    private void precinctHasVersions(int precinct, List<Integer> versions) {
        given().auth().oauth2(TestObservers.national()).queryParam("contest", contest.code())
                .queryParam("precinct", contest.precincts().get(precinct).toString())
                .when().get("/api/v1/protocols").then().statusCode(200).body("version", equalTo(versions));
    }

    @Test
    void theSameKeyWithTheSameRequestAnswersTheEarlierProtocol() {
        String key = "same-" + UUID.randomUUID();
        Map<String, Object> first = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        String id = submit(key, first).statusCode(201).extract().path("id");

        submit(key, first).statusCode(200).body("id", equalTo(id));
        precinctHasVersions(0, List.of(1));
    }

    @Test
    void theSameKeyWithOtherFiguresIsRefusedNotAnsweredWithTheEarlierProtocol() {
        String key = "figures-" + UUID.randomUUID();
        submit(key, protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);

        refusedNaming(submit(key, protocol(contest, 0, List.of(600L, 700L), 50, 100)), key);
        precinctHasVersions(0, List.of(1));
    }

    @Test
    void theSameKeyForAnotherPrecinctIsRefusedAndTheOtherPrecinctCanStillReport() {
        String key = "precinct-" + UUID.randomUUID();
        submit(key, protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);

        Map<String, Object> otherPrecinct = protocol(contest, 1, List.of(700L, 600L), 50, 100);
        refusedNaming(submit(key, otherPrecinct), key);
        precinctHasVersions(1, List.of());
        submit("precinct-" + UUID.randomUUID(), otherPrecinct).statusCode(201).body("version", equalTo(1));
    }

    @Test
    void aCorrectionUnderTheFirstSubmissionsKeyIsRefusedAndUnderItsOwnKeyAccepted() {
        String key = "correction-" + UUID.randomUUID();
        submit(key, protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        Map<String, Object> correction = protocol(contest, 0, List.of(600L, 700L), 50, 100);
        correction.put("correctionReason", "Figures of candidates 1 and 2 were swapped");

        refusedNaming(submit(key, correction), key);
        precinctHasVersions(0, List.of(1));

        String ownKey = "correction-" + UUID.randomUUID();
        String corrected = submit(ownKey, correction).statusCode(201).body("version", equalTo(2)).extract().path("id");
        submit(ownKey, correction).statusCode(200).body("id", equalTo(corrected));
        precinctHasVersions(0, List.of(1, 2));
    }

    @Test
    void aRetryAfterTheProtocolWasCorrectedUnderAnotherKeyAnswersTheProtocolItStored() {
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> first = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        String id = submit(key, first).statusCode(201).extract().path("id");
        Map<String, Object> correction = protocol(contest, 0, List.of(600L, 700L), 50, 100);
        correction.put("correctionReason", "Figures of candidates 1 and 2 were swapped");
        submit("correction-" + UUID.randomUUID(), correction).statusCode(201).body("version", equalTo(2));

        submit(key, first).statusCode(200).body("id", equalTo(id)).body("version", equalTo(1));
        precinctHasVersions(0, List.of(1, 2));
    }

    /** The key under which precinct 0's protocol (700 and 600 votes) was accepted. */
    private String keyOfAcceptedProtocol() {
        String key = "accepted-" + UUID.randomUUID();
        submit(key, protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        return key;
    }

    @Test
    void theSameKeyWithFiguresFailingTheControlRelationsIsRefusedAsReused() {
        String key = keyOfAcceptedProtocol();
        Map<String, Object> failing = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        failing.put("tookPart", 1451L);

        refusedNaming(submit(key, failing), key);
        submit("controls-" + UUID.randomUUID(), failing).statusCode(422).body("type", containsString("protocol-control-failed"));
        precinctHasVersions(0, List.of(1));
    }

    @Test
    void theSameKeyForAPrecinctOutsideTheContestIsRefusedAsReused() {
        String key = keyOfAcceptedProtocol();
        Map<String, Object> outside = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        outside.put("precinct", UUID.randomUUID().toString());

        refusedNaming(submit(key, outside), key);
        submit("outside-" + UUID.randomUUID(), outside).statusCode(400);
    }
}
