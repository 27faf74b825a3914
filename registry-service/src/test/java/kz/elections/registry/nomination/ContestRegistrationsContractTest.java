package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

/**
 * The registry's side of the contract ballot-service composes ballots from: the real response has
 * exactly the shape of contracts/registry/contest-registrations.json, which ballot-service's stub serves.
 */
@QuarkusTest
class ContestRegistrationsContractTest {

    private static final Path CONTRACT = Path.of("..", "contracts", "registry", "contest-registrations.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void registrationsHaveTheShapeBallotServiceReliesOn() throws IOException {
        String election = ElectionFixtures.openMazhilis();
        String district = election + ".smd-75-03";
        String id = NominationFixtures.submit(TestTokens.citizen(), NominationFixtures.self(district, NominationFixtures.person()))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("amount", 1_275_000))
                .when().post("/api/v1/nominations/{id}/deposit", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("action", "REGISTER"))
                .when().post("/api/v1/nominations/{id}/decisions", id).then().statusCode(200);

        java.util.List<String> members = PartyFixtures.members(250);
        UUID party = PartyClient.registered(members);
        java.util.List<Map<String, Object>> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> person = NominationFixtures.person(members.get(i));
            person.put("quotaCategory", i < 3 ? "WOMAN" : null);
            candidates.add(person);
        }
        String list = given().auth().oauth2(TestTokens.partyAgent(party)).contentType(ContentType.JSON)
                .body(Map.of("contest", election + ".list", "partyId", party.toString(), "candidates", candidates))
                .when().post("/api/v1/party-lists").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("amount", 10L * 15 * 85000))
                .when().post("/api/v1/party-lists/{id}/deposit", list).then().statusCode(200);
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("action", "REGISTER"))
                .when().post("/api/v1/party-lists/{id}/decisions", list).then().statusCode(200);

        TreeSet<String> actual = new TreeSet<>();
        shape(JSON.readTree(registrations(district)), "", actual);
        shape(JSON.readTree(registrations(election + ".list")), "", actual);
        TreeSet<String> expected = new TreeSet<>();
        shape(JSON.readTree(Files.readString(CONTRACT)), "", expected);

        assertEquals(expected, actual);
    }

    @Test
    void onlyServiceAccountsAndCommissionReadRegistrations() {
        String election = ElectionFixtures.openMazhilis();
        given().when().get("/api/v1/contests/{code}/registrations", election + ".list").then().statusCode(401);
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/v1/contests/{code}/registrations", election + ".list")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.centralCommission()).when().get("/api/v1/contests/{code}/registrations", election + ".list")
                .then().statusCode(200);
    }

    private static String registrations(String contest) {
        return given().auth().oauth2(TestTokens.token().subject("service-account-ballot-service").roles("service").sign())
                .when().get("/api/v1/contests/{code}/registrations", contest)
                .then().statusCode(200).extract().asString();
    }

    /** Every field path, arrays as [] (their elements merged). */
    static void shape(JsonNode node, String path, TreeSet<String> paths) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(child);
                shape(field.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            node.forEach(element -> shape(element, path + "[]", paths));
        }
    }
}
