package kz.elections.results.protocol;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/**
 * Protocols submitted together are written by one transaction (group commit), and each is still answered on its
 * own: one that fails in the batch fails alone, and concurrent retries under one Idempotency-Key store it once.
 */
@QuarkusTest
class ProtocolBatchTest {

    private static final List<String> FOUR_PRECINCTS = List.of("KZ-75", "KZ-75", "KZ-75", "KZ-75");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ProtocolStore store;

    @TestHTTPResource("/api/v1/protocols")
    URI protocols;

    @Test
    void aProtocolThatFailsInABatchFailsAloneAndTheOthersAreStoredAndCounted() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"), FOUR_PRECINCTS);
        String tabulator = TestTokens.tabulator("KZ-75");
        submit(tabulator, protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201); // the contest is loaded

        ProtocolStore.Pending second = pending(contest, 1, contest.code());
        ProtocolStore.Pending third = pending(contest, 2, contest.code());
        store.write(new ArrayList<>(List.of(third, second))); // one transaction
        ProtocolStore.Pending unknown = pending(contest, 3, contest.code() + "-unknown"); // no such contest: refused
        ProtocolStore.Pending again = pending(contest, 2, contest.code()); // the third precinct once more: meets its key
        store.write(new ArrayList<>(List.of(unknown, again))); // fails together, then written one by one

        assertThat(List.of(second.stored().join(), third.stored().join(), again.stored().join()), is(List.of(true, true, false)));
        assertThat(unknown.stored().isCompletedExceptionally(), is(true));
        assertThat(catchFailure(unknown).getMessage(), containsString("protocol_contest_code_fkey"));
        given().auth().oauth2(TestObservers.national()).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200).body("nation.precinctsReported", equalTo(3))
                .body("options.votes", equalTo(List.of(2000, 1800)));
        given().auth().oauth2(TestObservers.national()).queryParam("contest", contest.code())
                .queryParam("precinct", contest.precincts().get(3).toString()).when().get("/api/v1/protocols")
                .then().statusCode(200).body("version", equalTo(List.of()));
        given().auth().oauth2(TestObservers.national()).queryParam("entityId", contest.precincts().get(2).toString())
                .when().get("/api/v1/audit").then().statusCode(200).body("action", equalTo(List.of("protocol.accepted")));
    }

    @Test
    void concurrentSubmissionsUnderOneIdempotencyKeyStoreTheProtocolOnceAndAnswerItsId() throws Exception {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"), FOUR_PRECINCTS);
        String tabulator = TestTokens.tabulator("KZ-75");
        submit(tabulator, protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        String key = "together-" + UUID.randomUUID();
        Map<String, Object> body = protocol(contest, 1, List.of(650L, 600L), 50, 100);
        Map<String, Object> otherPrecinct = protocol(contest, 2, List.of(650L, 600L), 50, 100);

        String one = JSON.writeValueAsString(body);
        String other = JSON.writeValueAsString(otherPrecinct);
        List<HttpResponse<String>> answers = together(8, i -> HttpRequest.newBuilder(protocols)
                .header("Authorization", "Bearer " + tabulator).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(i < 6 ? one : other)).build());

        // The key goes to the first protocol stored: six submissions of one precinct and two of another raced for it.
        assertThat(answers.stream().filter(a -> a.statusCode() == 201).count(), is(1L));
        JsonPath created = JsonPath.from(answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow().body());
        boolean firstPrecinctWon = created.getString("precinct").equals(contest.precincts().get(1).toString());
        for (int i = 0; i < answers.size(); i++) {
            JsonPath answer = JsonPath.from(answers.get(i).body());
            if ((i < 6) == firstPrecinctWon) { // the same request as the stored one
                assertThat(answers.get(i).statusCode(), is(oneOf(200, 201)));
                assertThat(answer.getString("id"), is(created.getString("id")));
            } else {
                assertThat(answers.get(i).statusCode(), is(422));
                assertThat(answer.getString("type"), containsString("idempotency-key-reused"));
            }
        }
        given().auth().oauth2(TestObservers.national()).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200).body("nation.precinctsReported", equalTo(2));
    }

    /** {@code n} requests sent at the same moment, each on a connection of its own; their answers in order. */
    private static List<HttpResponse<String>> together(int n, IntFunction<HttpRequest> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                HttpRequest each = request.apply(i);
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return client.send(each, HttpResponse.BodyHandlers.ofString());
                };
                sent.add(clients.submit(call));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            clients.shutdown();
        }
    }

    private static Throwable catchFailure(ProtocolStore.Pending pending) {
        try {
            pending.stored().join();
            throw new AssertionError("stored");
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            while (cause.getCause() != null && !(cause instanceof java.sql.SQLException)) {
                cause = cause.getCause();
            }
            return cause;
        }
    }

    /** A consistent protocol of the contest's precinct (650 and 600 votes), for {@code contestCode}. */
    private static ProtocolStore.Pending pending(TestContest contest, int precinct, String contestCode) {
        Protocol protocol = new Protocol();
        protocol.id = UUID.randomUUID();
        protocol.contestCode = contestCode;
        protocol.precinctId = contest.precincts().get(precinct);
        protocol.unitCode = "KZ-75";
        protocol.current = true;
        protocol.version = 1;
        protocol.ballotHash = contest.hash();
        protocol.votersOnList = 3000;
        protocol.ballotsReceived = 2000;
        protocol.ballotsIssued = 1500;
        protocol.ballotsCancelled = 500;
        protocol.tookPart = 1400;
        protocol.invalid = 50;
        protocol.againstAll = 100;
        protocol.votes = List.of(650L, 600L);
        protocol.submittedBy = "batch-test";
        protocol.submittedAt = OffsetDateTime.now();
        return new ProtocolStore.Pending(protocol, contest.election(), "{\"id\":\"" + protocol.id + "\"}");
    }
}
