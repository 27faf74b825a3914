package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every public feed documents what it serves with an example, and its error responses as problem+json: 406 and 503 on each (added to every operation by
 * service-common's ProblemResponses), 304 where it answers If-None-Match, 404 where an election or version may be
 * unknown; the pages are not in the API document.
 */
@QuarkusTest
class PublicFeedsOpenApiTest {

    private static final String RESULTS = "/api/v1/elections/{code}/results/";

    /** Each public feed and the statuses, besides 406 and 503, it documents. */
    private static final Map<String, List<String>> FEEDS = Map.ofEntries(
            Map.entry(RESULTS + "latest", List.of("304", "404")),
            Map.entry(RESULTS + "versions/{number}", List.of("304", "404")),
            Map.entry(RESULTS + "versions", List.of("404")),
            Map.entry(RESULTS + "changes", List.of("400")),
            Map.entry(RESULTS + "precincts", List.of("404")),
            Map.entry(RESULTS + "units", List.of("404")),
            Map.entry(RESULTS + "stream", List.of()),
            Map.entry(RESULTS + "latest/err", List.of("304", "404")),
            Map.entry(RESULTS + "versions/{number}/err", List.of("304", "404")),
            Map.entry(RESULTS + "latest/err/precincts", List.of("304", "404", "409")),
            Map.entry(RESULTS + "versions/{number}/err/precincts", List.of("304", "404", "409")),
            Map.entry("/api/v1/elections/{code}/turnout", List.of("404")),
            Map.entry("/api/v1/elections/{code}/observer-reports/counts", List.of("304")),
            Map.entry("/api/v1/contests/{code}/elected", List.of("404")));

    @Test
    void everyPublicFeedDocumentsItsErrorResponses() {
        ValidatableResponse api = given().accept("application/json").when().get("/q/openapi").then().statusCode(200);
        FEEDS.forEach((path, statuses) -> {
            String responses = "paths.'" + path + "'.get.responses.";
            api.body(responses + "'200'", notNullValue());
            // an example of what it serves
            api.body(responses + "'200'.content.values().findAll { it.examples }", not(empty()));
            for (String status : List.of("406", "503")) {
                api.body(responses + "'" + status + "'.content.'application/problem+json'.schema", notNullValue());
            }
            api.body(responses + "'503'.headers.Retry-After", notNullValue());
            for (String status : statuses) {
                api.body(responses + "'" + status + "'.description", notNullValue());
                if (!status.equals("304")) {
                    api.body(responses + "'" + status + "'.content.'application/problem+json'", notNullValue());
                }
            }
        });
        api.body("paths.keySet().findAll { it == '/ui' || it.startsWith('/ui/') }", empty());
    }
}
