package kz.elections.system;

import static io.restassured.RestAssured.given;
import static kz.elections.system.Platform.BALLOT;
import static kz.elections.system.Platform.KEYCLOAK;
import static kz.elections.system.Platform.REGISTRY;
import static kz.elections.system.Platform.RESULTS;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import kz.elections.testing.Tokens;

/** Across the services, with tokens Keycloak really issued: who is refused, and that the refusal is 401 or 403. */
class SecurityTest {

    private static final String LIST = "mazhilis-2023.list";

    @BeforeAll
    static void platform() {
        Platform.start();
    }

    @Test
    void theServiceOnlyRegistrationsNeedTheCallingServicesToken() {
        given().get(REGISTRY + "/api/v1/contests/" + LIST + "/registrations").then().statusCode(401);
        given().auth().oauth2(Platform.token("citizen")).get(REGISTRY + "/api/v1/contests/" + LIST + "/registrations")
                .then().statusCode(403);
        String ballotService = Platform.clientToken("ballot-service", Platform.secret("ballot-client-secret"));
        given().auth().oauth2(ballotService).get(REGISTRY + "/api/v1/contests/" + LIST + "/registrations")
                .then().statusCode(200);
        // ballot-service's token is for the registry only, so ballot-service itself does not take it.
        given().auth().oauth2(ballotService).contentType(ContentType.JSON).body("{\"contest\": \"" + LIST + "\"}")
                .post(BALLOT + "/api/v1/ballots").then().statusCode(401);
    }

    @Test
    void aCitizenCanNeitherApproveABallotNorSubmitAProtocol() {
        String citizen = Platform.token("citizen");
        given().auth().oauth2(citizen).contentType(ContentType.JSON).body("{\"contest\": \"" + LIST + "\"}")
                .post(BALLOT + "/api/v1/ballots").then().statusCode(403);
        given().auth().oauth2(citizen).post(BALLOT + "/api/v1/ballots/" + java.util.UUID.randomUUID() + "/approval")
                .then().statusCode(403);
        given().auth().oauth2(citizen).contentType(ContentType.JSON).body("{}")
                .post(RESULTS + "/api/v1/protocols").then().statusCode(403);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEverywhere() {
        // Signed, well formed, with the right audience and role, but by an issuer the platform does not trust.
        for (String[] target : List.of(new String[] {REGISTRY, "registry-service"}, new String[] {BALLOT, "ballot-service"},
                new String[] {RESULTS, "results-service"})) {
            String foreign = Tokens.forAudience(target[1]).roles("commission").claim("territory", "KZ").sign();
            given().auth().oauth2(foreign).get(target[0] + "/api/v1/audit").then().statusCode(401);
        }
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        // The demo consumer's token is for results-service; with the same observer role the registry refuses it.
        String consumer = Platform.clientToken("results-consumer", Platform.secret("consumer-client-secret"));
        given().auth().oauth2(consumer).get(RESULTS + "/api/v1/audit").then().statusCode(200);
        given().auth().oauth2(consumer).get(REGISTRY + "/api/v1/audit").then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        // A client whose tokens live three seconds, with the platform's audiences, so nothing but the expiry differs.
        String admin = Platform.adminToken();
        Map<String, Object> audience = Map.of("name", "audience registry-service", "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper", "config", Map.of("included.client.audience", "registry-service",
                        "access.token.claim", "true"));
        Map<String, Object> client = Map.of("clientId", "short-lived", "publicClient", false, "secret", "short-lived-secret",
                "serviceAccountsEnabled", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
                "attributes", Map.of("access.token.lifespan", "3"), "protocolMappers", List.of(audience));
        Map<String, Object> account = Map.of("username", "service-account-short-lived", "enabled", true,
                "serviceAccountClientId", "short-lived", "realmRoles", List.of("observer"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("ifResourceExists", "SKIP", "clients", List.of(client), "users", List.of(account)))
                .post(KEYCLOAK + "/admin/realms/elections/partialImport").then().statusCode(200);

        String expiring = Platform.clientToken("short-lived", "short-lived-secret");
        Instant expiry = Instant.ofEpochSecond(claims(expiring).get("exp").longValue());
        while (!Instant.now().isAfter(expiry.plusSeconds(1))) {
            Thread.sleep(100); // waiting for the token's own expiry time to pass
        }
        given().auth().oauth2(expiring).get(REGISTRY + "/api/v1/audit").then().statusCode(401);
        // The same client's fresh token is taken: the refusal was the expiry.
        given().auth().oauth2(Platform.clientToken("short-lived", "short-lived-secret")).get(REGISTRY + "/api/v1/audit")
                .then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> claims(String jwt) throws Exception {
        byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return new ObjectMapper().readValue(new String(payload, StandardCharsets.UTF_8), Map.class);
    }

    @Test
    void signInWorksFromLocalhostAndFrom127001AndNowhereElse() {
        for (String page : List.of(REGISTRY + "/ui/signin", BALLOT + "/ui/commission/contests/" + LIST + "/ballot",
                RESULTS + "/ui/signin")) {
            for (String origin : List.of(page, page.replace("//localhost:", "//127.0.0.1:"))) {
                String toKeycloak = given().redirects().follow(false).get(origin).then().statusCode(302)
                        .extract().header("Location");
                // Keycloak shows its sign-in form only for a redirect URI the realm allows (the Location is encoded)
                int status = given().urlEncodingEnabled(false).redirects().follow(false).get(toKeycloak).statusCode();
                org.junit.jupiter.api.Assertions.assertEquals(200, status, toKeycloak);
            }
        }
        given().redirects().follow(false).queryParams(Map.of("client_id", "tizim-web", "response_type", "code",
                        "scope", "openid", "redirect_uri", "http://attacker.example/ui"))
                .get(KEYCLOAK + "/realms/elections/protocol/openid-connect/auth").then().statusCode(400);
    }
}
