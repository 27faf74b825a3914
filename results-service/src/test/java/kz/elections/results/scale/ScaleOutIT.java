package kz.elections.results.scale;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.StreamFollowing;
import kz.elections.results.stub.TestContest;
import kz.elections.results.stub.UpstreamStub;

/**
 * Two instances of the packaged service, A and B, on one database, as two pods behind one Kubernetes Service (this
 * test application serves them the upstream stubs and is a third instance on the database): intake spread over both
 * stores every protocol once with exact totals, whatever one publishes or corrects the other serves at once, and a
 * rolling restart behind nginx answers every request.
 */
@QuarkusTest
class ScaleOutIT {

    private static final int PROTOCOLS = 2_000;
    private static final int CLIENTS = 16;
    private static final List<String> CANDIDATES = List.of("Әбілов", "Ысқақов", "Серікбаев");

    private static Replica a;
    private static Replica b;

    @TestHTTPResource("/")
    URL root;

    private synchronized void replicas() {
        if (a == null) {
            a = new Replica("replica-a", root.getPort()).start();
            b = new Replica("replica-b", root.getPort()).start();
        }
    }

    @AfterAll
    static void stop() {
        for (Replica replica : new Replica[] { a, b }) {
            if (replica != null) {
                replica.stop();
            }
        }
    }

    /** A district of KZ-75 with {@code precincts} precincts, half of them in KZ-71; loaded by no instance yet. */
    private static TestContest freshContest(int precincts) {
        List<String> units = new ArrayList<>();
        for (int p = 0; p < precincts; p++) {
            units.add(p % 2 == 0 ? "KZ-75" : "KZ-71");
        }
        return TestContest.district(CANDIDATES, units);
    }

    @Test
    void twoThousandProtocolsFromSixteenClientsOverTwoInstancesAreStoredOnceWithExactTotals() throws Exception {
        replicas();
        TestContest contest = freshContest(PROTOCOLS);
        Intake intake = new Intake(contest, TestTokens.tabulator("KZ"), List.of(a.url(), b.url()));

        int sent = intake.run(CLIENTS, () -> true);

        assertEquals(PROTOCOLS, sent);
        assertEquals(Map.of(201, PROTOCOLS), intake.counts(), "answers by status; the first refused: " + intake.failures.peek());
        assertEquals(1, UpstreamStub.precinctReads(contest.code()),
                "the contest is loaded once, by one instance, while the first protocols wait at both");
        assertEquals(List.of((long) PROTOCOLS, (long) PROTOCOLS), storedProtocols(contest));
        for (Replica replica : List.of(a, b)) {
            JsonPath tabulation = tabulation(replica, contest);
            assertEquals(PROTOCOLS, tabulation.getInt("nation.precinctsReported"), replica.name);
            for (int c = 0; c < CANDIDATES.size(); c++) {
                assertEquals(Intake.total(PROTOCOLS, c), tabulation.getLong("options[" + c + "].votes"), replica.name + " candidate " + c);
            }
        }
    }

    @Test
    void aVersionPublishedThroughOneInstanceIsServedAndStreamedByTheOtherOnItsNotice() throws Exception {
        replicas();
        TestContest contest = freshContest(2);
        String election = contest.election();
        submit(a, protocol(contest, 0, List.of(500L, 400L, 300L), 10, 20)).statusCode(201);
        given().baseUri(b.url()).when().get("/api/v1/elections/{code}/results/latest", election).then().statusCode(404);

        try (StreamFollowing following = StreamFollowing.of(b.url() + "/", election)) {
            publish(a, election, null);
            assertEquals(1, following.next().getInt("number"), "B's stream announces the version A published");
            served(b, election, "\"" + election + "-1\"");
            for (int read = 0; read < 2; read++) { // the first renders B's page, the second is served from its bytes
                given().baseUri(b.url()).when().get("/ui/elections/{code}", election).then().statusCode(200)
                        .header("ETag", "W/\"" + election + "-1-kk\"");
            }

            submit(b, protocol(contest, 1, List.of(100L, 200L, 300L), 10, 20)).statusCode(201);
            long published = publish(a, election, "Second precinct reported");
            served(b, election, "\"" + election + "-2\"");
            // No replica polls: B learns of version 2 only from A's notice, so serving it at all proves the notice.
            // How soon is a figure for the log, not an assertion: it depends on the machine.
            System.out.printf("B served version 2 %d ms after A published it%n", (System.nanoTime() - published) / 1_000_000);
            assertEquals(2, following.next().getInt("number"));
            given().baseUri(b.url()).when().get("/ui/elections/{code}", election).then().statusCode(200)
                    .header("ETag", "W/\"" + election + "-2-kk\"");
        }
    }

    @Test
    void aCorrectionThroughOneInstanceIsInTheOthersTabulation() {
        replicas();
        TestContest contest = freshContest(2);
        submit(a, protocol(contest, 0, List.of(500L, 400L, 300L), 10, 20)).statusCode(201);
        assertEquals(List.of(500, 400, 300), tabulation(b, contest).getList("options.votes"));

        Map<String, Object> corrected = protocol(contest, 0, List.of(400L, 500L, 300L), 10, 20);
        corrected.put("correctionReason", "Figures of candidates 1 and 2 were swapped");
        submit(b, corrected).statusCode(201);

        assertEquals(List.of(400, 500, 300), tabulation(a, contest).getList("options.votes"));
        assertEquals(1, tabulation(a, contest).getInt("nation.precinctsReported"));
    }

    @Test
    void aRollingRestartBehindTheBalancerAnswersEveryRequestAndLosesNoProtocol() throws Exception {
        replicas();
        TestContest contest = freshContest(10_000);
        try (Balancer balancer = new Balancer(List.of(a, b))) {
            Intake intake = new Intake(contest, TestTokens.tabulator("KZ"), List.of(balancer.url()));
            CompletableFuture<Void> restart = new CompletableFuture<>();
            Thread restarter = new Thread(() -> {
                try {
                    await().atMost(Duration.ofMinutes(2)).until(() -> intake.accepted.get() >= 200);
                    int beforeStop = intake.accepted.get();
                    a.stop();
                    int stopped = intake.accepted.get();
                    a.start();
                    int restarted = intake.accepted.get();
                    await().atMost(Duration.ofMinutes(2)).until(() -> intake.accepted.get() >= restarted + 200 || intake.exhausted());
                    System.out.printf("rolling restart: %d protocols accepted before SIGTERM to A, %d while A drained, %d while A was "
                            + "down and starting, %d after%n", beforeStop, stopped - beforeStop, restarted - stopped,
                            intake.accepted.get() - restarted);
                    restart.complete(null);
                } catch (Throwable failed) {
                    restart.completeExceptionally(failed);
                }
            }, "rolling-restart");
            restarter.start();

            int sent = intake.run(8, () -> !restart.isDone());
            restart.get(1, TimeUnit.MINUTES);

            // 201, or 200 for a protocol that an instance stored but could not answer before its connection closed, and
            // that the balancer sent again to the other: the same figures again answer the accepted protocol.
            Map<Integer, Integer> answers = intake.counts();
            assertEquals(java.util.Set.of(), answers.keySet().stream().filter(status -> status != 200 && status != 201)
                    .collect(java.util.stream.Collectors.toSet()), "answers through the balancer " + answers + "; the first refused: "
                            + intake.failures.peek());
            assertEquals(sent, answers.values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(List.of((long) sent, (long) sent), storedProtocols(contest));
            JsonPath tabulation = tabulation(b, contest);
            assertEquals(sent, tabulation.getInt("nation.precinctsReported"));
            assertEquals(Intake.total(sent, 0), tabulation.getLong("options[0].votes"));
        }
    }

    private static io.restassured.response.ValidatableResponse submit(Replica replica, Map<String, Object> body) {
        return given().baseUri(replica.url()).auth().oauth2(TestTokens.tabulator("KZ")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/protocols").then();
    }

    /** Publishes the election's next version through {@code replica}; the instant its answer came. */
    private static long publish(Replica replica, String election, String reason) {
        given().baseUri(replica.url()).auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON)
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .when().post("/api/v1/elections/{code}/results", election).then().statusCode(201);
        return System.nanoTime();
    }

    /** Waits until {@code replica} serves {@code etag} as the election's latest. */
    private static void served(Replica replica, String election, String etag) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() -> etag.equals(
                given().baseUri(replica.url()).when().get("/api/v1/elections/{code}/results/latest", election).header("ETag")));
    }

    private static JsonPath tabulation(Replica replica, TestContest contest) {
        return given().baseUri(replica.url()).auth().oauth2(TestTokens.commission("KZ"))
                .when().get("/api/v1/contests/{code}/tabulation", contest.code()).then().statusCode(200).extract().jsonPath();
    }

    /** The contest's current protocols and the precincts they are of, as the database holds them. */
    private static List<Long> storedProtocols(TestContest contest) throws Exception {
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                PreparedStatement query = db.prepareStatement(
                        "select count(*), count(distinct precinct_id) from protocol where contest_code = ? and current")) {
            query.setString(1, contest.code());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return List.of(row.getLong(1), row.getLong(2));
            }
        }
    }
}
