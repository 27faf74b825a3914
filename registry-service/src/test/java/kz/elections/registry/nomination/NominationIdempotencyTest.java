package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static kz.elections.registry.nomination.NominationFixtures.person;
import static kz.elections.registry.nomination.NominationFixtures.self;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;

/** An Idempotency-Key answers a retry of the same nomination, and refuses to stand for another one. */
@QuarkusTest
class NominationIdempotencyTest {

    private static ValidatableResponse nominate(String token, String key, Object body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/nominations").then();
    }

    private static String citizen() {
        return TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
    }

    @Test
    void theSameKeyWithAnotherNominationIsRefusedNamingTheKeyAndStoresNothing() {
        String election = ElectionFixtures.openMazhilis();
        String token = citizen();
        String key = "nominate-" + UUID.randomUUID();
        String first = nominate(token, key, self(election + ".smd-75-01", person())).statusCode(201).extract().path("id");

        nominate(token, key, self(election + ".smd-75-02", person())).statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("idempotency-key-reused"))
                .body("idempotencyKey", equalTo(key))
                .body("detail", containsString(key));

        given().auth().oauth2(token).when().get("/api/v1/nominations").then().body("", hasSize(1))
                .body("id", equalTo(List.of(first)));
    }

    @Test
    void theSameNominationAgainInAnotherKeyOrderIsARetry() {
        String election = ElectionFixtures.openMazhilis();
        String token = citizen();
        String key = "nominate-" + UUID.randomUUID();
        Map<String, Object> body = self(election + ".smd-75-01", person());
        String first = nominate(token, key, body).statusCode(201).extract().path("id");

        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("person", body.get("person"));
        reordered.put("route", body.get("route"));
        reordered.put("contest", body.get("contest"));
        nominate(token, key, reordered).statusCode(200).body("id", equalTo(first));
    }
}
