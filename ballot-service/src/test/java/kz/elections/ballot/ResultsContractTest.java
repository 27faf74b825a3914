package kz.elections.ballot;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.ballot.stub.RegistryStub;
import kz.elections.testing.JsonShape;

/**
 * ballot-service's side of the contracts results-service reads: the approved ballot and the precincts of
 * a contest have exactly the shape of contracts/ballot/*.json, which results-service's stub serves.
 */
@QuarkusTest
class ResultsContractTest {

    @Test
    void approvedBallotAndPrecinctsHaveTheShapeResultsServiceReliesOn() {
        ObjectNode registrations = RegistryStub.sample();
        String code = "contract-" + UUID.randomUUID().toString().substring(0, 8) + ".smd-75-03";
        ((ObjectNode) registrations.get("contest")).put("code", code);
        RegistryStub.put(registrations);
        String commission = TestTokens.commission("KZ");
        String id = given().auth().oauth2(commission).contentType(ContentType.JSON).body(Map.of("contest", code))
                .when().post("/api/v1/ballots").then().statusCode(201).extract().path("id");
        given().auth().oauth2(commission).when().post("/api/v1/ballots/{id}/approval", id).then().statusCode(200);
        given().auth().oauth2(commission).contentType("text/csv; charset=UTF-8")
                .body("number,unit_code,address,voters,contests\n" + (700_000 + (int) (Math.random() * 99_999))
                        + ",KZ-75,\"Алматы қ., Абай даңғылы, 10\",2999," + code + "\n")
                .when().post("/api/v1/precincts/imports").then().statusCode(200);

        assertShape("approved-ballot.json", given().when().get("/api/v1/contests/{code}/ballot", code).then().statusCode(200)
                .extract().asString());
        assertShape("contest-precincts.json", given().queryParam("contest", code).when().get("/api/v1/precincts").then()
                .statusCode(200).extract().asString());
    }

    private static void assertShape(String contract, String actual) {
        assertEquals(JsonShape.ofContract("ballot/" + contract), JsonShape.of(actual), contract);
    }
}
