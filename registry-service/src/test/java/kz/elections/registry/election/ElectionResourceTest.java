package kz.elections.registry.election;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
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
                .body("code", hasItems(code + ".list", code + ".smd-75-03", code + ".smd-10-01"))
                .body("body", everyItem(equalTo("MAZHILIS")));
        given().when().get("/api/v1/contests/{code}", code + ".smd-75-03")
                .then().statusCode(200).body("districtNumber", equalTo(3)).body("unitCode", equalTo("KZ-75"))
                .body("ocdId", equalTo("ocd-division/country:kz/city:75/mazhilis_district:3"));
        given().when().get("/api/v1/contests/{code}", code + ".list")
                .then().statusCode(200).body("ocdId", equalTo("ocd-division/country:kz"));
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
                .body("body", everyItem(equalTo("REGIONAL_MASLIKHAT")))
                .body("findAll { it.kind == 'SINGLE_MANDATE' }.size()", equalTo(20));
    }

    @Test
    void districtMaslikhatHasDistrictsOnly() {
        Map<String, Object> body = ElectionFixtures.request("MASLIKHAT", "KZ-19", LocalDate.of(2023, 3, 19));
        body.put("maslikhatLevel", "DISTRICT");
        body.put("seats", 25);
        ElectionFixtures.create(body);

        given().when().get("/api/v1/elections/{code}/contests", body.get("code"))
                .then().statusCode(200).body("", hasSize(25)).body("kind", everyItem(equalTo("SINGLE_MANDATE")))
                .body("body", everyItem(equalTo("DISTRICT_MASLIKHAT")));
    }

    @Test
    void cityMaslikhatHasDistrictsOnlyAndEveryContestKnowsItsBody() {
        Map<String, Object> body = maslikhat("KZ-35", "CITY", 30);
        ElectionFixtures.create(body);

        given().when().get("/api/v1/elections/{code}", body.get("code"))
                .then().statusCode(200).body("body", equalTo("CITY_MASLIKHAT"));
        given().when().get("/api/v1/elections/{code}/contests", body.get("code"))
                .then().statusCode(200).body("", hasSize(30))
                .body("kind", everyItem(equalTo("SINGLE_MANDATE")))
                .body("body", everyItem(equalTo("CITY_MASLIKHAT")));
    }

    @ParameterizedTest(name = "{0} maslikhat of {1} seats → {2}")
    @CsvSource({
            "REGIONAL, 50, 201",
            "REGIONAL, 51, 400",
            "CITY,     30, 201",
            "CITY,     31, 400",
            "DISTRICT, 25, 201",
            "DISTRICT, 26, 400",
            "DISTRICT, 50, 400"})
    void aMaslikhatIsCreatedWithAtMostItsLevelsCap(String level, int seats, int status) {
        Map<String, Object> body = maslikhat("KZ-19", level, seats);

        var response = given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/elections").then().statusCode(status);

        if (status == 400) {
            response.body("violations.field", hasItem("seats"));
            given().when().get("/api/v1/elections/{code}", body.get("code")).then().statusCode(404);
        } else {
            given().when().get("/api/v1/elections/{code}/contests", body.get("code"))
                    .then().statusCode(200).body("seats.sum()", equalTo(seats));
        }
    }

    @Test
    void aDistrictMaslikhatRefusesADistrictBeyondItsCap() {
        Map<String, Object> body = maslikhat("KZ-19", "DISTRICT", 24);
        ElectionFixtures.create(body);

        addContest(TestTokens.regionalCommission("KZ-19"), body.get("code"), district("KZ-19", 25))
                .statusCode(201).body("body", equalTo("DISTRICT_MASLIKHAT"));
        addContest(TestTokens.regionalCommission("KZ-19"), body.get("code"), district("KZ-19", 26))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.find { it.field == 'seats' }.message", containsString("at most 25 seats"));
        given().when().get("/api/v1/contests/{code}", body.get("code") + ".smd-19-26").then().statusCode(404);
    }

    @ParameterizedTest(name = "a party list in a {0} maslikhat is refused")
    @CsvSource({"CITY", "DISTRICT"})
    void aCityOrDistrictMaslikhatRefusesAPartyList(String level) {
        Map<String, Object> body = maslikhat("KZ-19", level, 10);
        ElectionFixtures.create(body);

        addContest(TestTokens.centralCommission(), body.get("code"),
                Map.of("kind", "PARTY_LIST", "unitCode", "KZ-19", "seats", 5, "thresholdPercent", 5))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.find { it.field == 'kind' }.message",
                        allOf(containsString("has no party list"), containsString("single-mandate districts only")));
        given().when().get("/api/v1/elections/{code}/contests", body.get("code"))
                .then().statusCode(200).body("kind", everyItem(equalTo("SINGLE_MANDATE")));
    }

    @Test
    void aRegionalMaslikhatTakesAPartyList() {
        Map<String, Object> body = maslikhat("KZ-19", "REGIONAL", 1);
        ElectionFixtures.create(body);

        addContest(TestTokens.regionalCommission("KZ-19"), body.get("code"),
                Map.of("kind", "PARTY_LIST", "unitCode", "KZ-19", "seats", 1, "thresholdPercent", 5))
                .statusCode(201).body("body", equalTo("REGIONAL_MASLIKHAT"));
    }

    // ---- who may add contests (issue 13) ----

    @Test
    void onlyTheCentralCommissionAddsContestsToANationalElection() {
        String mazhilis = ElectionFixtures.openMazhilis();

        addContest(TestTokens.regionalCommission("KZ-75"), mazhilis, district("KZ-75", 4)).statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/v1/contests/{code}", mazhilis + ".smd-75-04").then().statusCode(404);
        addContest(TestTokens.centralCommission(), mazhilis, district("KZ-75", 4)).statusCode(201)
                .body("code", equalTo(mazhilis + ".smd-75-04")).body("body", equalTo("MAZHILIS"));
    }

    @Test
    void aUnitsCommissionActsOnItsOwnUnitsElectionsOnly() {
        Map<String, Object> almaty = maslikhat("KZ-75", "REGIONAL", 20);
        ElectionFixtures.create(almaty);

        addContest(TestTokens.regionalCommission("KZ-11"), almaty.get("code"), district("KZ-75", 11)).statusCode(403);
        addContest(TestTokens.regionalCommission("KZ-11"), almaty.get("code"), district("KZ-11", 1)).statusCode(403);
        addContest(TestTokens.regionalCommission("KZ-75"), almaty.get("code"), district("KZ-75", 11)).statusCode(201);
        addContest(TestTokens.centralCommission(), almaty.get("code"), district("KZ-75", 12)).statusCode(201);
        given().when().get("/api/v1/elections/{code}/contests", almaty.get("code"))
                .then().statusCode(200).body("code", hasItems(almaty.get("code") + ".smd-75-11", almaty.get("code") + ".smd-75-12"))
                .body("seats.sum()", equalTo(22));
    }

    @Test
    void otherRolesCannotAddContests() {
        String mazhilis = ElectionFixtures.openMazhilis();
        for (String token : new String[] {TestTokens.citizen(), TestTokens.observer(), TestTokens.tabulator("KZ")}) {
            addContest(token, mazhilis, district("KZ-75", 4)).statusCode(403);
        }
        given().contentType(ContentType.JSON).body(district("KZ-75", 4))
                .when().post("/api/v1/elections/{code}/contests", mazhilis).then().statusCode(401);
    }

    private static Map<String, Object> maslikhat(String unit, String level, int seats) {
        Map<String, Object> body = ElectionFixtures.request("MASLIKHAT", unit, LocalDate.of(2027, 3, 19));
        body.put("maslikhatLevel", level);
        body.put("seats", seats);
        return body;
    }

    private static Map<String, Object> district(String unit, int number) {
        return Map.of("kind", "SINGLE_MANDATE", "unitCode", unit, "districtNumber", number);
    }

    private static ValidatableResponse addContest(String token, Object election, Map<String, Object> contest) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(contest)
                .when().post("/api/v1/elections/{code}/contests", election).then();
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
