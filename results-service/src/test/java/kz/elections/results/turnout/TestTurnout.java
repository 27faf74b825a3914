package kz.elections.results.turnout;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.results.stub.TestContest;

/** Turnout report bodies and their submission, for the turnout tests. */
final class TestTurnout {

    private TestTurnout() {
    }

    /** Precinct {@code precinct} of the contest (3,000 on its list) reports {@code voted} by {@code time}. */
    static Map<String, Object> report(TestContest contest, int precinct, String time, long voted) {
        Map<String, Object> body = new HashMap<>();
        body.put("contest", contest.code());
        body.put("precinct", contest.precincts().get(precinct).toString());
        body.put("time", time);
        body.put("voted", voted);
        return body;
    }

    static ValidatableResponse submit(String token, TestContest contest, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/elections/{code}/turnout/reports", contest.election()).then();
    }

    static ValidatableResponse submit(String token, String key, TestContest contest, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/elections/{code}/turnout/reports", contest.election()).then();
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
