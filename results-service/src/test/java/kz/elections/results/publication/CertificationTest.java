package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;
import kz.elections.results.stub.UpstreamStub;

/** A final version freezes the election's protocols; certification checks the tallies and completeness in integers. */
@QuarkusTest
class CertificationTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    private static final String ALICE = TestTokens.commission("alice", "KZ");
    private static final String BOB = TestTokens.commission("bob", "KZ");

    private static ValidatableResponse publish(String election, String reason) {
        return given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(reason == null ? Map.of() : Map.of("reason", reason))
                .when().post("/api/v1/elections/{code}/results", election).then();
    }

    private static ValidatableResponse certify(String election, int number) {
        return given().auth().oauth2(BOB).when()
                .post("/api/v1/elections/{code}/results/versions/{number}/certification", election, number).then();
    }

    private static ValidatableResponse reopen(String token, String election, Map<String, Object> body) {
        return (token == null ? given() : given().auth().oauth2(token)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/elections/{code}/results/reopening", election).then();
    }

    private static ValidatableResponse declareNotHeld(String token, String contest, String reason) {
        return (token == null ? given() : given().auth().oauth2(token)).contentType(ContentType.JSON)
                .body(Map.of("reason", reason)).when().post("/api/v1/contests/{code}/not-held", contest).then();
    }

    /** A district of KZ-75 whose precincts (one per unit given) have all reported: A 700, B 600 in each. */
    private static TestContest reported(List<String> precinctUnits) {
        TestContest contest = TestContest.district(List.of("A", "B"), precinctUnits);
        for (int p = 0; p < precinctUnits.size(); p++) {
            submit(TestTokens.tabulator("KZ"), protocol(contest, p, List.of(700L, 600L), 50, 100)).statusCode(201);
        }
        return contest;
    }

    private static Map<String, Object> correction(TestContest contest) {
        Map<String, Object> corrected = protocol(contest, 0, List.of(500L, 800L), 50, 100);
        corrected.put("correctionReason", "Figures of candidates A and B were swapped");
        return corrected;
    }

    @Test
    void aCorrectionAfterTheFinalVersionIsRefusedUntilTheResultsAreReopenedAndThenCertifiedAgain() {
        TestContest contest = reported(List.of("KZ-75", "KZ-71"));
        String election = contest.election();
        publish(election, null).statusCode(201).body("tallyDigest", matchesPattern("[0-9a-f]{64}"));
        certify(election, 1).statusCode(201).body("number", equalTo(2)).body("status", equalTo("FINAL"));

        submit(TestTokens.tabulator("KZ"), correction(contest)).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("results-certified")).body("election", equalTo(election))
                .body("certifiedVersion", equalTo(2)).body("detail", containsString("version 2"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(200);
        publish(election, "again").statusCode(409).body("type", endsWith("results-certified"));

        reopen(ALICE, election, Map.of()).statusCode(400);
        reopen(ALICE, election, Map.of("reason", "Precinct 1001 recounted by court order")).statusCode(201)
                .body("reopens", equalTo(2)).body("reason", equalTo("Precinct 1001 recounted by court order"));
        reopen(ALICE, election, Map.of("reason", "twice")).statusCode(409).body("type", endsWith("not-certified"));
        given().auth().oauth2(TestObservers.national())
                .queryParam("entityId", UUID.nameUUIDFromBytes((election + "#2").getBytes(StandardCharsets.UTF_8)))
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("action", equalTo(List.of("results.certified", "results.reopened")))
                .body("[1].actor", equalTo("alice")).body("[1].after.reason", equalTo("Precinct 1001 recounted by court order"));

        submit(TestTokens.tabulator("KZ"), correction(contest)).statusCode(201).body("version", equalTo(2));
        publish(election, "Precinct 1001 recounted").statusCode(201).body("number", equalTo(3))
                .body("status", equalTo("PROVISIONAL")).body("contests[0].winner.winner", equalTo("B"));
        certify(election, 3).statusCode(201).body("number", equalTo(4)).body("status", equalTo("FINAL"))
                .body("certifies", equalTo(3));
        Map<String, Object> again = protocol(contest, 0, List.of(700L, 600L), 50, 100);
        again.put("correctionReason", "back again");
        submit(TestTokens.tabulator("KZ"), again).statusCode(409).body("certifiedVersion", equalTo(4));
    }

    @Test
    void aFirstProtocolAfterTheFinalVersionIsRefusedToo() {
        TestContest contest = TestContest.district(List.of("A", "B"), List.of("KZ-75", "KZ-71", "KZ-75"));
        TestContest other = TestContest.anotherDistrict(contest, "smd-75-02", List.of("C", "D"), List.of("KZ-75"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(700L, 600L), 50, 100)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 2, List.of(700L, 600L), 50, 100)).statusCode(201);
        // No protocol of the other district has come; the commission declares it not held so that the election certifies.
        declareNotHeld(TestTokens.commission("carol", "KZ-75"), other.code(), "Its polling station burnt down")
                .statusCode(201);
        publish(contest.election(), null).statusCode(201);
        certify(contest.election(), 1).statusCode(201);

        submit(TestTokens.tabulator("KZ"), protocol(other, 0, List.of(10L, 20L), 0, 0)).statusCode(409)
                .body("type", endsWith("results-certified"));
        given().auth().oauth2(TestObservers.national()).queryParam("contest", other.code()).when().get("/api/v1/protocols")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void certificationIsRefusedWhenTheTalliesChangedSincePublication() {
        TestContest contest = reported(List.of("KZ-75", "KZ-71"));
        publish(contest.election(), null).statusCode(201);
        submit(TestTokens.tabulator("KZ"), correction(contest)).statusCode(201);

        certify(contest.election(), 1).statusCode(409).body("type", endsWith("tallies-changed"))
                .body("contest", equalTo(contest.code())).body("detail", containsString("publish again"));

        publish(contest.election(), "Precinct 1001 corrected").statusCode(201);
        certify(contest.election(), 2).statusCode(201).body("status", equalTo("FINAL"))
                .body("contests[0].winner.winner", equalTo("B"));
    }

    @Test
    void twoOfThreePrecinctsReportedCannotBeCertified() {
        TestContest contest = TestContest.district(List.of("A", "B"), List.of("KZ-75", "KZ-71", "KZ-75"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(700L, 600L), 50, 100)).statusCode(201);
        publish(contest.election(), null).statusCode(201).body("contests[0].reportingPercent", equalTo("66.67"));

        certify(contest.election(), 1).statusCode(409).body("type", endsWith("not-complete"))
                .body("contest", equalTo(contest.code())).body("detail", containsString("2 of its 3 precincts"));
    }

    @Test
    void certificationWaitsForEveryContestTheRegistryHoldsNamingEachOneNoProtocolReached() {
        TestContest held = reported(List.of("KZ-75"));
        TestContest noProtocols = TestContest.anotherDistrict(held, "smd-75-02", List.of("C", "D"), List.of("KZ-75"));
        ObjectNode noBallot = registryContest(held, "smd-75-03");
        UpstreamStub.putWithoutBallot(noBallot);
        publish(held.election(), null).statusCode(201).body("contests", hasSize(1));

        certify(held.election(), 1).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("not-complete")).body("contest", equalTo(noProtocols.code()))
                .body("incomplete.contest", equalTo(List.of(noProtocols.code(), noBallot.get("code").asText())))
                .body("detail", containsString("2 of the 3 contests of " + held.election() + " are not complete"))
                .body("detail", containsString(noBallot.get("code").asText() + " has no protocols"));

        // A contest no protocol reached is declared not held by the commission of its territory, as the registry places it.
        String reason = "No candidate stood";
        declareNotHeld(TestTokens.commission("dana", "KZ-71"), noBallot.get("code").asText(), reason).statusCode(403);
        declareNotHeld(TestTokens.commission("carol", "KZ-75"), noBallot.get("id").asText(), reason).statusCode(201)
                .body("contestCode", equalTo(noBallot.get("code").asText()));
        declareNotHeld(TestTokens.commission("carol", "KZ-75"), held.election() + ".smd-75-99", reason).statusCode(404);
        publish(held.election(), "smd-75-03 not held").statusCode(201)
                .body("changes", equalTo(List.of(noBallot.get("code").asText())))
                .body("notHeld.contestCode", equalTo(List.of(noBallot.get("code").asText())));
        certify(held.election(), 2).statusCode(409).body("incomplete.contest", equalTo(List.of(noProtocols.code())));

        submit(TestTokens.tabulator("KZ"), protocol(noProtocols, 0, List.of(10L, 20L), 0, 0)).statusCode(201);
        publish(held.election(), "smd-75-02 reported").statusCode(201);
        UpstreamStub.fail(500);
        try {
            certify(held.election(), 3).statusCode(503).header("Retry-After", notNullValue())
                    .body("type", endsWith("registry-unavailable"));
        } finally {
            UpstreamStub.recover();
            breakers.resetAll();
        }
        certify(held.election(), 3).statusCode(201).body("status", equalTo("FINAL"))
                .body("notHeld[0].reason", equalTo(reason));
    }

    /** A district of {@code sibling}'s election in KZ-75, as the registry gives it, that nobody stands in. */
    private static ObjectNode registryContest(TestContest sibling, String district) {
        ObjectNode contest = (ObjectNode) UpstreamStub.sampleArray("registry/election-contests.json").get(1);
        return contest.put("id", UUID.randomUUID().toString()).put("code", sibling.election() + "." + district)
                .put("electionId", sibling.electionId().toString()).put("electionCode", sibling.election())
                .put("unitCode", "KZ-75");
    }

    @Test
    void onlyTheCommissionOfTheTerritoryReopens() {
        TestContest contest = TestContest.partyList(10, List.of("A", "B"), List.of(1, 2));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 300L), 0, 0)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(700L, 300L), 0, 0)).statusCode(201);
        publish(contest.election(), null).statusCode(201);
        certify(contest.election(), 1).statusCode(201);
        Map<String, Object> reason = Map.of("reason", "A court annulled precinct 1001");

        reopen(TestTokens.commission("carol", "KZ-75"), contest.election(), reason).statusCode(403);
        reopen(TestTokens.tabulator("KZ"), contest.election(), reason).statusCode(403);
        reopen(TestObservers.national(), contest.election(), reason).statusCode(403);
        reopen(null, contest.election(), reason).statusCode(401);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(600L, 400L), 0, 0)).statusCode(409);

        reopen(ALICE, contest.election(), reason).statusCode(201);
    }

    @Test
    void aContestDeclaredNotHeldLetsTheElectionBeCertifiedAndTheVersionShowsIt() {
        TestContest held = reported(List.of("KZ-75", "KZ-71"));
        TestContest notHeld = TestContest.anotherDistrict(held, "smd-75-02", List.of("C", "D"), List.of("KZ-75"));
        // A protocol for a precinct that does not vote there: refused, but the contest is now known, without protocols.
        Map<String, Object> stray = protocol(notHeld, 0, List.of(10L, 20L), 0, 0);
        stray.put("precinct", UUID.randomUUID().toString());
        submit(TestTokens.tabulator("KZ"), stray).statusCode(400);
        publish(held.election(), null).statusCode(201).body("contests", hasSize(2))
                .body("contests.find { it.contestCode == '" + notHeld.code() + "' }.notHeld", nullValue());

        certify(held.election(), 1).statusCode(409).body("type", endsWith("not-complete"))
                .body("contest", equalTo(notHeld.code())).body("detail", containsString("has no protocols"));

        String reason = "The only polling station was closed by flooding";
        declareNotHeld(TestTokens.commission("dana", "KZ-71"), notHeld.code(), reason).statusCode(403);
        declareNotHeld(TestTokens.tabulator("KZ-75"), notHeld.code(), reason).statusCode(403);
        declareNotHeld(null, notHeld.code(), reason).statusCode(401);
        declareNotHeld(TestTokens.commission("carol", "KZ-75"), notHeld.code(), " ").statusCode(400);
        declareNotHeld(TestTokens.commission("carol", "KZ-75"), notHeld.code(), reason).statusCode(201)
                .body("contestCode", equalTo(notHeld.code())).body("reason", equalTo(reason));
        declareNotHeld(TestTokens.commission("carol", "KZ-75"), notHeld.contestId().toString(), reason).statusCode(200);
        given().auth().oauth2(TestObservers.national()).queryParam("entityId", notHeld.contestId().toString())
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("action", equalTo(List.of("contest.declared-not-held"))).body("[0].actor", equalTo("carol"));

        // Version 1 does not show the declaration: it must be published again.
        certify(held.election(), 1).statusCode(409).body("type", endsWith("tallies-changed"))
                .body("contest", equalTo(notHeld.code()));
        publish(held.election(), "smd-75-02 not held").statusCode(201).body("changes", equalTo(List.of(notHeld.code())));
        certify(held.election(), 2).statusCode(201).body("status", equalTo("FINAL"));
        given().when().get("/api/v1/elections/{code}/results/latest", held.election()).then().statusCode(200)
                .body("status", equalTo("FINAL"))
                .body("contests.find { it.contestCode == '" + notHeld.code() + "' }.notHeld.reason", equalTo(reason))
                // A contest not held elects nobody, whatever protocols arrived.
                .body("contests.find { it.contestCode == '" + notHeld.code() + "' }.elected.status", equalTo("NOT_HELD"))
                .body("contests.find { it.contestCode == '" + notHeld.code() + "' }.elected.elected", hasSize(0))
                .body("contests.find { it.contestCode == '" + held.code() + "' }.elected.status", equalTo("COMPLETE"))
                .body("contests.find { it.contestCode == '" + held.code() + "' }.notHeld", nullValue());

        declareNotHeld(TestTokens.commission("carol", "KZ-75"), held.code(), reason).statusCode(409)
                .body("type", endsWith("results-certified"));
    }
}
