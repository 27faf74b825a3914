package kz.elections.registry.repeat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.mandate.MandateFixtures;
import kz.elections.registry.nomination.Nomination;
import kz.elections.registry.nomination.NominationFixtures;

@QuarkusTest
class RepeatResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));
    /** The original election day: five days ago. */
    private static final LocalDate ELECTION_DAY = TODAY.minusDays(5);

    @Inject
    MandateFixtures fixtures;

    private record Tied(String contest, List<Nomination> candidates) {
    }

    /** A district of a Mazhilis election held five days ago with {@code stood} registered candidates. */
    private Tied district(int stood) {
        String election = ElectionFixtures.create(ElectionFixtures.request("MAZHILIS", null, ELECTION_DAY)).getString("code");
        String contest = election + ".smd-75-01";
        List<Nomination> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < stood; i++) {
            candidates.add(fixtures.selfNominated(contest, ELECTION_DAY, MandateFixtures.SURNAMES.get(i)));
        }
        return new Tied(contest, candidates);
    }

    private static Map<String, Object> request(String outcome, List<UUID> tied, LocalDate day) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        body.put("tied", tied);
        body.put("electionDay", day.toString());
        body.put("calledOn", TODAY.toString());
        return body;
    }

    private static ValidatableResponse create(String token, String contest, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contests/{code}/repeat", contest).then();
    }

    @Test
    void aRepeatVoteCarriesOnlyTheTiedCandidatesRegistrationsReusedAndTakesNoNominations() {
        Tied tied = district(3);
        List<UUID> two = List.of(tied.candidates().get(0).id, tied.candidates().get(2).id);

        // A Mazhilis district's repeat is a national election: the central commission calls it.
        create(TestTokens.regionalCommission("KZ-75"), tied.contest(),
                request("REPEAT_VOTE_REQUIRED", two, ELECTION_DAY.plusMonths(1))).statusCode(403);
        String repeat = create(TestTokens.centralCommission(), tied.contest(),
                request("REPEAT_VOTE_REQUIRED", two, ELECTION_DAY.plusMonths(1)))
                .statusCode(201).body("kind", equalTo("VOTE")).body("originalContest", equalTo(tied.contest()))
                .body("candidates", hasSize(2)).extract().path("contestCode");

        given().when().get("/api/v1/contests/{code}/candidates", repeat).then().statusCode(200)
                .body("candidates.nominationId", containsInAnyOrder(two.get(0).toString(), two.get(1).toString()));
        given().when().get("/api/v1/contests/{code}/repeat", tied.contest()).then().statusCode(200)
                .body("contestCode", equalTo(repeat)).body("electionDay", equalTo(ELECTION_DAY.plusMonths(1).toString()));
        NominationFixtures.submit(TestTokens.citizen(), NominationFixtures.self(repeat, NominationFixtures.person()))
                .statusCode(409).body("type", containsString("repeat-vote"));
        String contestId = given().when().get("/api/v1/contests/{code}", repeat).then().extract().path("id");
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", contestId)
                .when().get("/api/v1/audit").then().statusCode(200).body("action", hasItem("contest.repeat-created"));
        create(TestTokens.centralCommission(), tied.contest(), request("REPEAT_VOTE_REQUIRED", two, ELECTION_DAY.plusDays(20)))
                .statusCode(409);
    }

    @Test
    void aRepeatElectionOpensNominationAgain() {
        Tied tied = district(2);
        Map<String, Object> body = request("REPEAT_ELECTION_REQUIRED", List.of(), ELECTION_DAY.plusDays(25));
        body.put("calendar", Map.of("nominationOpensOn", TODAY.minusDays(1).toString(), "nominationClosesOn",
                TODAY.plusDays(5).toString(), "registrationClosesOn", TODAY.plusDays(10).toString()));

        String repeat = create(TestTokens.centralCommission(), tied.contest(), body)
                .statusCode(201).body("kind", equalTo("ELECTION")).body("candidates", hasSize(0)).extract().path("contestCode");

        NominationFixtures.submit(TestTokens.citizen(), NominationFixtures.self(repeat, NominationFixtures.person()))
                .statusCode(201);
    }

    @Test
    void refusesWhatDoesNotMeetTheLawAndCreatesNothing() {
        Tied tied = district(3);
        List<UUID> two = List.of(tied.candidates().get(0).id, tied.candidates().get(1).id);

        create(TestTokens.centralCommission(), tied.contest(),
                request("REPEAT_VOTE_REQUIRED", two, ELECTION_DAY.plusMonths(1).plusDays(1)))
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("electionDay"))
                .body("violations[0].message", containsString("within 1 month"));
        create(TestTokens.centralCommission(), tied.contest(), request("REPEAT_ELECTION_REQUIRED", two, ELECTION_DAY.plusDays(7)))
                .statusCode(400).body("violations[0].field", equalTo("outcome"));
        create(TestTokens.centralCommission(), tied.contest(),
                request("REPEAT_VOTE_REQUIRED", List.of(two.get(0), UUID.randomUUID()), ELECTION_DAY.plusDays(7)))
                .statusCode(400).body("violations[0].field", equalTo("tied"));
        create(TestTokens.centralCommission(), tied.contest(), request("ELECTED", two, ELECTION_DAY.plusDays(7)))
                .statusCode(400).body("violations[0].field", equalTo("outcome"));
        given().when().get("/api/v1/contests/{code}/repeat", tied.contest()).then().statusCode(404);
    }

    @Test
    void onlyTheCommissionOfTheContestsTerritoryCreatesARepeat() {
        Tied tied = district(3);
        Map<String, Object> body = request("REPEAT_VOTE_REQUIRED", List.of(tied.candidates().get(0).id,
                tied.candidates().get(1).id), ELECTION_DAY.plusDays(7));

        create(TestTokens.regionalCommission("KZ-71"), tied.contest(), body).statusCode(403);
        create(TestTokens.partyAgent(UUID.randomUUID()), tied.contest(), body).statusCode(403);
        create(TestTokens.observer(), tied.contest(), body).statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/contests/{code}/repeat", tied.contest())
                .then().statusCode(401);
        given().when().get("/api/v1/contests/{code}/repeat", tied.contest()).then().statusCode(404);
    }
}
