package kz.elections.registry.election;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.registry.TestTokens;

@QuarkusTest
class ElectionResourceTest {

    @Test
    void mazhilisTemplateYieldsTheListAndThe29Districts() {
        Map<String, Object> body = ElectionFixtures.request("MAZHILIS", null, LocalDate.of(2023, 3, 19));
        String code = (String) body.get("code");
        ElectionFixtures.create(body);

        given().when().get("/api/v1/elections/{code}/contests", code)
                .then().statusCode(200)
                .body("", hasSize(30))
                .body("findAll { it.kind == 'PARTY_LIST' }.size()", equalTo(1))
                .body("find { it.kind == 'PARTY_LIST' }.seats", equalTo(69))
                .body("find { it.kind == 'PARTY_LIST' }.thresholdPercent", equalTo(5.0f))
                .body("findAll { it.kind == 'SINGLE_MANDATE' }.size()", equalTo(29))
                .body("findAll { it.unitCode == 'KZ-75' }.size()", equalTo(3))
                .body("findAll { it.unitCode == 'KZ-61' }.size()", equalTo(3))
                .body("findAll { it.unitCode == 'KZ-71' }.size()", equalTo(2))
                .body("code", hasItems(code + ".list", code + ".smd-75-03", code + ".smd-10-01"));
        given().when().get("/api/v1/contests/{code}", code + ".smd-75-03")
                .then().statusCode(200).body("districtNumber", equalTo(3)).body("unitCode", equalTo("KZ-75"));
    }

    @Test
    void calendarDefaultsFromTheLawWithDeadlinesAt1800Local() {
        Map<String, Object> body = ElectionFixtures.request("MAZHILIS", null, LocalDate.of(2023, 3, 19));
        body.put("timeZone", "Asia/Almaty");
        ElectionFixtures.create(body);

        given().when().get("/api/v1/elections/{code}", body.get("code"))
                .then().statusCode(200)
                .body("calendar.source", equalTo("LAW"))
                .body("calendar.nominationOpens", equalTo("2023-01-17T18:00:00Z"))
                .body("calendar.nominationCloses", equalTo("2023-02-07T12:00:00Z"))
                .body("calendar.registrationCloses", equalTo("2023-02-17T12:00:00Z"))
                .body("calendar.appealDays", equalTo(7));
    }

    @Test
    void callingDecisionOverridesTheCalendarAsIn2023() {
        Map<String, Object> body = ElectionFixtures.request("MAZHILIS", null, LocalDate.of(2023, 3, 19));
        body.put("calledOn", "2023-01-19");
        body.put("calendar", Map.of("nominationOpensOn", "2023-01-20", "nominationClosesOn", "2023-02-08",
                "registrationClosesOn", "2023-02-18"));
        ElectionFixtures.create(body);

        given().when().get("/api/v1/elections/{code}", body.get("code"))
                .then().statusCode(200)
                .body("calendar.source", equalTo("CALLING_DECISION"))
                .body("calendar.nominationCloses", equalTo("2023-02-08T12:00:00Z"))
                .body("calendar.registrationCloses", equalTo("2023-02-18T12:00:00Z"));
    }

    @Test
    void regionalMaslikhatSplitsFiftyFiftyWithTheOddSeatOnTheDistrictSide() {
        Map<String, Object> body = ElectionFixtures.request("MASLIKHAT", "KZ-75", LocalDate.of(2023, 3, 19));
        body.put("maslikhatLevel", "REGIONAL");
        body.put("seats", 39);
        ElectionFixtures.create(body);

        given().when().get("/api/v1/elections/{code}/contests", body.get("code"))
                .then().statusCode(200)
                .body("find { it.kind == 'PARTY_LIST' }.seats", equalTo(19))
                .body("findAll { it.kind == 'SINGLE_MANDATE' }.size()", equalTo(20));
    }

    @Test
    void districtMaslikhatHasDistrictsOnly() {
        Map<String, Object> body = ElectionFixtures.request("MASLIKHAT", "KZ-19", LocalDate.of(2023, 3, 19));
        body.put("maslikhatLevel", "DISTRICT");
        body.put("seats", 25);
        ElectionFixtures.create(body);

        given().when().get("/api/v1/elections/{code}/contests", body.get("code"))
                .then().statusCode(200).body("", hasSize(25)).body("kind", org.hamcrest.Matchers.everyItem(equalTo("SINGLE_MANDATE")));
    }

    @Test
    void akimContestsAreAddedOneByOne() {
        Map<String, Object> body = ElectionFixtures.request("AKIM", "KZ-19", LocalDate.of(2021, 7, 25));
        ElectionFixtures.create(body);
        given().auth().oauth2(TestTokens.regionalCommission("KZ-19")).contentType(ContentType.JSON)
                .body(Map.of("kind", "AKIM", "unitCode", "KZ-19", "name", "Кеген ауылдық округі", "voters", 4321, "settlements", 3))
                .when().post("/api/v1/elections/{code}/contests", body.get("code"))
                .then().statusCode(201).body("code", equalTo(body.get("code") + ".akim-19-001")).body("voters", equalTo(4321));
        given().auth().oauth2(TestTokens.regionalCommission("KZ-19")).contentType(ContentType.JSON)
                .body(Map.of("kind", "AKIM", "unitCode", "KZ-19", "name", "Без избирателей"))
                .when().post("/api/v1/elections/{code}/contests", body.get("code"))
                .then().statusCode(400).body("violations.field", hasItem("voters"));
    }

    @Test
    void anAkimContestMustKnowItsSettlements() {
        Map<String, Object> body = ElectionFixtures.request("AKIM", "KZ-19", LocalDate.of(2021, 7, 25));
        ElectionFixtures.create(body);
        given().auth().oauth2(TestTokens.regionalCommission("KZ-19")).contentType(ContentType.JSON)
                .body(Map.of("kind", "AKIM", "unitCode", "KZ-19", "name", "Кеген ауылдық округі", "voters", 4321))
                .when().post("/api/v1/elections/{code}/contests", body.get("code"))
                .then().statusCode(400).body("violations.field", equalTo(List.of("settlements")));
    }

    @Test
    void aCommissionActsOnlyInsideItsTerritory() {
        given().auth().oauth2(TestTokens.regionalCommission("KZ-75")).contentType(ContentType.JSON)
                .body(ElectionFixtures.request("MAZHILIS", null, LocalDate.of(2027, 3, 19)))
                .when().post("/api/v1/elections").then().statusCode(403);
        Map<String, Object> elsewhere = ElectionFixtures.request("MASLIKHAT", "KZ-71", LocalDate.of(2027, 3, 19));
        elsewhere.put("maslikhatLevel", "DISTRICT");
        elsewhere.put("seats", 5);
        given().auth().oauth2(TestTokens.regionalCommission("KZ-75")).contentType(ContentType.JSON).body(elsewhere)
                .when().post("/api/v1/elections").then().statusCode(403);
        elsewhere.put("territory", "KZ-75");
        given().auth().oauth2(TestTokens.regionalCommission("KZ-75")).contentType(ContentType.JSON).body(elsewhere)
                .when().post("/api/v1/elections").then().statusCode(201);
    }

    @Test
    void otherRolesCannotCreateElections() {
        for (String token : new String[] {TestTokens.citizen(), TestTokens.observer(), TestTokens.tabulator("KZ")}) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(ElectionFixtures.request("MAZHILIS", null, LocalDate.of(2027, 3, 19)))
                    .when().post("/api/v1/elections").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(ElectionFixtures.request("MAZHILIS", null, LocalDate.of(2027, 3, 19)))
                .when().post("/api/v1/elections").then().statusCode(401);
    }

    @Test
    void badInputIsNamedAndNothingIsCreated() {
        Map<String, Object> body = ElectionFixtures.request("PRESIDENT", null, LocalDate.of(2027, 3, 19));
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/elections").then().statusCode(400).body("violations.field", hasItem("kind"));

        Map<String, Object> late = ElectionFixtures.request("MAZHILIS", null, LocalDate.of(2027, 3, 19));
        late.put("calendar", Map.of("registrationClosesOn", "2027-03-20"));
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(late)
                .when().post("/api/v1/elections").then().statusCode(400)
                .body("violations.field", hasItem("calendar.registrationClosesOn"));
        given().when().get("/api/v1/elections/{code}", late.get("code")).then().statusCode(404);

        Map<String, Object> maslikhat = ElectionFixtures.request("MASLIKHAT", "KZ-75", LocalDate.of(2027, 3, 19));
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(maslikhat)
                .when().post("/api/v1/elections").then().statusCode(400)
                .body("violations.field", hasItems("seats", "maslikhatLevel"));
    }

    @Test
    void electionsAndContestsArePublic() {
        String code = ElectionFixtures.openMazhilis();
        given().when().get("/api/v1/elections").then().statusCode(200).body("code", hasItem(code));
        given().when().get("/api/v1/elections/{code}", code).then().statusCode(200).body("contests", equalTo(30));
        given().when().get("/api/v1/elections/no-such-election").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/contests/no-such-contest").then().statusCode(404);
    }
}
