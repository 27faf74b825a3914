package kz.elections.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestTokens;

/**
 * Every page tells the browser to run only this site's own scripts and styles, never to be framed, and
 * to keep its URLs to itself; a page for someone signed in is never cached. Every response is nosniff.
 */
@QuarkusTest
class SecurityHeadersTest {

    /** A script element with no src: what the policy would block. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

    private static ValidatableResponse assertPageHeaders(ValidatableResponse response) {
        return response
                .header("Content-Security-Policy", startsWith("default-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }

    @Test
    void aPublicPageCarriesThePolicyAndMayBeCached() {
        String html = assertPageHeaders(given().when().get("/ui/parties").then().statusCode(200))
                .header("Cache-Control", nullValue())
                .extract().asString();

        assertFalse(INLINE_SCRIPT.matcher(html).find(), "the page has an inline script the policy would block");
        // a token that fails to authenticate makes an anonymous reader, not a signed-in one
        assertPageHeaders(given().auth().oauth2("not-a-token").when().get("/ui/parties").then().statusCode(200))
                .header("Cache-Control", nullValue());
    }

    @Test
    void aSignedInPageIsNeverStored() {
        String citizen = TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();

        assertPageHeaders(given().auth().oauth2(citizen).redirects().follow(false).when().get("/ui/citizen/contests")
                .then().statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void errorPagesCarryThePolicyToo() {
        assertPageHeaders(given().when().get("/ui/contests/no-such-contest").then().statusCode(404)
                .contentType(startsWith("text/html")));
        assertPageHeaders(given().auth().oauth2(TestTokens.observer()).redirects().follow(false)
                .when().get("/ui/commission/nominations").then().statusCode(403))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void apiResponsesAreNosniff() {
        given().when().get("/api/v1/regions").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        given().when().get("/api/v1/nothing-here").then().statusCode(404).header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
