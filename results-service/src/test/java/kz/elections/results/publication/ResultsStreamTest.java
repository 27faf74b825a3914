package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/** The push feed: a follower hears of each version as it is published, a late one of the latest first. */
@QuarkusTest
class ResultsStreamTest {

    private static final List<Long> VOTES = List.of(560L, 113L);
    private static final long WAIT_SECONDS = 30;

    @TestHTTPResource("/")
    URL root;

    /** A connection to the stream: the versions it announced, in order, read by a thread of its own. */
    private record Following(HttpResponse<Stream<String>> response, BlockingQueue<JsonPath> versions) implements AutoCloseable {

        JsonPath next() throws InterruptedException {
            JsonPath version = versions.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(version, "no version announced within " + WAIT_SECONDS + " s");
            return version;
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    private Following follow(String election) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "api/v1/elections/" + election + "/results/stream"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        BlockingQueue<JsonPath> versions = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            String event = null;
            Iterator<String> lines = response.body().iterator();
            try {
                while (lines.hasNext()) {
                    String line = lines.next();
                    if (line.startsWith("event:")) {
                        event = line.substring("event:".length()).strip();
                    } else if (line.startsWith("data:") && "version".equals(event)) {
                        versions.add(JsonPath.from(line.substring("data:".length()).strip()));
                    } else if (line.isEmpty()) {
                        event = null;
                    }
                }
            } catch (UncheckedIOException closedByTheTest) {
                // the test is done with the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new Following(response, versions);
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
        try (Following following = follow(contest.election())) {
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
        try (Following following = follow(contest.electionId().toString())) {
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
