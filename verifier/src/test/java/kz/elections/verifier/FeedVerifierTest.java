package kz.elections.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The verifier against a feed of served JSON files, as a mirror of results-service would serve them: a chain that
 * holds, and the same chain with a version's figures altered, with a link re-pointed, and with a version missing.
 */
class FeedVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELECTION = "mazhilis-2023";

    private HttpServer server;
    private final Map<String, String> files = new HashMap<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = files.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "{\"status\":404}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Versions 1 … n of a list contest, each linked to the one before, as results-service publishes them. */
    private static List<ObjectNode> chain(int n) {
        List<ObjectNode> versions = new ArrayList<>();
        String previous = null;
        for (int number = 1; number <= n; number++) {
            ObjectNode version = JSON.createObjectNode();
            version.put("electionCode", ELECTION).put("number", number).put("status", number == n ? "FINAL" : "PROVISIONAL")
                    .put("asOf", "2023-03-20T0" + number + ":00:00Z").put("reason", number == 1 ? null : "more precincts")
                    .put("tallyDigest", "ab".repeat(32)).put("previousDigest", previous).put("auditHead", "cd".repeat(32));
            version.putArray("changes").add(ELECTION + ".list");
            ObjectNode contest = version.putArray("contests").addObject().put("contestCode", ELECTION + ".list")
                    .put("precinctsReported", 1000 * number).put("reportingPercent", "12.50");
            contest.putObject("nation").put("tookPart", 431_510L * number).put("turnoutPercent", 61.8);
            version.putArray("notHeld");
            version.put("digest", VersionDigest.of(version));
            previous = version.get("digest").asText();
            versions.add(version);
        }
        return versions;
    }

    private void publish(List<ObjectNode> versions) {
        String feed = "/api/v1/elections/" + ELECTION + "/results/versions";
        ObjectNode index = JSON.createObjectNode().put("electionCode", ELECTION);
        for (ObjectNode version : versions) {
            int number = version.get("number").asInt();
            index.withArray("versions").addObject().put("number", number).put("digest", version.get("digest").asText())
                    .putObject("links").put("self", feed + "/" + number);
            files.put(feed + "/" + number, version.toString());
        }
        files.put(feed, index.toString());
    }

    private record Run(int status, String output) {
    }

    private Run verify() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = new FeedVerifier(new PrintStream(printed, true, StandardCharsets.UTF_8))
                .verify(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), ELECTION);
        return new Run(status, printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aChainThatHoldsIsOk() {
        List<ObjectNode> versions = chain(3);
        publish(versions);

        Run run = verify();

        assertEquals(FeedVerifier.HOLDS, run.status(), run.output());
        assertTrue(run.output().contains("OK: 3 version(s) of " + ELECTION + ", head digest " + versions.get(2).get("digest").asText()),
                run.output());
    }

    @Test
    void aVersionWhoseFiguresWereAlteredIsNamed() {
        List<ObjectNode> versions = chain(3);
        ((ObjectNode) versions.get(1).get("contests").get(0).get("nation")).put("tookPart", 999_999L);
        publish(versions);

        Run run = verify();

        assertEquals(FeedVerifier.BROKEN, run.status(), run.output());
        assertTrue(run.output().contains("version 1 " + versions.get(0).get("digest").asText() + " ok"), run.output());
        assertTrue(run.output().contains("BROKEN at version 2: its content does not match its digest"), run.output());
    }

    @Test
    void aVersionRecomputedOverAlteredFiguresBreaksTheNextLink() {
        List<ObjectNode> versions = chain(3);
        ObjectNode altered = versions.get(1);
        ((ObjectNode) altered.get("contests").get(0).get("nation")).put("tookPart", 999_999L);
        altered.put("digest", VersionDigest.of(altered));
        publish(versions);

        Run run = verify();

        assertEquals(FeedVerifier.BROKEN, run.status(), run.output());
        assertTrue(run.output().contains("BROKEN at version 3: its previousDigest"), run.output());
    }

    @Test
    void aVersionLeftOutOfTheListIsNamed() {
        List<ObjectNode> versions = chain(3);
        versions.remove(1);
        publish(versions);

        Run run = verify();

        assertEquals(FeedVerifier.BROKEN, run.status(), run.output());
        assertTrue(run.output().contains("BROKEN at version 2"), run.output());
    }

    @Test
    void aFeedThatCannotBeReadIsSaidSo() {
        Run run = verify();

        assertEquals(FeedVerifier.UNREADABLE, run.status(), run.output());
        assertTrue(run.output().contains("answered 404"), run.output());
    }
}
