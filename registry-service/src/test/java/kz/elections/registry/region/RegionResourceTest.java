package kz.elections.registry.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RegionResourceTest {

    @Test
    void listsTheTwentyUnitsPublicly() {
        given().when().get("/api/v1/regions")
                .then().statusCode(200)
                .body("", hasSize(20))
                .body("code", hasItems("KZ-10", "KZ-62", "KZ-33", "KZ-71", "KZ-75", "KZ-79"))
                .body("find { it.code == 'KZ-19' }.centreEn", equalTo("Konayev"))
                .body("find { it.code == 'KZ-62' }.nameKk", equalTo("Ұлытау облысы"));
    }

    @Test
    void servesOneUnitByCode() {
        given().when().get("/api/v1/regions/KZ-75")
                .then().statusCode(200)
                .body("kind", equalTo("city"))
                .body("nameRu", equalTo("город Алматы"));
    }

    @Test
    void everyUnitHasItsOwnOpenCivicDataIdFromItsIsoNumber() {
        given().when().get("/api/v1/regions")
                .then().statusCode(200)
                .body("ocdId.unique().size()", equalTo(20))
                .body("ocdId", everyItem(matchesPattern("ocd-division/country:kz/(region|city):\\d{2}")))
                .body("find { it.code == 'KZ-75' }.ocdId", equalTo("ocd-division/country:kz/city:75"))
                .body("find { it.code == 'KZ-10' }.ocdId", equalTo("ocd-division/country:kz/region:10"));
        given().when().get("/api/v1/regions/KZ-79").then().body("ocdId", equalTo("ocd-division/country:kz/city:79"));
    }

    @Test
    void unknownUnitIsAProblem404() {
        given().when().get("/api/v1/regions/KZ-99")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("Region KZ-99 does not exist"));
    }
}
