package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

/** A party removes candidates from its registered list or reorders it; more than half gone cancels the list. */
@QuarkusTest
class PartyListChangesTest {

    private record RegisteredList(UUID party, String id, String contest) {
        JsonPath view() {
            return given().auth().oauth2(TestTokens.partyAgent(party)).get("/api/v1/party-lists/{id}", id).then()
                    .statusCode(200).extract().jsonPath();
        }

        /** The nomination id at a position (1-based) of the list as it stands. */
        String at(int position) {
            return view().getString("candidates.find { it.listPosition == " + position + " }.id");
        }
    }

    /** Ten members, the first three women (the 30 % quota exactly), submitted, paid and registered. */
    private static RegisteredList registeredList(boolean register) {
        List<String> members = PartyFixtures.members(250);
        UUID party = PartyClient.registered(members);
        String contest = ElectionFixtures.openMazhilis() + ".list";
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> person = NominationFixtures.person(members.get(i));
            if (i < 3) {
                person.put("sex", "FEMALE");
                person.put("quotaCategory", "WOMAN");
            }
            candidates.add(person);
        }
        String id = given().auth().oauth2(TestTokens.partyAgent(party)).contentType(ContentType.JSON)
                .body(Map.of("contest", contest, "partyId", party.toString(), "candidates", candidates))
                .when().post("/api/v1/party-lists").then().statusCode(201).extract().path("id");
        if (register) {
            given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                    .body(Map.of("amount", 10L * 15 * 85000)).post("/api/v1/party-lists/{id}/deposit", id).then().statusCode(200);
            given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                    .body(Map.of("action", "REGISTER")).post("/api/v1/party-lists/{id}/decisions", id).then().statusCode(200);
        }
        return new RegisteredList(party, id, contest);
    }

    private static ValidatableResponse remove(String token, RegisteredList list, String nomination) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("nominationId", nomination, "reason", "left the party"))
                .when().post("/api/v1/party-lists/{id}/removals", list.id()).then();
    }

    private static ValidatableResponse reorder(String token, RegisteredList list, List<String> order) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("order", order))
                .when().put("/api/v1/party-lists/{id}/order", list.id()).then();
    }

    @Test
    void removalsKeepTheQuotaAndExactlyHalfGoneKeepsTheListButOneMoreCancelsIt() {
        RegisteredList list = registeredList(true);
        String agent = TestTokens.partyAgent(list.party());

        remove(agent, list, list.at(1)).statusCode(422).contentType("application/problem+json")
                .body("failedRules.rule", hasItem("LIST_QUOTA"));
        String last = list.at(10);
        remove(agent, list, last).statusCode(200).body("status", equalTo("REGISTERED")).body("candidates", hasSize(9));
        given().auth().oauth2(agent).get("/api/v1/nominations/{id}", last).then().body("status", equalTo("WITHDRAWN"));
        for (int left = 2; left <= 5; left++) {
            remove(agent, list, list.at(4)).statusCode(200).body("status", equalTo("REGISTERED"));
        }
        given().get("/api/v1/contests/{code}/candidates", list.contest()).then()
                .body("lists.find { it.listId == '" + list.id() + "' }.candidates", hasSize(5));

        remove(agent, list, list.at(5)).statusCode(200).body("status", equalTo("CANCELLED"))
                .body("grounds", containsString("6 of the 10"));
        given().auth().oauth2(agent).get("/api/v1/nominations/{id}", list.view().getString("candidates[0].id")).then()
                .body("status", equalTo("CANCELLED"));
        given().get("/api/v1/contests/{code}/candidates", list.contest()).then()
                .body("lists.listId", org.hamcrest.Matchers.not(hasItem(list.id())));
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", list.id()).get("/api/v1/audit").then()
                .body("action", hasItem("party-list.candidate-removed"))
                .body("action", hasItem("party-list.registration-lapsed"));
    }

    @Test
    void thePartyReordersItsListNamingEveryCandidateOnce() {
        RegisteredList list = registeredList(true);
        String agent = TestTokens.partyAgent(list.party());
        List<String> order = new ArrayList<>(list.view().getList("candidates.id", String.class));
        java.util.Collections.reverse(order);

        reorder(agent, list, order.subList(0, 9)).statusCode(400).body("violations.field", hasItem("order"));
        reorder(agent, list, order).statusCode(200).body("candidates[0].id", equalTo(order.get(0)))
                .body("candidates[0].listPosition", equalTo(1));
        given().get("/api/v1/contests/{code}/candidates", list.contest()).then()
                .body("lists.find { it.listId == '" + list.id() + "' }.candidates[0].nominationId", equalTo(order.get(0)));
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", list.id()).get("/api/v1/audit").then()
                .body("action", hasItem("party-list.reordered"));
    }

    @Test
    void onlyTheOwnPartyChangesARegisteredList() {
        RegisteredList pending = registeredList(false);
        remove(TestTokens.partyAgent(pending.party()), pending, pending.at(10)).statusCode(409)
                .body("currentState", equalTo("PENDING"));

        RegisteredList list = registeredList(true);
        String last = list.at(10);
        given().contentType(ContentType.JSON).body(Map.of("nominationId", last))
                .post("/api/v1/party-lists/{id}/removals", list.id()).then().statusCode(401);
        remove(TestTokens.partyAgent(UUID.randomUUID()), list, last).statusCode(404);
        remove(TestTokens.centralCommission(), list, last).statusCode(403);
        remove(TestTokens.citizen(), list, last).statusCode(403);
        reorder(TestTokens.partyAgent(UUID.randomUUID()), list, List.of(last)).statusCode(404);
        org.junit.jupiter.api.Assertions.assertEquals(10, list.view().getList("candidates").size());
        org.junit.jupiter.api.Assertions.assertEquals(last, list.at(10));
    }
}
