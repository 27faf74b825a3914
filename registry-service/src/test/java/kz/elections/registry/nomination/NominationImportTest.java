package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyFixtures;

@QuarkusTest
class NominationImportTest {

    private static final String HEADER = "contest,route,party_id,association_name,iin,surname_kk,name_kk,patronymic_kk,"
            + "surname_ru,name_ru,patronymic_ru,birth_date,sex,residence_years,quota_category,occupation,residence,"
            + "education,no_criminal_record,legally_capable,signatures,signature_settlements\n";

    private static String row(String contest, String route, String association, String iin, String birthDate) {
        return String.join(",", contest, route, "", association, iin, "Сейітов", "Арман", "", "Сеитов", "Арман", "",
                birthDate, "MALE", "30", "", "\"мұғалім, мектеп\"", "Шымкент", "жоғары", "true", "true", "", "") + "\n";
    }

    @Test
    void importsValidRowsAndReportsEveryRefusedRowWithItsLine() {
        String election = ElectionFixtures.openMazhilis();
        String csv = HEADER
                + row(election + ".smd-79-01", "SELF", "", PartyFixtures.iin(), "1980-01-01")
                + row(election + ".smd-79-02", "PUBLIC_ASSOCIATION", "Жастар одағы", PartyFixtures.iin(), "1975-06-30")
                + row(election + ".smd-79-01", "SELF", "", "791028302729", "1980-01-01")
                + row(election + ".smd-79-01", "SELF", "", PartyFixtures.iin(), "2010-01-01")
                + row(election + ".smd-99-01", "SELF", "", PartyFixtures.iin(), "1980-01-01")
                + row(election + ".smd-79-01", "SELF", "", PartyFixtures.iin(), "01.01.1980");

        String location = given().auth().oauth2(TestTokens.regionalCommission("KZ-79")).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/nominations/imports")
                .then().statusCode(202).body("total", equalTo(6)).extract().header("Location");

        JsonPath done = awaitDone(location, TestTokens.regionalCommission("KZ-79"));
        org.junit.jupiter.api.Assertions.assertEquals(2, done.getInt("created"));
        org.junit.jupiter.api.Assertions.assertEquals(4, done.getInt("failed"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(4, 5, 6, 7), done.getList("errors.line"));
        org.junit.jupiter.api.Assertions.assertTrue(done.getString("errors[1].messages[0]").startsWith("AGE"));

        given().auth().oauth2(TestTokens.centralCommission()).queryParam("contest", election + ".smd-79-02")
                .when().get("/api/v1/nominations")
                .then().statusCode(200).body("", hasSize(1)).body("[0].associationName", equalTo("Жастар одағы"))
                .body("[0].person.occupation", equalTo("мұғалім, мектеп"));
    }

    @Test
    void rowsOutsideTheCommissionsTerritoryAreRefused() {
        String election = ElectionFixtures.openMazhilis();
        String csv = HEADER + row(election + ".smd-75-01", "SELF", "", PartyFixtures.iin(), "1980-01-01");
        String location = given().auth().oauth2(TestTokens.regionalCommission("KZ-79")).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/nominations/imports").then().statusCode(202).extract().header("Location");
        JsonPath done = awaitDone(location, TestTokens.regionalCommission("KZ-79"));
        org.junit.jupiter.api.Assertions.assertEquals(0, done.getInt("created"));
        org.junit.jupiter.api.Assertions.assertTrue(done.getString("errors[0].messages[0]").contains("outside your territory"));
    }

    @Test
    void anUnusableHeaderIsA400AndStartsNothing() {
        given().auth().oauth2(TestTokens.centralCommission()).contentType("text/csv; charset=UTF-8").body("contest,route,colour\nx,y,z\n")
                .when().post("/api/v1/nominations/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.message", hasItem(containsString("missing columns")))
                .body("violations.message", hasItem(containsString("unknown columns [colour]")));
    }

    @Test
    void onlyCommissionStaffImport() {
        given().auth().oauth2(TestTokens.citizen()).contentType("text/csv; charset=UTF-8").body(HEADER)
                .when().post("/api/v1/nominations/imports").then().statusCode(403);
        given().auth().oauth2(TestTokens.partyAgent(java.util.UUID.randomUUID())).contentType("text/csv; charset=UTF-8").body(HEADER)
                .when().post("/api/v1/nominations/imports").then().statusCode(403);
        given().contentType("text/csv; charset=UTF-8").body(HEADER).when().post("/api/v1/nominations/imports").then().statusCode(401);
    }

    private static JsonPath awaitDone(String location, String token) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(token).when().get(location).then().statusCode(200).extract().jsonPath(),
                        json -> !"RUNNING".equals(json.getString("status")));
    }
}
