package kz.elections.results.auth;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import kz.elections.common.security.VerifiedTokenCache;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;
import kz.elections.testing.Tokens;

/**
 * The API's bearer tokens, once verified, are taken from the cache of verified tokens until they expire; nothing else
 * about authentication or authorisation changes: forged, altered and expired tokens are refused, the pages' tenant
 * verifies its own tokens, and roles, territories and the audit trail's actor come from the cached token as before.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    /** A cheap read of the API (the default OIDC tenant): commission staff and observers. */
    private static final String API = "/api/v1/audit?limit=1";
    /** A page for commission staff, guarded by the pages' tenant ({@code web}). */
    private static final String PAGE = "/ui/commission/observer-reports";

    @Inject
    MeterRegistry metrics;

    @Test
    void aRepeatedRequestWithTheSameTokenIsServedFromTheCache() {
        String token = TestTokens.commission("KZ");
        double hits = count("hit");
        double misses = count("miss");

        read(token, API).statusCode(200);
        assertEquals(misses + 1, count("miss"), "the first request verifies the token in full");
        assertEquals(hits, count("hit"));

        read(token, API).statusCode(200);
        read(token, API).statusCode(200);
        assertEquals(hits + 2, count("hit"), "the next ones take it from the cache");
        assertEquals(misses + 1, count("miss"));
    }

    @Test
    void aTokenPastItsExpiryIsRefusedThoughItWasCached() {
        Instant expiry = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        String token = TestTokens.token().roles("commission").claim("territory", "KZ").expiredAt(expiry).sign();
        read(token, API).statusCode(200);
        double hits = count("hit");
        read(token, API).statusCode(200);
        assertEquals(hits + 1, count("hit"), "cached");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> !Instant.now().isBefore(expiry));

        read(token, API).statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        assertEquals(hits + 1, count("hit"), "an expired token is never taken from the cache");
    }

    @Test
    void anAlteredTokenIsRefusedWhileTheOriginalIsCached() {
        String token = TestTokens.commission("KZ-75");
        read(token, API).statusCode(200);
        read(token, API).statusCode(200);
        String[] parts = token.split("\\.");

        String widerTerritory = parts[0] + "." + reencoded(parts[1], "\"KZ-75\"", "\"KZ\"") + "." + parts[2];
        read(widerTerritory, API).statusCode(401).header("WWW-Authenticate", containsString("Bearer"));

        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        read(parts[0] + "." + parts[1] + "." + new String(signature), API).statusCode(401);

        read(TestTokens.token().roles("commission").claim("territory", "KZ").signedByStranger().sign(), API).statusCode(401);

        double hits = count("hit");
        read(token, API).statusCode(200);
        assertEquals(hits + 1, count("hit"), "the original is still served from the cache");
    }

    @Test
    void aTokenCachedForTheApiIsVerifiedAgainByThePagesTenant() {
        // Names a key the pages' tenant does not know (its JWKS lists tizim-test only), while the API's tenant checks the
        // signature with its one configured public key: valid for the API, refused by the pages.
        String token = TestTokens.token().roles("commission").claim("territory", "KZ").keyId("retired-key").sign();
        read(token, API).statusCode(200);
        read(token, API).statusCode(200);

        double hits = count("hit");
        read(token, PAGE).statusCode(401);
        assertEquals(hits, count("hit"), "the pages' tenant never takes a token from the cache");
        read(token, API).statusCode(200);
        assertEquals(hits + 1, count("hit"));
    }

    @Test
    void aTokenThePagesTenantAcceptedGivesNoAccessToTheApi() {
        // Issued to the pages' client only: the pages' tenant accepts its audience, the API's does not.
        String token = Tokens.forAudience("tizim-web").roles("commission").claim("territory", "KZ").sign();
        read(token, PAGE).statusCode(200);
        read(token, PAGE).statusCode(200);

        read(token, API).statusCode(401);
        read(token, API).statusCode(401);
    }

    @Test
    void aPageDecidesByItsRolesForATokenTheApiCached() {
        String citizen = TestTokens.citizen();
        read(citizen, API).statusCode(403);
        read(citizen, API).statusCode(403);
        read(citizen, PAGE).statusCode(403);

        String commission = TestTokens.commission("KZ");
        read(commission, API).statusCode(200);
        read(commission, PAGE).statusCode(200);
    }

    @Test
    void rolesTerritoriesAndTheAuditTrailAreTheSameForACachedToken() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String subject = "tabulator-" + UUID.randomUUID();
        String here = TestTokens.token().subject(subject).roles("tabulator").claim("territory", "KZ-75").sign();
        String elsewhere = TestTokens.tabulator("KZ-71");
        String citizen = TestTokens.citizen();
        String protocols = "/api/v1/protocols?contest=" + contest.code();
        read(here, protocols).statusCode(200);
        read(elsewhere, protocols).statusCode(200);
        read(citizen, protocols).statusCode(403);

        double hits = count("hit");
        Map<String, Object> body = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        submit(elsewhere, body).statusCode(403);
        submit(citizen, body).statusCode(403);
        submit(here, body).statusCode(201).body("submittedBy", equalTo(subject));
        assertEquals(hits + 3, count("hit"), "all three came from the cache");

        given().auth().oauth2(TestObservers.national()).queryParam("entityId", contest.precincts().get(0).toString())
                .when().get("/api/v1/audit")
                .then().statusCode(200).body("actor", equalTo(List.of(subject)));
    }

    private static ValidatableResponse read(String token, String path) {
        return given().auth().oauth2(token).redirects().follow(false).when().get(path).then();
    }

    private double count(String result) {
        // none until the first bearer token of the run
        Counter counter = metrics.find(VerifiedTokenCache.REQUESTS).tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String reencoded(String part, String from, String to) {
        String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        if (!json.contains(from)) {
            throw new IllegalStateException("the token's payload has no " + from + ": " + json);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }
}
