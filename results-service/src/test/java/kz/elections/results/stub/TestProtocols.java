package kz.elections.results.stub;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Protocol bodies and their submission, for the tests of protocols and of publication. */
public final class TestProtocols {

    private TestProtocols() {
    }

    /** A consistent protocol: 3,000 on the list, 2,000 received, 1,500 issued, 500 cancelled. */
    public static Map<String, Object> protocol(TestContest contest, int precinct, List<Long> votes, long invalid, long againstAll) {
        long tookPart = invalid + againstAll + votes.stream().mapToLong(Long::longValue).sum();
        Map<String, Object> body = new HashMap<>();
        body.put("contest", contest.code());
        body.put("precinct", contest.precincts().get(precinct).toString());
        body.put("ballotHash", contest.hash());
        body.put("votersOnList", 3000);
        body.put("votersAdded", 0);
        body.put("ballotsReceived", 2000);
        body.put("ballotsIssued", 1500);
        body.put("ballotsCancelled", 500);
        body.put("tookPart", tookPart);
        body.put("invalid", invalid);
        body.put("againstAll", againstAll);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            entries.add(Map.of("position", i + 1, "votes", votes.get(i)));
        }
        body.put("votes", entries);
        return body;
    }

    public static ValidatableResponse submit(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/protocols").then();
    }

    /** Two lists over a 10-seat national contest, both precincts reported (700 to 300 in each): A wins 7 seats, B 3. */
    public static TestContest reportedTwoLists() {
        TestContest contest = TestContest.partyList(10, List.of("A", "B"), List.of(1, 2));
        submit(kz.elections.results.TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 300L), 0, 0)).statusCode(201);
        submit(kz.elections.results.TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(700L, 300L), 0, 0)).statusCode(201);
        return contest;
    }

}
