package kz.elections.registry.election;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.registry.TestTokens;
import kz.elections.testing.JsonShape;

/**
 * The registry's side of the contract results-service certifies against: every contest an election holds, with exactly
 * the shape of contracts/registry/election-contests.json, which results-service's stub serves. Results reads it with its
 * service token; the list is public, so any valid token and none at all read the same.
 */
@QuarkusTest
class ElectionContestsContractTest {

    @Test
    void anElectionsContestsHaveTheShapeResultsServiceReliesOn() {
        String election = ElectionFixtures.openMazhilis();

        String contests = given().auth().oauth2(serviceToken()).when().get("/api/v1/elections/{code}/contests", election)
                .then().statusCode(200).extract().asString();

        assertEquals(JsonShape.ofContract("registry/election-contests.json"), JsonShape.of(contests));
    }

    @Test
    void everyContestOfTheElectionIsListedWithItsElectionAndBody() {
        String election = ElectionFixtures.openMazhilis();

        given().auth().oauth2(serviceToken()).when().get("/api/v1/elections/{code}/contests", election).then()
                .statusCode(200).body("$", hasSize(30)).body("electionCode", everyItem(equalTo(election)))
                .body("body", everyItem(equalTo("MAZHILIS")))
                .body("code", hasItems(election + ".list", election + ".smd-75-03", election + ".smd-62-01"));
    }

    @Test
    void anUnknownElectionIsNotFound() {
        given().auth().oauth2(serviceToken()).when().get("/api/v1/elections/{code}/contests", "no-such-election")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static String serviceToken() {
        return TestTokens.token().subject("service-account-results-service").roles("service").sign();
    }
}
