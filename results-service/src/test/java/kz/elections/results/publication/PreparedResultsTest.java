package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/**
 * The reads of published results: the first one of a version is answered by the resource, the next ones from the
 * bytes prepared on the event loop, with their length known. Both answer the same bytes and headers: JSON or CSV, ETag and 304, Cache-Control,
 * open to other sites; and latest moves on to a new version as soon as it is published.
 */
@QuarkusTest
class PreparedResultsTest {

    private static final String LATEST = "/api/v1/elections/{code}/results/latest";
    private static final String VERSION = "/api/v1/elections/{code}/results/versions/{number}";
    private static final List<String> HEADERS = List.of("Content-Type", "ETag", "Cache-Control", "Content-Disposition",
            "Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "X-Content-Type-Options");

    private static TestContest published() {
        TestContest contest = TestContest.partyList(69, List.of("AMANAT", "AUYL", "RESPUBLICA"), List.of(1, 2, 3));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(560L, 113L, 89L), 20, 40)).statusCode(201);
        publish(contest, null);
        return contest;
    }

    private static void publish(TestContest contest, String reason) {
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON)
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201);
    }

    /** The same read twice: the second answers exactly what the first did. */
    private static ExtractableResponse<Response> twice(Supplier<RequestSpecification> request, String path, Object... params) {
        ExtractableResponse<Response> first = request.get().when().get(path, params).then().statusCode(200).extract();
        ExtractableResponse<Response> second = request.get().when().get(path, params).then().statusCode(200).extract();
        assertEquals(first.asString(), second.asString());
        for (String header : HEADERS) {
            assertEquals(first.headers().getValues(header), second.headers().getValues(header), header);
        }
        // prepared bytes: their length is known before the first is written
        assertEquals(String.valueOf(second.asByteArray().length), second.header("Content-Length"));
        return second;
    }

    @Test
    void latestAndEachVersionAnswerTheSameBytesAndHeadersEveryTime() {
        TestContest contest = published();
        String election = contest.election();

        ExtractableResponse<Response> json = twice(() -> given().header("Origin", "https://data.example.kz"), LATEST, election);
        assertEquals("application/json", json.contentType());
        assertEquals("\"" + election + "-1\"", json.header("ETag"));
        assertEquals("no-transform, max-age=5", json.header("Cache-Control"));
        assertEquals("*", json.header("Access-Control-Allow-Origin"));
        assertEquals(1, json.jsonPath().getInt("number"));

        ExtractableResponse<Response> csv = twice(() -> given().accept("text/csv"), LATEST, election);
        assertEquals("text/csv; charset=UTF-8", csv.contentType());
        assertEquals("\"csv-" + election + "-1\"", csv.header("ETag"));
        assertEquals("inline; filename=\"" + election + "-v1.csv\"", csv.header("Content-Disposition"));
        assertEquals(csv.asString(), given().queryParam("format", "csv").when().get(LATEST, election).asString());

        ExtractableResponse<Response> version = twice(RestAssured::given, VERSION, election, 1);
        assertEquals(json.asString(), version.asString());
        assertEquals(List.of("public, max-age=31536000, immutable"), version.headers().getValues("Cache-Control"));
        twice(() -> given().queryParam("format", "csv"), VERSION, election, 1);
    }

    @Test
    void aKnownEtagIsNotModifiedAndLatestMovesOnWithANewVersion() {
        TestContest contest = published();
        String election = contest.election();
        String etag = twice(RestAssured::given, LATEST, election).header("ETag");
        given().header("If-None-Match", etag).when().get(LATEST, election)
                .then().statusCode(304).header("ETag", etag).header("Cache-Control", "no-transform, max-age=5");
        given().header("If-None-Match", etag).accept("text/csv").when().get(LATEST, election)
                .then().statusCode(200).body(startsWith("\uFEFFelection,version"));

        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(500L, 100L, 80L), 20, 40)).statusCode(201);
        publish(contest, "precinct 1 reported");

        given().header("If-None-Match", etag).when().get(LATEST, election)
                .then().statusCode(200).header("ETag", "\"" + election + "-2\"").body("number", equalTo(2));
        given().header("If-None-Match", etag).when().get(VERSION, election, 1).then().statusCode(304);
    }

    @Test
    void whatThePreparedReadsDoNotDecideIsAnsweredByTheResource() {
        TestContest contest = published();
        String election = contest.election();
        twice(RestAssured::given, LATEST, election);
        given().when().get(VERSION, election, 7).then().statusCode(404);
        given().when().get(LATEST, contest.electionId()).then().statusCode(200).body("electionCode", equalTo(election));
        given().queryParam("format", "json").when().get(LATEST, election).then().statusCode(200).body("number", equalTo(1));
    }
}
