package kz.elections.results.turnout;

import static io.restassured.RestAssured.given;
import static kz.elections.results.turnout.TestTurnout.report;
import static kz.elections.results.turnout.TestTurnout.submit;
import static kz.elections.results.turnout.TestTurnout.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.EventStream;
import kz.elections.results.stub.TestContest;

/**
 * The public figures: per unit and for the nation at each reporting time, exactly; as CSV with a byte-order mark; with
 * an ETag; open to other sites; and announced in the push feed. Precincts 0 and 1 in KZ-75, 2 in KZ-71, 3,000 each.
 */
@QuarkusTest
class TurnoutFiguresTest {

    @TestHTTPResource("/")
    URL root;

    private TestContest contest;

    @BeforeEach
    void threePrecinctsReportAtTenAndOneAtNoon() {
        contest = TestContest.district(List.of("Әбілов", "Ысқақов"), List.of("KZ-75", "KZ-75", "KZ-71"));
        String kz = TestTokens.tabulator("KZ");
        submit(kz, contest, report(contest, 0, "10:00", 300)).statusCode(201);
        submit(kz, contest, with(report(contest, 1, "10:00", 450), "votersAdded", 10)).statusCode(201);
        submit(kz, contest, report(contest, 2, "10:00", 600)).statusCode(201);
        submit(kz, contest, report(contest, 0, "12:00", 900)).statusCode(201);
    }

    @Test
    void eachTimeGivesTheNationAndEachUnitWithPrecinctsReportedOfAllExactly() {
        given().when().get("/api/v1/elections/{code}/turnout", contest.election()).then().statusCode(200)
                .body("reportingTimes", equalTo(List.of("10:00", "12:00", "14:00", "16:00", "18:00")))
                .body("close", equalTo("20:00"))
                .body("times.time", equalTo(List.of("10:00", "12:00", "14:00", "16:00", "18:00", "20:00")))
                .body("times[5].close", equalTo(true))
                // 10:00: 1,350 of 9,000 + 10 added = 14.9833… %
                .body("times[0].nation.unitCode", equalTo("KZ"))
                .body("times[0].nation.precinctsReported", equalTo(3)).body("times[0].nation.precincts", equalTo(3))
                .body("times[0].nation.voted", equalTo(1350)).body("times[0].nation.votersOnListReported", equalTo(9000))
                .body("times[0].nation.votersAddedReported", equalTo(10)).body("times[0].nation.votersOnList", equalTo(9000))
                .body("times[0].nation.percent", equalTo("14.98"))
                .body("times[0].units.unitCode", equalTo(List.of("KZ-71", "KZ-75")))
                .body("times[0].units.voted", equalTo(List.of(600, 750)))
                // KZ-75: 750 of 6,010 = 12.4792… %
                .body("times[0].units.percent", equalTo(List.of("20.00", "12.48")))
                .body("times[0].units.precinctsReported", equalTo(List.of(1, 2)))
                // 12:00: one precinct of three, 900 of 3,000
                .body("times[1].nation.precinctsReported", equalTo(1)).body("times[1].nation.precincts", equalTo(3))
                .body("times[1].nation.voted", equalTo(900)).body("times[1].nation.percent", equalTo("30.00"))
                .body("times[1].units.precinctsReported", equalTo(List.of(0, 1)))
                .body("times[1].units.percent", equalTo(List.of("0.00", "30.00")))
                .body("times[2].nation.precinctsReported", equalTo(0)).body("times[2].nation.percent", equalTo("0.00"));
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndHasARowPerTimeAndUnit() throws Exception {
        byte[] bytes = given().queryParam("format", "csv").when().get("/api/v1/elections/{code}/turnout", contest.election())
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "starts with the UTF-8 byte-order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(TurnoutAggregates.HEADER + "\n"));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertEquals(6 * 3, rows.size(), "the nation and two units at six times");
        CSVRecord nationAtTen = rows.get(0);
        assertEquals(List.of(contest.election(), "10:00", "false", "KZ", "3", "3", "1350", "9000", "10", "9000", "14.98"),
                nationAtTen.toList());
        assertEquals(List.of("12:00", "KZ-75", "1", "900", "30.00"), List.of(rows.get(5).get("time"), rows.get(5).get("unit"),
                rows.get(5).get("precincts_reported"), rows.get(5).get("voted"), rows.get(5).get("percent")));
    }

    @Test
    void anUnchangedFigureIsNotSentAgainAndAChangeGivesANewEtag() {
        String etag = given().when().get("/api/v1/elections/{code}/turnout", contest.election()).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=5")).extract().header("ETag");
        String csvEtag = given().accept("text/csv").when().get("/api/v1/elections/{code}/turnout", contest.election())
                .then().statusCode(200).extract().header("ETag");
        assertTrue(!etag.equals(csvEtag), "JSON and CSV are told apart");
        given().header("If-None-Match", etag).when().get("/api/v1/elections/{code}/turnout", contest.election())
                .then().statusCode(304);

        submit(TestTokens.tabulator("KZ"), contest, report(contest, 1, "12:00", 500)).statusCode(201);
        String changed = given().header("If-None-Match", etag).when()
                .get("/api/v1/elections/{code}/turnout", contest.election()).then().statusCode(200).extract().header("ETag");
        assertTrue(!etag.equals(changed));
    }

    @Test
    void theFiguresAreOpenToPagesOfOtherSitesByIdToo() {
        given().header("Origin", "https://news.example").when()
                .get("/api/v1/elections/{code}/turnout", contest.electionId().toString()).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*")).body("electionCode", equalTo(contest.election()));
        given().when().get("/api/v1/elections/{code}/turnout", "no-such-election").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theResultsStreamAnnouncesEachStoredReport() throws Exception {
        try (EventStream stream = EventStream.open(root, "api/v1/elections/" + contest.election() + "/results/stream",
                "turnout")) {
            submit(TestTokens.tabulator("KZ"), contest, report(contest, 2, "12:00", 700)).statusCode(201);
            JsonPath notice = stream.next();
            assertEquals("12:00", notice.getString("time"));
            assertEquals("KZ-71", notice.getString("unitCode"));
            assertEquals("/api/v1/elections/" + contest.election() + "/turnout?format=csv", notice.getString("links.csv"));
        }
    }

    @Test
    void theTurnoutOperationsAreDescribedWithWhoMayCallThem() {
        String base = "paths.'/api/v1/elections/{code}/turnout";
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body(base + "'.get.description", org.hamcrest.Matchers.containsString("Public"))
                .body(base + "'.get.responses.'200'.content.'text/csv'.examples", org.hamcrest.Matchers.notNullValue())
                .body(base + "/reports'.post.description", org.hamcrest.Matchers.containsString("CL Art. 43"))
                .body(base + "/reports'.post.description", org.hamcrest.Matchers.containsString("territory"))
                .body(base + "/missing'.get.description", org.hamcrest.Matchers.containsString("not public"));
    }
}
