package kz.elections.results.protocol;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;
import kz.elections.results.stub.UpstreamStub;

@QuarkusTest
class ProtocolResourceTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void upstreamBackUp() {
        UpstreamStub.recover();
        breakers.resetAll();
    }

    @Test
    void aProtocolIsAcceptedAndTheTotalsMove() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        submit(TestTokens.tabulator("KZ-75"), protocol(contest, 0, List.of(700L, 600L), 50, 100))
                .statusCode(201).contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/v1/protocols/[0-9a-f-]{36}"))
                .body("version", equalTo(1)).body("current", equalTo(true));

        given().auth().oauth2(TestObservers.national()).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200)
                .body("precincts", equalTo(2))
                .body("reportingPercent", equalTo("50.00"))
                .body("nation.tookPart", equalTo(1450))
                .body("nation.turnoutPercent", equalTo("48.33"))
                .body("options.votes", equalTo(List.of(700, 600)))
                .body("winner.outcome", equalTo("ELECTED"))
                .body("winner.winner", equalTo("Әбілов"))
                .body("units", hasSize(1));
    }

    @Test
    void aRetryCreatesNothingNewAndOtherFiguresNeedACorrectionWithAReason() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String tabulator = TestTokens.tabulator("KZ-75");
        Map<String, Object> first = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        String id = given().auth().oauth2(tabulator).header("Idempotency-Key", "p-1").contentType(ContentType.JSON).body(first)
                .when().post("/api/v1/protocols").then().statusCode(201).extract().path("id");
        given().auth().oauth2(tabulator).header("Idempotency-Key", "p-1").contentType(ContentType.JSON).body(first)
                .when().post("/api/v1/protocols").then().statusCode(200).body("id", equalTo(id));
        submit(tabulator, first).statusCode(200).body("id", equalTo(id));

        Map<String, Object> other = protocol(contest, 0, List.of(600L, 700L), 50, 100);
        submit(tabulator, other).statusCode(409).body("currentVersion", equalTo(1));
        other.put("correctionReason", "Figures of candidates 1 and 2 were swapped");
        submit(tabulator, other).statusCode(201).body("version", equalTo(2)).body("reason", containsString("swapped"));

        given().auth().oauth2(TestObservers.national()).queryParam("contest", contest.code()).when().get("/api/v1/protocols")
                .then().statusCode(200).body("version", equalTo(List.of(1, 2))).body("current", equalTo(List.of(false, true)));
        given().auth().oauth2(TestObservers.national()).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().body("options.votes", equalTo(List.of(600, 700))).body("nation.precinctsReported", equalTo(1))
                .body("winner.winner", equalTo("Ысқақов"));
    }

    @Test
    void anAcceptedProtocolAndItsCorrectionAreAuditedWithWhoWhenAndTheStateBeforeAndAfter() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String tabulator = TestTokens.token().subject("tabulator-almaty-7").roles("tabulator").claim("territory", "KZ-75").sign();
        String first = submit(tabulator, protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201)
                .extract().path("submittedAt");
        Map<String, Object> corrected = protocol(contest, 0, List.of(600L, 700L), 50, 100);
        corrected.put("correctionReason", "Figures of candidates 1 and 2 were swapped");
        submit(tabulator, corrected).statusCode(201);

        given().auth().oauth2(TestObservers.national()).queryParam("entityId", contest.precincts().get(0).toString())
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("protocol.accepted", "protocol.corrected")))
                .body("entityType", equalTo(List.of("protocol", "protocol")))
                .body("actor", equalTo(List.of("tabulator-almaty-7", "tabulator-almaty-7")))
                .body("[0].at", org.hamcrest.Matchers.notNullValue())
                .body("[0].after.submittedAt", equalTo(first))
                .body("[0].before", equalTo(null))
                .body("[0].after.version", equalTo(1))
                .body("[0].after.votes", equalTo(List.of(700, 600)))
                .body("[0].after.submittedBy", equalTo("tabulator-almaty-7"))
                .body("[1].before.votes", equalTo(List.of(700, 600)))
                .body("[1].after.version", equalTo(2))
                .body("[1].after.reason", containsString("swapped"));
    }

    @Test
    void concurrentProtocolsOfOneUnitAddUpExactly() throws Exception {
        int precincts = 24;
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"), java.util.Collections.nCopies(precincts, "KZ-75"));
        String tabulator = TestTokens.tabulator("KZ-75");
        List<Integer> statuses = concurrently(precincts, i -> submit(tabulator,
                protocol(contest, i, List.of(700L + i, 600L), 50, 100)).extract().statusCode());

        org.junit.jupiter.api.Assertions.assertEquals(java.util.Collections.nCopies(precincts, 201), statuses);
        given().auth().oauth2(TestObservers.national()).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200)
                .body("nation.precinctsReported", equalTo(precincts))
                // Σ (700 + i) for i < 24 = 16,800 + 276
                .body("options.votes", equalTo(List.of(17076, 14400)))
                .body("nation.tookPart", equalTo(17076 + 14400 + precincts * 150));
    }

    @Test
    void theSameProtocolSentConcurrentlyIsStoredAndCountedOnce() throws Exception {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String tabulator = TestTokens.tabulator("KZ-75");
        Map<String, Object> body = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        List<Integer> statuses = concurrently(8, i -> submit(tabulator, body).extract().statusCode());

        org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        org.junit.jupiter.api.Assertions.assertEquals(7, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        given().auth().oauth2(TestObservers.national()).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().body("nation.precinctsReported", equalTo(1)).body("options.votes", equalTo(List.of(700, 600)));
        given().auth().oauth2(TestObservers.national()).queryParam("entityId", contest.precincts().get(0).toString())
                .when().get("/api/v1/audit").then().body("action", equalTo(List.of("protocol.accepted")));
    }

    /** Runs {@code task} for 0 … n-1 on 8 threads at once; the results in order. */
    private static <T> List<T> concurrently(int n, java.util.function.IntFunction<T> task) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<T>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<T> future : futures) {
                results.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aProtocolFailingItsControlRelationsIsRefusedWithEveryRelationNamed() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        Map<String, Object> body = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        body.put("ballotsReceived", 2001);
        body.put("tookPart", 1600);
        submit(TestTokens.tabulator("KZ-75"), body)
                .statusCode(422).contentType("application/problem+json")
                .body("failedRelations.relation", equalTo(List.of("RECEIVED_EQUALS_ISSUED_PLUS_CANCELLED",
                        "TOOK_PART_AT_MOST_ISSUED", "TOOK_PART_EQUALS_INVALID_AGAINST_ALL_AND_VOTES")))
                .body("failedRelations[0].figures", equalTo("2001 ≠ 1500 + 500"));
        given().auth().oauth2(TestObservers.national()).queryParam("contest", contest.code()).when().get("/api/v1/protocols")
                .then().body("", hasSize(0));
    }

    @Test
    void aProtocolCountedOnAnotherBallotIsRefused() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        Map<String, Object> body = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        body.put("ballotHash", "0".repeat(64));
        submit(TestTokens.tabulator("KZ-75"), body).statusCode(409)
                .body("type", containsString("stale-ballot")).body("currentBallotHash", equalTo(contest.hash()));
    }

    @Test
    void votesMustMatchTheBallotsOptions() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        Map<String, Object> body = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        body.put("votes", List.of(Map.of("position", 1, "votes", 700), Map.of("position", 3, "votes", 600)));
        submit(TestTokens.tabulator("KZ-75"), body).statusCode(400)
                .body("violations.message", hasItem(containsString("no votes given for ballot position 2")))
                .body("violations.message", hasItem(containsString("ballot position 3 is not a candidate")));
    }

    @Test
    void tabulatorsActOnlyInsideTheirTerritory() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        Map<String, Object> body = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        submit(TestTokens.tabulator("KZ-71"), body).statusCode(403);
        submit(TestTokens.citizen(), body).statusCode(403);
        submit(TestObservers.national(), body).statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/protocols").then().statusCode(401);
        submit(TestTokens.tabulator("KZ"), body).statusCode(201);
    }

    @Test
    void anUnknownPrecinctOrContestIsRefused() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        Map<String, Object> body = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        body.put("precinct", UUID.randomUUID().toString());
        submit(TestTokens.tabulator("KZ"), body).statusCode(400).body("violations.field", hasItem("precinct"));
        body.put("contest", "no-such.contest");
        submit(TestTokens.tabulator("KZ"), body).statusCode(404);
    }

    @Test
    void upstreamDownIsA503WithRetryAfterAndNothingIsWritten() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        UpstreamStub.fail(500);
        submit(TestTokens.tabulator("KZ-75"), protocol(contest, 0, List.of(700L, 600L), 50, 100))
                .statusCode(503).header("Retry-After", equalTo("30")).contentType("application/problem+json");
        UpstreamStub.recover();
        breakers.resetAll();
        given().auth().oauth2(TestObservers.national()).queryParam("contest", contest.code()).when().get("/api/v1/protocols")
                .then().body("", hasSize(0));
    }
}
