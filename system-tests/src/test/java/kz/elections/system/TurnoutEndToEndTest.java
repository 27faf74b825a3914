package kz.elections.system;

import static io.restassured.RestAssured.given;
import static kz.elections.system.Platform.BALLOT;
import static kz.elections.system.Platform.RESULTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Election day of the demo Mazhilis 2023 election (its day has passed, so every reporting time has come): the Almaty
 * city and Astana tabulators, each with their Keycloak token, report turnout at 10:00 and 12:00 for precincts of their
 * own unit; neither may report for the other's; the public figures per unit and for the nation move by exactly what
 * they reported, as JSON, CSV and a page.
 */
class TurnoutEndToEndTest {

    static final String ELECTION = "mazhilis-2023";
    static final String LIST = ELECTION + ".list";

    static String almatyTabulator;
    static String astanaTabulator;

    @BeforeAll
    static void platform() {
        Platform.start();
        almatyTabulator = Platform.token("almaty-tabulator");
        astanaTabulator = Platform.newUser("astana-tabulator-" + UUID.randomUUID().toString().substring(0, 8), "tabulator",
                Map.of("territory", "KZ-71"));
    }

    /** A precinct of the demo election in {@code unit}, the {@code index}-th by number: its id and list size. */
    private record Precinct(String id, long voters) {
    }

    private static Precinct precinct(String unit, int index) {
        List<Map<String, Object>> items = given().get(BALLOT + "/api/v1/precincts?contest=" + LIST).then().statusCode(200)
                .extract().path("items.findAll { it.unitCode == '" + unit + "' }.sort { it.number }");
        Map<String, Object> p = items.get(index);
        return new Precinct((String) p.get("id"), ((Number) p.get("voters")).longValue());
    }

    private static io.restassured.response.ValidatableResponse report(String token, Precinct precinct, String time, long voted) {
        return given().auth().oauth2(token).header("Idempotency-Key", "system-" + precinct.id() + "-" + time)
                .contentType(ContentType.JSON)
                .body(Map.of("contest", LIST, "precinct", precinct.id(), "time", time, "voted", voted))
                .when().post(RESULTS + "/api/v1/elections/{code}/turnout/reports", ELECTION).then();
    }

    private static JsonPath figures() {
        return given().when().get(RESULTS + "/api/v1/elections/{code}/turnout", ELECTION).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*")).extract().jsonPath();
    }

    private static long figure(JsonPath figures, int time, String unit, String field) {
        String path = "KZ".equals(unit) ? "times[" + time + "].nation." + field
                : "times[" + time + "].units.find { it.unitCode == '" + unit + "' }." + field;
        return figures.getLong(path);
    }

    @Test
    void tabulatorsReportTurnoutAtTwoTimesInTwoUnitsAndThePublicFiguresAddUp() {
        Precinct almaty1 = precinct("KZ-75", 0);
        Precinct almaty2 = precinct("KZ-75", 1);
        Precinct astana = precinct("KZ-71", 0);
        JsonPath before = figures();
        assertEquals("10:00", before.getString("times[0].time"));
        assertEquals("12:00", before.getString("times[1].time"));

        report(almatyTabulator, almaty1, "10:00", 311).statusCode(201);
        report(almatyTabulator, almaty2, "10:00", 295).statusCode(201);
        report(astanaTabulator, astana, "10:00", 402).statusCode(201);
        report(almatyTabulator, almaty1, "12:00", 640).statusCode(201);
        report(astanaTabulator, astana, "12:00", 870).statusCode(201);
        // A retry with the same key answers the report; another unit's tabulator is refused; a figure lower than 10:00's too.
        report(astanaTabulator, astana, "12:00", 870).statusCode(200).body("voted", equalTo(870));
        report(astanaTabulator, almaty2, "12:00", 500).statusCode(403);
        given().auth().oauth2(almatyTabulator).contentType(ContentType.JSON)
                .body(Map.of("contest", LIST, "precinct", almaty2.id(), "time", "12:00", "voted", 294))
                .when().post(RESULTS + "/api/v1/elections/{code}/turnout/reports", ELECTION).then().statusCode(422)
                .body("failedRules[0].rule", equalTo("NOT_LOWER_THAN_EARLIER"));

        JsonPath after = figures();
        Map<String, long[]> expected = Map.of( // unit → {reported at 10:00, voted at 10:00, reported at 12:00, voted at 12:00}
                "KZ-75", new long[] {2, 311 + 295, 1, 640},
                "KZ-71", new long[] {1, 402, 1, 870},
                "KZ", new long[] {3, 311 + 295 + 402, 2, 640 + 870});
        expected.forEach((unit, figures) -> {
            for (int time = 0; time < 2; time++) {
                long[] moved = {figure(after, time, unit, "precinctsReported") - figure(before, time, unit, "precinctsReported"),
                        figure(after, time, unit, "voted") - figure(before, time, unit, "voted")};
                assertArrayEquals(new long[] {figures[2 * time], figures[2 * time + 1]}, moved, unit + " at time " + time);
                // The percentage is exact: voted ÷ (list + added) of the precincts that reported, to two places, half up.
                long whole = figure(after, time, unit, "votersOnListReported") + figure(after, time, unit, "votersAddedReported");
                String percent = BigDecimal.valueOf(figure(after, time, unit, "voted")).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString();
                assertEquals(percent, after.getString("KZ".equals(unit) ? "times[" + time + "].nation.percent"
                        : "times[" + time + "].units.find { it.unitCode == '" + unit + "' }.percent"), unit);
            }
        });
        assertEquals(almaty1.voters() + almaty2.voters() + astana.voters() + before.getLong("times[0].nation.votersOnListReported"),
                after.getLong("times[0].nation.votersOnListReported"));

        byte[] csv = given().queryParam("format", "csv").when().get(RESULTS + "/api/v1/elections/{code}/turnout", ELECTION)
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        given().queryParam("lang", "ru").when().get(RESULTS + "/ui/elections/{code}/turnout", ELECTION).then().statusCode(200)
                .body(containsString("Явка в течение дня: " + ELECTION))
                .body(containsString("data-unit=\"KZ-71\""));
        given().auth().oauth2(astanaTabulator).queryParam("time", "12:00")
                .when().get(RESULTS + "/api/v1/elections/{code}/turnout/missing", ELECTION).then().statusCode(200)
                .body("missing.precinct", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(astana.id())))
                .body("missing.unitCode", org.hamcrest.Matchers.everyItem(equalTo("KZ-71")));
    }
}
