package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/** Open data below the versions: each precinct's accepted protocol, each unit's running totals, as UTF-8 CSV. */
@QuarkusTest
class OpenResultsTest {

    private static final String ABILOV = "Әбілов Нұрлан Серікұлы";
    private static final String KASYMOVA = "Қасымова Әйгерім Ғалымқызы";

    @Test
    void eachAcceptedProtocolIsOpenAsUtf8CsvWithKazakhNamesIntact() throws IOException {
        TestContest contest = TestContest.district(List.of(ABILOV, KASYMOVA));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(100L, 300L), 7, 5)).statusCode(201);

        List<CSVRecord> rows = ResultsCsvTest.csv(given().queryParam("format", "csv")
                .when().get("/api/v1/elections/{code}/results/precincts", contest.election()).andReturn());

        assertEquals(4, rows.size(), "two candidates, against all and invalid, of the one precinct that reported");
        CSVRecord kasymova = rows.get(1);
        assertEquals(KASYMOVA, kasymova.get("label_kk"));
        assertEquals(KASYMOVA, kasymova.get("label_ru"));
        assertEquals(contest.refs().get(1).toString(), kasymova.get("registration_id"));
        assertEquals("300", kasymova.get("votes"));
        assertEquals("1001", kasymova.get("precinct"));
        assertEquals("KZ-75", kasymova.get("unit"));
        assertEquals(contest.code(), kasymova.get("contest"));
        assertEquals(List.of("CANDIDATE", "CANDIDATE", "AGAINST_ALL", "INVALID"), rows.stream().map(r -> r.get("kind")).toList());
        assertEquals(List.of("100", "300", "5", "7"), rows.stream().map(r -> r.get("votes")).toList());
        assertEquals(412L, rows.stream().mapToLong(r -> Long.parseLong(r.get("votes"))).sum());
        assertEquals("412", rows.get(0).get("took_part"));
    }

    @Test
    void precinctsAreJsonByDefaultAndShowOnlyCurrentProtocols() {
        TestContest contest = TestContest.district(List.of(ABILOV, KASYMOVA));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(100L, 300L), 0, 0)).statusCode(201);
        Map<String, Object> correction = protocol(contest, 1, List.of(110L, 290L), 0, 0);
        correction.put("correctionReason", "a recount");
        submit(TestTokens.tabulator("KZ"), correction).statusCode(201);

        given().when().get("/api/v1/elections/{code}/results/precincts", contest.election())
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("precincts", hasSize(1))
                .body("precincts[0].precinct", equalTo(1002)).body("precincts[0].unitCode", equalTo("KZ-71"))
                .body("precincts[0].protocolVersion", equalTo(2))
                .body("precincts[0].options.votes", equalTo(List.of(110, 290)))
                .body("precincts[0].options[0].labelKk", equalTo(ABILOV))
                .body("precincts[0].options[0].registrationId", equalTo(contest.refs().get(0).toString()));
        given().when().get("/api/v1/elections/{code}/results/precincts", "test-no-such-election")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unitRowsAddUpToTheNationalTotals() throws IOException {
        TestContest contest = TestContest.partyList(69, List.of("AMANAT", "Ауыл", "Ақ жол"), List.of(1, 2, 3));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(560L, 113L, 89L), 20, 40)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(410L, 213L, 19L), 3, 11)).statusCode(201);
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201);
        JsonPath published = given().when().get("/api/v1/elections/{code}/results/latest", contest.election())
                .then().statusCode(200).extract().jsonPath();

        List<CSVRecord> rows = ResultsCsvTest.csv(given().accept("text/csv")
                .when().get("/api/v1/elections/{code}/results/units", contest.election()).andReturn());

        assertEquals(List.of("KZ-71", "KZ-75"), rows.stream().map(r -> r.get("unit")).distinct().sorted().toList());
        Map<String, Long> sums = new HashMap<>();
        rows.forEach(r -> sums.merge(r.get("kind") + r.get("position"), Long.parseLong(r.get("votes")), Long::sum));
        for (int i = 0; i < 3; i++) {
            assertEquals(published.getLong("contests[0].options[" + i + "].votes"), sums.get("PARTY" + (i + 1)));
        }
        assertEquals(published.getLong("contests[0].nation.againstAll"), sums.get("AGAINST_ALL"));
        assertEquals(published.getLong("contests[0].nation.invalid"), sums.get("INVALID"));
        assertTrue(rows.stream().anyMatch(r -> r.get("label_kk").equals("Ақ жол") && r.get("votes").equals("89")));

        given().when().get("/api/v1/elections/{code}/results/units", contest.election())
                .then().statusCode(200).contentType(ContentType.JSON).body("units", hasSize(2))
                .body("units.find { it.unitCode == 'KZ-71' }.options.votes", equalTo(List.of(410, 213, 19)));
    }

    @Test
    void theOpenOperationsAreDescribedWithTheirSchemasAndProblems() {
        String base = "paths.'/api/v1/elections/{code}/results/";
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(base + "precincts'.get.description", containsString("Public"))
                .body(base + "precincts'.get.responses.'200'.content.'application/json'.schema", notNullValue())
                .body(base + "precincts'.get.responses.'200'.content.'text/csv'.examples", notNullValue())
                .body(base + "precincts'.get.responses.'404'.content.'application/problem+json'", notNullValue())
                .body(base + "units'.get.description", containsString("national totals"))
                .body(base + "units'.get.responses.'404'.content.'application/problem+json'", notNullValue())
                .body(base + "stream'.get.description", containsString("Public"))
                .body(base + "stream'.get.responses.'200'.content.'text/event-stream'.schema", notNullValue());
    }
}
