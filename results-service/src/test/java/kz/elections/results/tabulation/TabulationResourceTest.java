package kz.elections.results.tabulation;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

@QuarkusTest
class TabulationResourceTest {

    private static final Instant FEB_17 = Instant.parse("2023-02-17T15:45:00Z");
    private static final Instant FEB_18 = Instant.parse("2023-02-18T09:30:00Z");
    private static final Instant FEB_19 = Instant.parse("2023-02-19T12:00:00Z");

    private static JsonPath tabulation(TestContest contest) {
        return given().auth().oauth2(TestTokens.commission("KZ")).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void equalRemaindersGoToTheListRegisteredEarlierForThisElectionNotToTheOlderParty() {
        // Art. 97-1 p.4. Party A holds state registration no. 1 but its list was registered a day after B's.
        TestContest contest = TestContest.partyList(2, List.of("A", "B", "C"), "MAZHILIS", null, List.of(1, 2, 3),
                List.of(FEB_18, FEB_17, FEB_19));
        // quota 500: C takes one whole seat; A and B both have remainder 1/2 for the last one
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(250L, 250L, 500L), 0, 0)).statusCode(201);

        given().auth().oauth2(TestTokens.commission("KZ")).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200)
                .body(contest.seatsPath("", "A"), equalTo(0)).body(contest.seatsPath("", "B"), equalTo(1))
                .body(contest.seatsPath("", "C"), equalTo(1))
                .body("allocation.trace.ties[0]", allOf(containsString(contest.ref("B") + " (list registered " + FEB_17 + ")"),
                        containsString(contest.ref("A") + " (list registered " + FEB_18 + ")"),
                        containsString(contest.ref("B") + " was registered earlier")))
                .body("allocation.trace.steps", hasItem(containsString("not the party's state registration (Art. 97-1 p.4)")))
                .body("allocation.trace.lists[0].id", equalTo(contest.ref("B")))
                .body("allocation.trace.lists[0].listRegisteredAt", equalTo(FEB_17.toString()));
    }

    @Test
    void aListIsCountedByTheRulesOfTheBodyItFillsNotGuessedFromItsTerritory() {
        // a regional maslikhat's list without a unit would have been guessed a Mazhilis list
        TestContest contest = TestContest.partyList(10, List.of("A", "B"), "REGIONAL_MASLIKHAT", null, List.of(1, 2),
                List.of(FEB_17, FEB_18));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(960L, 40L), 0, 0)).statusCode(201);

        given().auth().oauth2(TestTokens.commission("KZ")).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200)
                .body("allocation.trace.rules.body", equalTo("MASLIKHAT"))
                // only A passes: B is admitted with at least 1 seat (a maslikhat's minimum), not 2
                .body(contest.seatsPath("", "B"), equalTo(1)).body(contest.seatsPath("", "A"), equalTo(9));
    }

    @Test
    void refusesAListContestOfABodyElectedInDistrictsOnly() {
        TestContest contest = TestContest.partyList(10, List.of("A", "B"), "CITY_MASLIKHAT", null, List.of(1, 2),
                List.of(FEB_17, FEB_18));

        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(500L, 500L), 0, 0)).statusCode(409)
                .body("body", equalTo("CITY_MASLIKHAT"))
                .body("detail", containsString("a city maslikhat has no party list"));
    }

    @Test
    void eachUnitGivesItsVotesPerOptionAndTheyAddUpToTheNationalTotals() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов", "Бекова"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(500L, 300L, 100L), 10, 90)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(120L, 640L, 200L), 5, 35)).statusCode(201);

        JsonPath t = tabulation(contest);

        assertEquals(List.of("KZ-71", "KZ-75"), t.<String>getList("units.unitCode").stream().sorted().toList());
        for (int option = 0; option < 3; option++) {
            long national = t.getLong("options[" + option + "].votes");
            long inUnits = 0;
            for (int unit = 0; unit < 2; unit++) {
                assertEquals(t.getInt("options[" + option + "].position"),
                        t.getInt("units[" + unit + "].options[" + option + "].position"));
                assertEquals(t.getString("options[" + option + "].ref"), t.getString("units[" + unit + "].options[" + option + "].ref"));
                inUnits += t.getLong("units[" + unit + "].options[" + option + "].votes");
            }
            assertEquals(national, inUnits, "option " + (option + 1));
        }
        Map<String, Object> almaty = t.getMap("units.find { it.unitCode == 'KZ-75' }");
        assertEquals(List.of(500, 300, 100), ((List<Map<String, Object>>) almaty.get("options")).stream().map(o -> o.get("votes")).toList());
        assertEquals(90, ((Map<?, ?>) almaty.get("totals")).get("againstAll"));
        assertEquals(125L, t.getLong("units[0].totals.againstAll") + t.getLong("units[1].totals.againstAll"));
        assertEquals(125L, t.getLong("nation.againstAll"));
    }
}
