package kz.elections.ballot.ballot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import kz.elections.ballot.TestTokens;
import kz.elections.ballot.stub.RegistryStub;
import kz.elections.common.json.JsonCanonicalization;

@QuarkusTest
class BallotResourceTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void registryBackUp() {
        RegistryStub.recover();
        breakers.resetAll();
    }

    private static ValidatableResponse compose(String token, String contest, String reason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("contest", contest));
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/ballots").then();
    }

    private static ValidatableResponse approve(String token, String id) {
        return given().auth().oauth2(token).when().post("/api/v1/ballots/{id}/approval", id).then();
    }

    @Test
    void composesCandidatesInKazakhOrderWithAgainstAllLastAndFreezesOnApproval() {
        String contest = Contests.district(new String[] {"Ісатаев", "Арман", "Болатұлы"}, new String[] {"Ысқақов", "Бауыржан", "Серікұлы"},
                new String[] {"Әбілов", "Ерлан", "Серікұлы"}, new String[] {"Абдуллин", "Марат", "Ахметұлы"});
        String almaty = TestTokens.commission("KZ-75");

        String id = compose(almaty, contest, null).statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(null))
                .body("document.options.labelKk", equalTo(List.of("Абдуллин Марат Ахметұлы", "Әбілов Ерлан Серікұлы",
                        "Ысқақов Бауыржан Серікұлы", "Ісатаев Арман Болатұлы", "Барлығына қарсы")))
                .body("document.options[4].labelRu", equalTo("Против всех"))
                .body("document.options[4].kind", equalTo("AGAINST_ALL"))
                .body("document.options[0].detailRu", equalTo("1979 года рождения, инженер, Алматы қаласы, самовыдвижение"))
                .body("document.options[0].detailKk", equalTo("1979 жылы туған, инженер, Алматы қаласы, өзін-өзі ұсыну"))
                .body("contentHash", matchesPattern("[0-9a-f]{64}"))
                .extract().path("id");
        org.junit.jupiter.api.Assertions.assertTrue(RegistryStub.LAST_AUTHORIZATION.get().startsWith("Bearer "));

        String hash = approve(almaty, id).statusCode(200)
                .body("status", equalTo("APPROVED")).body("version", equalTo(1)).extract().path("contentHash");
        given().when().get("/api/v1/contests/{code}/ballot", contest)
                .then().statusCode(200).body("version", equalTo(1)).body("contentHash", equalTo(hash));
        given().when().get("/api/v1/contests/{id}/ballot", Contests.idOf(contest))
                .then().statusCode(200).body("contestCode", equalTo(contest)).body("contentHash", equalTo(hash));
        approve(almaty, id).statusCode(409).body("currentState", equalTo("APPROVED"));
        given().auth().oauth2(TestTokens.observer()).queryParam("entityId", id).when().get("/api/v1/audit")
                .then().statusCode(200).body("action", equalTo(List.of("ballot.composed", "ballot.approved")));
    }

    @Test
    void aRecallBallotCarriesForAndAgainstRecallInKazakhAndRussianAndNoAgainstAll() {
        String contest = Contests.recall(true);
        String almaty = TestTokens.commission("KZ-75");

        String id = compose(almaty, contest, null).statusCode(201)
                .body("document.contestKind", equalTo("RECALL"))
                .body("document.options.kind", equalTo(List.of("FOR_RECALL", "AGAINST_RECALL")))
                .body("document.options.labelKk", equalTo(List.of("Кері шақыру үшін", "Кері шақыруға қарсы")))
                .body("document.options.labelRu", equalTo(List.of("За отзыв", "Против отзыва")))
                .body("document.options.detailRu", equalTo(List.of("Искаков Бауыржан Серикович", "Искаков Бауыржан Серикович")))
                .extract().path("id");
        approve(almaty, id).statusCode(200).body("status", equalTo("APPROVED"));
        given().when().get("/api/v1/contests/{code}/ballot", contest).then().statusCode(200)
                .body("document.options.kind", not(hasItem("AGAINST_ALL")));
    }

    @Test
    void aRecallContestWithoutItsDeputyIsRefusedAndNothingIsWritten() {
        String contest = Contests.recall(false);
        compose(TestTokens.commission("KZ-75"), contest, null).statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("recall-without-deputy"));
        given().when().get("/api/v1/contests/{code}/ballot", contest).then().statusCode(404);
    }

    @Test
    void anyoneRecomputesTheContentHashFromThePublicDocumentByRfc8785() throws Exception {
        String contest = Contests.district(new String[] {"Ысқақов", "Бауыржан", "Серікұлы"}, new String[] {"Әбілов", "Ерлан", "Серікұлы"});
        String almaty = TestTokens.commission("KZ-75");
        String hash = approve(almaty, compose(almaty, contest, null).statusCode(201).extract().path("id"))
                .statusCode(200).extract().path("contentHash");

        byte[] canonical = given().when().get("/api/v1/contests/{code}/ballot/versions/1/canonical", contest)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asByteArray();
        String publicDocument = given().when().get("/api/v1/contests/{code}/ballot", contest)
                .then().statusCode(200).extract().jsonPath().prettify();
        String document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(publicDocument).get("document").toString();

        assertEquals(hash, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(canonical)));
        assertEquals(JsonCanonicalization.canonicalize(document), new String(canonical, StandardCharsets.UTF_8));
        given().when().get("/api/v1/contests/{code}/ballot/versions/2/canonical", contest)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aChangeAfterApprovalIsANewVersionWithAReasonAndTheOldStaysReadable() {
        String contest = Contests.district(new String[] {"Әбілов", "Ерлан", "Серікұлы"}, new String[] {"Абдуллин", "Марат", "Ахметұлы"});
        String almaty = TestTokens.commission("KZ-75");
        String first = compose(almaty, contest, null).statusCode(201).extract().path("id");
        String firstHash = approve(almaty, first).statusCode(200).extract().path("contentHash");

        // The registry now lists one candidate fewer:
        var changed = RegistryStub.sample();
        ((com.fasterxml.jackson.databind.node.ObjectNode) changed.get("contest")).put("code", contest);
        changed.putArray("lists");
        RegistryStub.put(changed);

        compose(almaty, contest, null).statusCode(400).body("violations.field", hasItem("reason"));
        String second = compose(almaty, contest, "Абдуллин М. А. withdrew").statusCode(201).extract().path("id");
        approve(almaty, second).statusCode(200).body("version", equalTo(2)).body("contentHash", not(equalTo(firstHash)));

        given().when().get("/api/v1/contests/{code}/ballot", contest).then().body("version", equalTo(2))
                .body("reason", equalTo("Абдуллин М. А. withdrew"));
        given().when().get("/api/v1/contests/{code}/ballot/versions/1", contest)
                .then().statusCode(200).body("status", equalTo("SUPERSEDED")).body("contentHash", equalTo(firstHash));
        given().auth().oauth2(TestTokens.observer()).queryParam("contest", contest).when().get("/api/v1/ballots")
                .then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void partyListsFollowTheRecordedLot() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        String contest = Contests.partyList(a, b, c);
        String cec = TestTokens.commission("KZ");

        compose(cec, contest, null).statusCode(409).body("type", org.hamcrest.Matchers.endsWith("lot-not-drawn"));
        lot(cec, contest, List.of(c, a)).statusCode(200);
        compose(cec, contest, null).statusCode(409).body("type", org.hamcrest.Matchers.endsWith("lot-mismatch"));
        lot(cec, contest, List.of(c, a, b)).statusCode(200).body("drawnBy", equalTo("Т. Қасымов"));

        compose(cec, contest, null).statusCode(201)
                .body("document.options.ref", equalTo(java.util.Arrays.asList(c.toString(), a.toString(), b.toString(), null)))
                .body("document.options.labelKk", equalTo(List.of("Партия 3", "Партия 1", "Партия 2", "Барлығына қарсы")));
        given().when().get("/api/v1/contests/{code}/lot", contest).then().statusCode(200).body("partyIds", hasSize(3));
        given().when().get("/api/v1/contests/{id}/lot", Contests.idOf(contest)).then().statusCode(200).body("contestCode", equalTo(contest));
        lot(TestTokens.commission("KZ-75"), contest, List.of(a, b, c)).statusCode(403);
    }

    @Test
    void aCommissionActsOnlyInsideItsTerritoryAndOtherRolesNotAtAll() {
        String contest = Contests.district(new String[] {"Әбілов", "Ерлан", "Серікұлы"});
        compose(TestTokens.commission("KZ-71"), contest, null).statusCode(403);
        compose(TestTokens.citizen(), contest, null).statusCode(403);
        compose(TestTokens.observer(), contest, null).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("contest", contest)).when().post("/api/v1/ballots").then().statusCode(401);
        String id = compose(TestTokens.commission("KZ"), contest, null).statusCode(201).extract().path("id");
        approve(TestTokens.commission("KZ-71"), id).statusCode(403);
        approve(TestTokens.citizen(), id).statusCode(403);
        given().auth().oauth2(TestTokens.citizen()).queryParam("contest", contest).when().get("/api/v1/ballots").then().statusCode(403);
    }

    @Test
    void aRegistryThatFailsGivesA503WithRetryAfterAndWritesNothing() {
        String contest = Contests.district(new String[] {"Әбілов", "Ерлан", "Серікұлы"});
        RegistryStub.fail(500);
        compose(TestTokens.commission("KZ-75"), contest, null)
                .statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("30"))
                .body("type", org.hamcrest.Matchers.endsWith("registry-unavailable"));
        RegistryStub.recover();
        given().auth().oauth2(TestTokens.observer()).queryParam("contest", contest).when().get("/api/v1/ballots")
                .then().statusCode(200).body("", hasSize(0));
        given().when().get("/api/v1/contests/{code}/ballot", contest).then().statusCode(404);
    }

    @Test
    void approvedBallotsAreServedWhileTheRegistryIsDown() {
        String contest = Contests.district(new String[] {"Әбілов", "Ерлан", "Серікұлы"});
        String id = compose(TestTokens.commission("KZ-75"), contest, null).statusCode(201).extract().path("id");
        approve(TestTokens.commission("KZ-75"), id).statusCode(200);
        RegistryStub.fail(503);
        for (int i = 0; i < 8; i++) {
            compose(TestTokens.commission("KZ-75"), contest, "retry " + i).statusCode(503);
        }
        given().when().get("/api/v1/contests/{code}/ballot", contest).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void anUnknownContestIs404() {
        compose(TestTokens.commission("KZ"), "no-such.contest", null).statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/contests/no-such.contest/ballot").then().statusCode(404);
        compose(TestTokens.commission("KZ"), "", null).statusCode(400).body("violations.field", hasItem("contest"));
    }

    private static ValidatableResponse lot(String token, String contest, List<UUID> order) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("partyIds", order, "drawnOn", "2023-02-20", "drawnBy", "Т. Қасымов"))
                .when().put("/api/v1/contests/{code}/lot", contest).then();
    }
}
