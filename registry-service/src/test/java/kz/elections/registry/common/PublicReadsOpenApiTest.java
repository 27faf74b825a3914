package kz.elections.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The registry's public reads document their error responses as problem+json: 406 and 503 on each (service-common's
 * ProblemResponses), 404 where what they name may not exist, 304 where they answer If-None-Match; pages are left out.
 */
@QuarkusTest
class PublicReadsOpenApiTest {

    private static final Map<String, List<String>> READS = Map.of(
            "/api/v1/popolo", List.of("304", "404"),
            "/api/v1/elections/{idOrCode}", List.of("404"),
            "/api/v1/elections/{idOrCode}/contests", List.of("404"),
            "/api/v1/candidates/{id}", List.of("404"),
            "/api/v1/contests/{idOrCode}/mandates", List.of("404"),
            "/api/v1/mandates/{id}", List.of("404"),
            "/api/v1/vacancies/{id}", List.of("404"),
            "/api/v1/recalls/{id}", List.of("404"),
            "/api/v1/contests/{idOrCode}/repeat", List.of("404"));

    @Test
    void everyPublicReadDocumentsItsErrorResponses() {
        ValidatableResponse api = given().accept("application/json").when().get("/q/openapi").then().statusCode(200);
        READS.forEach((path, statuses) -> {
            String responses = "paths.'" + path + "'.get.responses.";
            for (String status : List.of("406", "503")) {
                api.body(responses + "'" + status + "'.content.'application/problem+json'", notNullValue());
            }
            api.body(responses + "'503'.headers.Retry-After", notNullValue());
            for (String status : statuses) {
                api.body(responses + "'" + status + "'.description", notNullValue());
                if (!status.equals("304")) {
                    api.body(responses + "'" + status + "'.content.'application/problem+json'", notNullValue());
                }
            }
        });
        // The open-data feed shows what it serves.
        api.body("paths.'/api/v1/popolo'.get.responses.'200'.content.'application/json'.examples", notNullValue());
        api.body("paths.keySet().findAll { it == '/ui' || it.startsWith('/ui/') }", empty());
    }
}
