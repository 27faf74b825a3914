package kz.elections.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health, metrics and the API description are served without a token, as operators and clients expect. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void describesTheApiWithItsSecurityAndProblems() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/parties/applications'.post", notNullValue())
                .body("paths.'/api/v1/regions'.get", notNullValue())
                .body("components.securitySchemes.bearer.type", equalTo("http"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownPathIsAProblem404() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
