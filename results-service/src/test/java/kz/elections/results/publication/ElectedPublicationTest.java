package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.results.TestClock;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;
import kz.elections.results.stub.TestProtocols;

/** The published results follow who takes the seats: the party's naming, or the commission's assignment by list order. */
@QuarkusTest
class ElectedPublicationTest {

    private static final String ALICE = TestTokens.commission("alice", "KZ");
    private static final String BOB = TestTokens.commission("bob", "KZ");

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static void publishAndCertify(TestContest contest, int provisional) {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body(provisional == 1 ? Map.of() : Map.of("reason", "again"))
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201);
        given().auth().oauth2(BOB).when().post("/api/v1/elections/{code}/results/versions/{n}/certification",
                contest.election(), provisional).then().statusCode(201);
    }

    private static ValidatableResponse latest(TestContest contest) {
        return given().when().get("/api/v1/elections/{code}/results/latest", contest.election()).then().statusCode(200);
    }

    private static ValidatableResponse name(TestContest contest, String party, List<UUID> candidates) {
        return given().auth().oauth2(TestTokens.token().roles("party-agent").claim("party", party).sign())
                .contentType(ContentType.JSON).body(Map.of("candidates", candidates))
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), party).then();
    }

    private static String party(TestContest contest, int index) {
        return contest.refs().get(index).toString();
    }

    private static String elected(String party, String field) {
        return "contests[0].elected.parties.find { it.partyId == '" + party + "' }." + field;
    }

    @Test
    void aPartyNamingItsElectedAfterCertificationIsPublishedAsANewFinalVersionWithTheSameFigures() {
        TestContest contest = TestProtocols.reportedTwoLists();
        publishAndCertify(contest, 1);
        String a = party(contest, 0);
        String b = party(contest, 1);
        latest(contest).body("number", equalTo(2)).body("contests[0].elected.status", equalTo("AWAITING_PARTIES"))
                .body(elected(a, "status"), equalTo("AWAITING_PARTY")).body(elected(b, "status"), equalTo("AWAITING_PARTY"));
        String digest = latest(contest).extract().path("tallyDigest");

        List<UUID> bList = contest.listCandidates().get("B");
        // Ысқақов, Әбілов and Бекова (a woman: the quota)
        name(contest, b, List.of(bList.get(0), bList.get(1), bList.get(4))).statusCode(200);

        latest(contest).body("number", equalTo(3)).body("status", equalTo("FINAL")).body("certifies", equalTo(1))
                .body("reason", equalTo("B named who takes its seats in " + contest.code()))
                .body("changes", equalTo(List.of(contest.code()))).body("tallyDigest", equalTo(digest))
                .body(elected(b, "status"), equalTo("ASSIGNED")).body(elected(b, "elected"), hasSize(3))
                .body(elected(b, "elected[2].nominationId"), equalTo(bList.get(4).toString()))
                .body(elected(a, "status"), equalTo("AWAITING_PARTY"))
                // A has not named its seven: not complete
                .body("contests[0].elected.status", equalTo("AWAITING_PARTIES"))
                .body(contest.seatsPath("contests[0].", "A"), equalTo(7));
        // The certified version itself is immutable.
        given().when().get("/api/v1/elections/{code}/results/versions/2", contest.election()).then().statusCode(200)
                .body(elected(b, "status"), equalTo("AWAITING_PARTY"));

        List<UUID> aList = contest.listCandidates().get("A");
        // Seven names, three of them women (Бекова, Қасымова, Нұрланова): the 30 % quota of seven
        name(contest, a, List.of(aList.get(0), aList.get(1), aList.get(2), aList.get(3), aList.get(4), aList.get(5),
                aList.get(9))).statusCode(200);
        latest(contest).body("number", equalTo(4)).body("status", equalTo("FINAL"))
                .body(elected(a, "status"), equalTo("ASSIGNED")).body(elected(b, "status"), equalTo("ASSIGNED"))
                .body("contests[0].elected.status", equalTo("COMPLETE"));
        given().auth().oauth2(TestObservers.national())
                .queryParam("entityId", UUID.nameUUIDFromBytes((contest.election() + "#4").getBytes(StandardCharsets.UTF_8)))
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("action", equalTo(List.of("results.elected-published")));

        // The new final version freezes the protocols as the certified one did, and is what a reopening reopens.
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(600L, 400L), 0, 0)).statusCode(409)
                .body("type", endsWith("results-certified")).body("certifiedVersion", equalTo(4));
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(Map.of("reason", "A court annulled precinct 1001"))
                .when().post("/api/v1/elections/{code}/results/reopening", contest.election()).then().statusCode(201)
                .body("reopens", equalTo(4));
    }

    @Test
    void theCommissionsAssignmentByListOrderIsPublishedToo() {
        TestContest contest = TestProtocols.reportedTwoLists();
        publishAndCertify(contest, 1);
        String b = party(contest, 1);
        OffsetDateTime endsAt = OffsetDateTime.parse(given().when().get("/api/v1/contests/{code}/elected", contest.code())
                .then().statusCode(200).extract().path("partyDeadline.endsAt"));
        clock.moveTo(endsAt.toInstant());

        given().auth().oauth2(TestTokens.commission("KZ")).when()
                .post("/api/v1/contests/{code}/elected/{party}/by-list-order", contest.code(), b).then().statusCode(200);

        latest(contest).body("number", equalTo(3)).body("status", equalTo("FINAL"))
                .body("reason", equalTo("the commission assigned B's seats in " + contest.code() + " by list order"))
                .body(elected(b, "status"), equalTo("ASSIGNED")).body(elected(b, "byListOrder"), equalTo(true))
                .body(elected(b, "elected"), hasSize(3));
    }

    @Test
    void aPartyNamingBeforeCertificationIsShownByTheCertifiedVersion() {
        TestContest contest = TestProtocols.reportedTwoLists();
        String b = party(contest, 1);
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201);
        List<UUID> bList = contest.listCandidates().get("B");
        name(contest, b, List.of(bList.get(0), bList.get(1), bList.get(4))).statusCode(200);
        // No version is published for it while the results are provisional: the next one shows it.
        latest(contest).body("number", equalTo(1)).body(elected(b, "status"), equalTo("AWAITING_PARTY"));

        given().auth().oauth2(BOB).when().post("/api/v1/elections/{code}/results/versions/1/certification",
                contest.election()).then().statusCode(201).body("number", equalTo(2))
                .body(elected(b, "status"), equalTo("ASSIGNED")).body(elected(b, "elected"), hasSize(3))
                .body("changes", equalTo(List.of(contest.code())));
    }

    @Test
    void afterAReopeningNamingWaitsForTheNextVersion() {
        TestContest contest = TestProtocols.reportedTwoLists();
        publishAndCertify(contest, 1);
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(Map.of("reason", "A recount was ordered"))
                .when().post("/api/v1/elections/{code}/results/reopening", contest.election()).then().statusCode(201);
        String b = party(contest, 1);
        List<UUID> bList = contest.listCandidates().get("B");

        name(contest, b, List.of(bList.get(0), bList.get(1), bList.get(4))).statusCode(200);

        // Reopened results are not re-certified by a party's naming: the next publication shows it.
        latest(contest).body("number", equalTo(2)).body(elected(b, "status"), equalTo("AWAITING_PARTY"));
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(Map.of("reason", "recounted"))
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201)
                .body("number", equalTo(3)).body("status", equalTo("PROVISIONAL"))
                .body(elected(b, "status"), equalTo("ASSIGNED"));
    }
}
