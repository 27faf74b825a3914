package kz.elections.results.elected;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

@QuarkusTest
class ElectedResourceTest {

    /** Two lists over a 10-seat contest; every precinct reported. A wins 7 seats, B 3. */
    private static TestContest counted() {
        TestContest contest = TestContest.partyList(10, List.of("A", "B"), List.of(1, 2));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 300L), 0, 0)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(700L, 300L), 0, 0)).statusCode(201);
        return contest;
    }

    private static JsonPath elected(TestContest contest) {
        return given().when().get("/api/v1/contests/{code}/elected", contest.code()).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPartyNamesWhoTakesItsSeatsRespectingTheQuota() {
        TestContest contest = counted();
        JsonPath before = elected(contest);
        String partyB = before.getString("parties.find { it.party == 'B' }.partyId");
        org.junit.jupiter.api.Assertions.assertEquals(3, before.getInt("parties.find { it.party == 'B' }.seats"));
        org.junit.jupiter.api.Assertions.assertEquals("AWAITING_PARTY", before.getString("parties.find { it.party == 'B' }.status"));

        List<UUID> candidates = contest.listCandidates().get("B");
        // three men: no woman, youth or person with disabilities among 3 seats (1 required)
        given().auth().oauth2(TestTokens.token().roles("party-agent").claim("party", partyB).sign()).contentType(ContentType.JSON)
                .body(Map.of("candidates", candidates.subList(0, 3)))
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), partyB)
                .then().statusCode(400).body("violations.message", hasItem(org.hamcrest.Matchers.containsString("at least 1")));
        // Ысқақов, Әбілов and Бекова (a woman)
        given().auth().oauth2(TestTokens.token().roles("party-agent").claim("party", partyB).sign()).contentType(ContentType.JSON)
                .body(Map.of("candidates", List.of(candidates.get(0), candidates.get(1), candidates.get(4))))
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), partyB)
                .then().statusCode(200)
                .body("parties.find { it.party == 'B' }.status", equalTo("ASSIGNED"))
                .body("parties.find { it.party == 'B' }.elected", hasSize(3));
    }

    @Test
    void anotherPartysAgentCannotNameItsElected() {
        TestContest contest = counted();
        String partyB = elected(contest).getString("parties.find { it.party == 'B' }.partyId");
        given().auth().oauth2(TestTokens.token().roles("party-agent").claim("party", UUID.randomUUID().toString()).sign())
                .contentType(ContentType.JSON).body(Map.of("candidates", List.of(UUID.randomUUID())))
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), partyB)
                .then().statusCode(403);
    }

    @Test
    void theCommissionAssignsInKazakhAlphabeticalOrderOfTheList() {
        TestContest contest = counted();
        String partyA = elected(contest).getString("parties.find { it.party == 'A' }.partyId");
        given().auth().oauth2(TestTokens.commission("KZ")).when()
                .post("/api/v1/contests/{code}/elected/{party}/by-list-order", contest.code(), partyA)
                .then().statusCode(200)
                .body("parties.find { it.party == 'A' }.byListOrder", equalTo(true))
                .body("parties.find { it.party == 'A' }.elected.nameKk.collect { it.split(' ')[0] }", equalTo(List.of("Абдуллин",
                        "Әбілов", "Бекова", "Қасымова", "Нұрланова", "Өтепов", "Серікбаев")));
        given().auth().oauth2(TestTokens.commission("KZ-75")).when()
                .post("/api/v1/contests/{code}/elected/{party}/by-list-order", contest.code(), partyA)
                .then().statusCode(403);
    }

    @Test
    void seatsAreTakenOnlyOnceEveryPrecinctHasReported() {
        TestContest contest = TestContest.partyList(10, List.of("A", "B"), List.of(1, 2));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 300L), 0, 0)).statusCode(201);
        String partyA = elected(contest).getString("parties.find { it.party == 'A' }.partyId");
        given().auth().oauth2(TestTokens.commission("KZ")).when()
                .post("/api/v1/contests/{code}/elected/{party}/by-list-order", contest.code(), partyA)
                .then().statusCode(409);
    }

    @Test
    void aSingleSeatContestElectsThePluralityWinner() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(500L, 400L), 10, 90)).statusCode(201);
        given().when().get("/api/v1/contests/{code}/elected", contest.code())
                .then().statusCode(200).body("status", equalTo("PROVISIONAL")).body("elected[0].nameKk", equalTo("Әбілов"));
    }
}
