package kz.elections.system;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;

/**
 * The whole platform, started once per test run exactly as a user starts it ({@code deploy/local/up.sh}: real
 * Keycloak with the realm, the local or an embedded PostgreSQL, the three packaged services, the demo
 * election), but beside any stack already running: its own state directory, databases (dropped first) and
 * ports. Stopped with {@code deploy/local/down.sh} when the JVM ends.
 */
final class Platform {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    static final Path STATE = ROOT.resolve("system-tests/target/stack");
    /** Where this run's ports start ({@code -Dtizim.system-ports}), so two checkouts can run their system tests at once. */
    private static final int PORTS = Integer.getInteger("tizim.system-ports", 18180);
    static final int KEYCLOAK_PORT = PORTS + 1;
    static final String KEYCLOAK = "http://localhost:" + KEYCLOAK_PORT;
    static final String REGISTRY = "http://localhost:" + (PORTS + 21);
    static final String BALLOT = "http://localhost:" + (PORTS + 22);
    static final String RESULTS = "http://localhost:" + (PORTS + 23);
    static final String DEMO_PASSWORD = "system-tests-demo";

    private static boolean started;

    private Platform() {
    }

    static synchronized void start() {
        if (started) {
            return;
        }
        Map<String, String> env = Map.of("TIZIM_STATE_DIR", STATE.toString(),
                "TIZIM_DB_PREFIX", System.getProperty("tizim.system-db-prefix", "tizim_system_"), "TIZIM_FRESH", "1",
                "KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT), "REGISTRY_PORT", String.valueOf(PORTS + 21),
                "BALLOT_PORT", String.valueOf(PORTS + 22), "RESULTS_PORT", String.valueOf(PORTS + 23),
                "TIZIM_EMBEDDED_PG_PORT", String.valueOf(PORTS - 2738), "TIZIM_DEMO_PASSWORD", DEMO_PASSWORD);
        try {
            Files.createDirectories(STATE);
            Files.deleteIfExists(STATE.resolve("up.log")); // this run's output only
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run(List.of("deploy/local/down.sh"), env, 120)));
        int exit = run(List.of("deploy/local/up.sh"), env, 1500);
        if (exit != 0) {
            throw new IllegalStateException("deploy/local/up.sh failed (exit " + exit + "):\n" + tail(STATE.resolve("up.log"))
                    + "\nLogs: " + STATE.resolve("logs"));
        }
        started = true;
    }

    private static int run(List<String> command, Map<String, String> env, int timeoutSeconds) {
        try {
            Files.createDirectories(STATE);
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(STATE.resolve("up.log").toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.subList(Math.max(0, lines.size() - 30), lines.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    static String secret(String name) {
        try {
            return Files.readString(STATE.resolve("keys").resolve(name)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user's access token through the dev-only client (password grant) the local realm adds. */
    static String token(String username) {
        return given().formParams(Map.of("grant_type", "password", "client_id", "tizim-dev", "username", username,
                        "password", DEMO_PASSWORD))
                .post(KEYCLOAK + "/realms/elections/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A service account's access token (client credentials). */
    static String clientToken(String clientId, String secret) {
        return clientToken(clientId, secret, "elections");
    }

    private static String clientToken(String clientId, String secret, String realm) {
        return given().formParams(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .post(KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A token of Keycloak's administrator client (up.sh's bootstrap client {@code tizim-admin}). */
    static String adminToken() {
        return clientToken("tizim-admin", secret("keycloak-admin-secret"), "master");
    }

    /** Creates a user with a realm role and attributes (as an administrator would) and returns its token. */
    static String newUser(String username, String role, Map<String, String> attributes) {
        String admin = adminToken();
        Map<String, Object> user = Map.of("username", username, "enabled", true, "realmRoles", List.of(role),
                "attributes", attributes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
                "credentials", List.of(Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false)));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("ifResourceExists", "FAIL", "users", List.of(user)))
                .post(KEYCLOAK + "/admin/realms/elections/partialImport").then().statusCode(200);
        return token(username);
    }
}
