package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;

/** Open data: the public reads answer pages of any site (CORS); nothing that needs a token, no POST, no page does. */
@QuarkusTest
class PublicReadsTest {

    private static final String SITE = "https://data.example.kz";
    private static final String CHANGES = "/api/v1/elections/{code}/results/changes";

    @Test
    void aPublicReadMayBeReadFromAnySiteWithoutCredentials() {
        given().header("Origin", SITE).when().get(CHANGES, "test-cors")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void aPublicReadThatFindsNothingStillAnswersTheOtherSite() {
        given().header("Origin", SITE).when().get("/api/v1/elections/{code}/results/latest", "test-cors-none")
                .then().statusCode(404).header("Access-Control-Allow-Origin", equalTo("*"));
    }

    @Test
    void thePreflightOfAPublicReadIsAllowed() {
        given().header("Origin", SITE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when().options(CHANGES, "test-cors")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void aReadThatNeedsATokenIsNotOpenToOtherSites() {
        given().header("Origin", SITE).auth().oauth2(TestObservers.national()).queryParam("contest", "test-cors.list")
                .when().get("/api/v1/protocols")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", SITE).queryParam("contest", "test-cors.list").when().get("/api/v1/protocols")
                .then().statusCode(401).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", SITE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/protocols")
                .then().header("Access-Control-Allow-Origin", nullValue()).header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void aPostIsNotOpenToOtherSitesEvenWhenPublic() {
        given().header("Origin", SITE).contentType(ContentType.JSON)
                .body(Map.of("seats", 2, "thresholdPercent", 5, "againstAll", 0, "invalid", 0, "kind", "MAZHILIS",
                        "lists", List.of(Map.of("id", "A", "votes", 300), Map.of("id", "B", "votes", 100))))
                .when().post("/api/v1/allocations")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", SITE).header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/allocations")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void pagesStaySameOrigin() {
        given().header("Origin", SITE).when().get("/ui")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }
}
