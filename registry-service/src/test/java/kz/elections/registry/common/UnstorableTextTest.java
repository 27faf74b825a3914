package kz.elections.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;

/**
 * Text PostgreSQL cannot store (a NUL, an unpaired surrogate) is the client's mistake: a 400 that names
 * the parameter or field and the rule, before anything is read or written, never a 500.
 */
@QuarkusTest
class UnstorableTextTest {

    private static final String NUL_RULE = "must not contain NUL (U+0000)";

    @Test
    void refusesANulInAPathParameterNamingIt() {
        given().urlEncodingEnabled(false).when().get("/api/v1/regions/%00zz")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tizim.kz/problems/invalid-request"))
                .body("violations[0].field", equalTo("code"))
                .body("violations[0].message", equalTo(NUL_RULE))
                .body("detail", equalTo("Path parameter code " + NUL_RULE));
    }

    @Test
    void refusesANulInAQueryParameterNamingIt() {
        given().urlEncodingEnabled(false).when().get("/api/v1/regions?lang=kk%00")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("lang"))
                .body("violations[0].message", equalTo(NUL_RULE));
    }

    @Test
    void refusesANulInAJsonFieldNamingItsPathAndWritesNothing() {
        Map<String, Object> election = ElectionFixtures.openRequest("MAZHILIS", null);
        election.put("name", "Mazhilis\u0000 2026");

        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(election)
                .when().post("/api/v1/elections")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].message", equalTo(NUL_RULE))
                .body("detail", equalTo("name " + NUL_RULE));
        given().when().get("/api/v1/elections/{code}", election.get("code")).then().statusCode(404);
    }

    @Test
    void refusesAnUnpairedSurrogateInAJsonField() {
        Map<String, Object> election = ElectionFixtures.openRequest("MAZHILIS", null);
        // the JSON escape of a high surrogate with no low one after it
        String body = "{\"kind\":\"MAZHILIS\",\"code\":\"" + election.get("code") + "\",\"name\":\"x\","
                + "\"electionDay\":\"" + election.get("electionDay") + "\",\"calledOn\":\"" + election.get("calledOn")
                + "\",\"timeZone\":\"Asia/Almaty\\ud800\"}";

        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/elections")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("timeZone")))
                .body("violations.message", equalTo(List.of("must not contain an unpaired surrogate (U+D800 to U+DFFF)")));
        given().when().get("/api/v1/elections/{code}", election.get("code")).then().statusCode(404);
    }

    @Test
    void refusesANulOnAPageAsAnErrorPage() {
        given().urlEncodingEnabled(false).when().get("/ui/contests/x%00?lang=en")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString(NUL_RULE));
    }

    @Test
    void aNulInAFormFieldThatReachesTheDatabaseIsStillA400AndWritesNothing() {
        String contest = ElectionFixtures.openMazhilis() + ".smd-75-01";
        String citizen = TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contest", contest);
        form.put("idempotencyKey", UUID.randomUUID().toString());
        NominationFixtures.person("791028302728").forEach((field, value) -> form.put("person." + field, String.valueOf(value)));
        form.put("person.surnameKk", "Әбі\u0000лов");

        given().auth().oauth2(citizen).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).when().post("/ui/citizen/nominations?lang=en")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString(NUL_RULE));
        given().auth().oauth2(citizen).when().get("/api/v1/nominations").then().statusCode(200).body("size()", equalTo(0));
    }
}
