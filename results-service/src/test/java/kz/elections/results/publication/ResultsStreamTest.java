package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.EventStream;
import kz.elections.results.stub.TestContest;

/** The push feed: a follower hears of each version as it is published, a late one of the latest first. */
@QuarkusTest
class ResultsStreamTest {

    private static final List<Long> VOTES = List.of(560L, 113L);

    @TestHTTPResource("/")
    URL root;

    /** A connection to the stream: the versions it announced, in order. */
    private EventStream follow(String election) throws Exception {
        EventStream stream = EventStream.open(root, "api/v1/elections/" + election + "/results/stream", "version");
        assertEquals(200, stream.response().statusCode());
        assertTrue(stream.response().headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        return stream;
    }

    private static TestContest reported() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Қасымова"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, VOTES, 5, 5)).statusCode(201);
        return contest;
    }

    private static void publish(String election, String reason) {
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON)
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .when().post("/api/v1/elections/{code}/results", election).then().statusCode(201);
    }

    @Test
    void aFollowerHearsOfEachVersionAsItIsPublished() throws Exception {
        TestContest contest = reported();
        try (EventStream following = follow(contest.election())) {
            assertEquals("*", following.response().headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                    "open to pages of other sites");
            publish(contest.election(), null);
            JsonPath first = following.next();
            assertEquals(1, first.getInt("number"));
            assertEquals("PROVISIONAL", first.getString("status"));
            assertEquals("/api/v1/elections/" + contest.election() + "/results/versions/1", first.getString("links.self"));

            submit(TestTokens.tabulator("KZ"), protocol(contest, 1, VOTES, 5, 5)).statusCode(201);
            publish(contest.election(), "the second precinct reported");
            JsonPath second = following.next();
            assertEquals(2, second.getInt("number"));
            assertEquals("/api/v1/elections/" + contest.election() + "/results/changes?since=1", second.getString("links.changes"));
        }
    }

    @Test
    void aLateFollowerHearsOfTheLatestVersionFirst() throws Exception {
        TestContest contest = reported();
        publish(contest.election(), null);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, VOTES, 5, 5)).statusCode(201);
        publish(contest.election(), "the second precinct reported");
        try (EventStream following = follow(contest.electionId().toString())) {
            JsonPath latest = following.next();
            assertEquals(2, latest.getInt("number"));
            assertEquals(contest.election(), latest.getString("electionCode"));
        }
    }

    @Test
    void theStreamIsOpenToOtherSites() {
        given().header("Origin", "https://data.example.kz").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "last-event-id")
                .when().options("/api/v1/elections/{code}/results/stream", "test-stream-cors")
                .then().statusCode(204).header("Access-Control-Allow-Origin", org.hamcrest.Matchers.equalTo("*"));
    }
}
