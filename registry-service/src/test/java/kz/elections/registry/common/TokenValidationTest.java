package kz.elections.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.registry.TestTokens;
import kz.elections.testing.Tokens;

/** Tokens are checked for signature, issuer, audience and expiry; any failure is a 401 problem. */
@QuarkusTest
class TokenValidationTest {

    private static final String PROTECTED = "/api/v1/audit";

    @Test
    void acceptsAValidToken() {
        given().auth().oauth2(TestTokens.observer()).when().get(PROTECTED).then().statusCode(200);
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        assertRefused(TestTokens.token().roles("observer").signedByStranger().sign());
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertRefused(TestTokens.token().roles("observer").issuer("https://elsewhere.example/realms/elections").sign());
    }

    @Test
    void refusesAnExpiredToken() {
        assertRefused(TestTokens.token().roles("observer").expiredAt(Instant.now().minusSeconds(600)).sign());
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertRefused(Tokens.forAudience("results-service").roles("observer").sign());
    }

    @Test
    void refusesGarbage() {
        assertRefused("not.a.token");
    }

    private static void assertRefused(String token) {
        given().auth().oauth2(token).when().get(PROTECTED)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }
}
