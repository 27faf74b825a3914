package kz.elections.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.registry.TestTokens;

/** Open data: the public register may be read from pages of any site (CORS); nothing that needs a token, no POST, no page. */
@QuarkusTest
class PublicReadsTest {

    private static final String SITE = "https://data.example.kz";

    @Test
    void thePublicRegisterMayBeReadFromAnySiteWithoutCredentials() {
        for (String path : new String[] {"/api/v1/parties", "/api/v1/regions", "/api/v1/elections"}) {
            given().header("Origin", SITE).when().get(path)
                    .then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo("*"))
                    .header("Access-Control-Allow-Credentials", nullValue());
        }
    }

    @Test
    void thePreflightOfAPublicReadIsAllowed() {
        given().header("Origin", SITE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept-language")
                .when().options("/api/v1/regions")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void readsThatNeedATokenAreNotOpenToOtherSites() {
        given().header("Origin", SITE).auth().oauth2(TestTokens.citizen()).when().get("/api/v1/nominations")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", SITE).when().get("/api/v1/nominations")
                .then().statusCode(401).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", SITE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/nominations")
                .then().header("Access-Control-Allow-Origin", nullValue()).header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void writesAndPagesAreNotOpenToOtherSites() {
        given().header("Origin", SITE).auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(Map.of()).when().post("/api/v1/elections")
                .then().statusCode(400).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", SITE).header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/elections")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", SITE).when().get("/ui/parties")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }
}
