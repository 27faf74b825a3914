package kz.elections.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The production realm file, read as Keycloak imports it: what it must never allow. */
class RealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(Platform.ROOT.resolve("deploy/keycloak").resolve(file).toFile());
    }

    @Test
    void noClientOfTheProductionRealmAllowsThePasswordGrantOrTheImplicitFlow() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (JsonNode client : read("elections-realm.json").path("clients")) {
            if (client.path("directAccessGrantsEnabled").asBoolean(true) || client.path("implicitFlowEnabled").asBoolean(false)) {
                offenders.add(client.path("clientId").asText());
            }
        }
        assertEquals(List.of(), offenders, "clients with direct access grants (an absent flag means Keycloak's default: on)");
    }

    @Test
    void theProductionRealmHasNoPeopleNoSecretsAndNoSelfRegistration() throws IOException {
        JsonNode realm = read("elections-realm.json");
        assertFalse(realm.path("registrationAllowed").asBoolean(true));
        for (JsonNode user : realm.path("users")) {
            assertTrue(user.has("serviceAccountClientId"), "only service accounts: " + user.path("username"));
            assertFalse(user.has("credentials"), "no passwords: " + user.path("username"));
        }
        for (JsonNode client : realm.path("clients")) {
            String secret = client.path("secret").asText("");
            assertTrue(secret.isEmpty() || secret.matches("\\$\\{[A-Z_]+}"), "secrets come from the environment: "
                    + client.path("clientId"));
        }
    }

    @Test
    void theRealmHasTheRolesOfTheDesignAndThePagesUsePkce() throws IOException {
        JsonNode realm = read("elections-realm.json");
        Set<String> roles = new java.util.TreeSet<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        assertEquals(Set.of("citizen", "commission", "observer", "party-agent", "service", "tabulator"), roles);
        JsonNode web = find(realm, "tizim-web");
        assertTrue(web.path("publicClient").asBoolean());
        assertEquals("S256", web.path("attributes").path("pkce.code.challenge.method").asText());
        for (String service : List.of("ballot-service", "results-service")) {
            JsonNode client = find(realm, service);
            assertTrue(client.path("serviceAccountsEnabled").asBoolean(), service);
            assertFalse(client.path("standardFlowEnabled").asBoolean(true), service);
        }
    }

    @Test
    void thePasswordGrantLivesOnlyInTheLocalDevClient() throws IOException {
        List<String> withGrant = new ArrayList<>();
        for (JsonNode client : read("local/demo.json").path("clients")) {
            if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
                withGrant.add(client.path("clientId").asText());
            }
        }
        assertEquals(List.of("tizim-dev"), withGrant);
    }

    private static JsonNode find(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }
}
