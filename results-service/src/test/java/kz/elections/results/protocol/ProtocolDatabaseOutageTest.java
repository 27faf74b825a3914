package kz.elections.results.protocol;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import kz.elections.common.DatabaseOutage;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;
import kz.elections.testing.PostgresProxy;
import kz.elections.testing.PostgresProxyTestResource;
import kz.elections.testing.TcpProxy;

/**
 * The API answers a precinct's first protocol when the writers' commit of it completes, with no thread waiting for it.
 * While the database cannot be reached, protocols handed to the writers together each fail as an outage, none is
 * left unanswered; sent over HTTP together, each is answered 503 with Retry-After and nothing is stored, and once the
 * database is back the same protocols are accepted. The database is taken away by cutting a proxy in front of it, so
 * the shared server keeps running.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresProxyTestResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "database", value = "tizim_results_test"))
class ProtocolDatabaseOutageTest {

    private static final List<String> SIX_PRECINCTS = List.of("KZ-75", "KZ-75", "KZ-75", "KZ-75", "KZ-75", "KZ-75");

    private static final ObjectMapper JSON = new ObjectMapper();

    @PostgresProxy
    TcpProxy database;

    @TestHTTPResource("/api/v1/protocols")
    URI protocols;

    @Inject
    ProtocolStore store;

    @AfterEach
    void restoreTheDatabase() {
        database.restore();
    }

    @Test
    void protocolsWaitingForTheWritersWhenTheDatabaseGoesAwayEachFailAsAnOutage() throws Exception {
        database.cut();
        List<CompletableFuture<Boolean>> stored = IntStream.range(0, 5).mapToObj(i -> store.storing(firstVersion(), "e", "{}"))
                .toList();

        for (CompletableFuture<Boolean> commit : stored) {
            ExecutionException failure = assertThrows(ExecutionException.class, commit::get);
            assertThat(DatabaseOutage.causes(failure.getCause()), is(true));
        }
    }

    /**
     * Whichever way a protocol goes (the writers for a contest kept in memory; the synchronous path on a worker while
     * this replica reads the contest again, as it does after its own notice of storing it), the answer is the same.
     */
    @Test
    void protocolsSentTogetherWhileTheDatabaseIsUnreachableAreEach503AndStoredOnlyOnceItIsBack() throws Exception {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"), SIX_PRECINCTS);
        String tabulator = TestTokens.tabulator("KZ-75");
        accepted(tabulator, protocol(contest, 0, List.of(700L, 600L), 50, 100)); // the contest is read

        database.cut();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.rangeClosed(1, 5)
                .mapToObj(precinct -> client.sendAsync(request(tabulator, contest, precinct), HttpResponse.BodyHandlers.ofString()))
                .toList();

        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode(), is(503));
            assertThat(response.headers().firstValue("Retry-After").orElse(""), is("5"));
            assertThat(response.headers().firstValue("Content-Type").orElse(""), startsWith("application/problem+json"));
            assertThat(JsonPath.from(response.body()).getString("type"), endsWith("/database-unavailable"));
        }

        database.restore();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(TestObservers.national()).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                        .then().statusCode(200).body("nation.precinctsReported", equalTo(1)));
        for (int precinct = 1; precinct <= 5; precinct++) {
            accepted(tabulator, protocol(contest, precinct, List.of(650L, 600L), 50, 100));
        }
        given().auth().oauth2(TestObservers.national()).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200).body("nation.precinctsReported", equalTo(6));
    }

    /** Submits {@code body} until it is accepted: a connection the pool kept from before a cut fails once more (503). */
    private static void accepted(String token, Map<String, Object> body) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                submit(token, body).statusCode(201));
    }

    /** A first version for the writers: what a statement needs bound, never written here. */
    private static Protocol firstVersion() {
        Protocol protocol = new Protocol();
        protocol.id = UUID.randomUUID();
        protocol.contestCode = "outage.test";
        protocol.precinctId = UUID.randomUUID();
        protocol.unitCode = "KZ-75";
        protocol.version = 1;
        protocol.current = true;
        protocol.ballotHash = "0".repeat(64);
        protocol.votes = List.of(650L, 600L);
        protocol.submittedBy = "outage-test";
        protocol.submittedAt = OffsetDateTime.now();
        return protocol;
    }

    /** The protocol of the contest's precinct (650 and 600 votes) as a request of its own. */
    private HttpRequest request(String token, TestContest contest, int precinct) {
        try {
            String body = JSON.writeValueAsString(protocol(contest, precinct, List.of(650L, 600L), 50, 100));
            return HttpRequest.newBuilder(protocols).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
