package kz.elections.results.turnout;

import static io.restassured.RestAssured.given;
import static kz.elections.results.turnout.TestTurnout.report;
import static kz.elections.results.turnout.TestTurnout.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.common.web.MessageBundleKeys;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/**
 * The public turnout page and the commission's queue: the nation at each time, the units ranked, a chart per unit
 * drawn as SVG, every word in the reader's language. Precincts 0 and 1 in KZ-75, 2 in KZ-71, 3,000 voters each.
 */
@QuarkusTest
class TurnoutPagesTest {

    /** What may stay Latin on a Kazakh page: unit codes, the open data's formats, the election's code. */
    private static final Set<String> LATIN_ALLOWED = Set.of("KZ", "CSV", "JSON", "Tizim", "kk", "ru", "en", "English",
            "Қазақша", "Русский");

    private TestContest contest;

    @BeforeEach
    void kz75ReportsMoreThanKz71() {
        contest = TestContest.district(List.of("Әбілов", "Ысқақов"), List.of("KZ-75", "KZ-75", "KZ-71"));
        String kz = TestTokens.tabulator("KZ");
        submit(kz, contest, report(contest, 0, "10:00", 300)).statusCode(201);
        submit(kz, contest, report(contest, 2, "10:00", 150)).statusCode(201);
        submit(kz, contest, report(contest, 0, "12:00", 900)).statusCode(201);
        submit(kz, contest, report(contest, 2, "12:00", 600)).statusCode(201);
    }

    @Test
    void everyKeyOfTheTurnoutBundleIsInEveryLanguage() {
        assertEquals(List.of(), MessageBundleKeys.gaps(TurnoutMessages.class, "turnout"));
    }

    @Test
    void thePageShowsTheNationRanksTheUnitsAndDrawsAChartPerUnitWithoutSignIn() {
        String html = given().queryParam("lang", "en").when().get("/ui/elections/{code}/turnout", contest.election())
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", containsString("max-age=5"))
                .body(containsString("Turnout through the day: " + contest.election()))
                // 12:00: 1,500 of 6,000 = 25.00 %; 10:00: 450 of 6,000 = 7.50 %
                .body(containsString("<th scope=\"row\">10:00</th><td>2 of 3</td><td>450</td><td>7.50</td>"))
                .body(containsString("<th scope=\"row\">12:00</th><td>2 of 3</td><td>1500</td><td>25.00</td>"))
                .body(containsString("<th scope=\"row\">20:00 (close of the polls)</th><td>0 of 3</td>"))
                .body(containsString("Units ranked by turnout at 12:00"))
                .body(containsString("href=\"/ui/elections/" + contest.election() + "/turnout\""))
                .body(containsString("href=\"/api/v1/elections/" + contest.election() + "/turnout?format=csv\""))
                .extract().asString();
        // KZ-75 (900 of 3,000 reported: 30.00 %) before KZ-71 (600 of 3,000: 20.00 %)
        assertTrue(html.indexOf("<tr data-unit=\"KZ-75\"><td>1</td>") > 0, html);
        assertTrue(html.indexOf("<tr data-unit=\"KZ-71\"><td>2</td>") > html.indexOf("<tr data-unit=\"KZ-75\">"));
        // KZ-71's chart: 10:00 at 5 % and 12:00 at 20 % of a 96-unit plot from y = 8
        assertTrue(html.contains("<polyline class=\"line\" points=\"34.00,99.20 73.20,84.80\"/>"), html);
        assertTrue(html.contains("<desc id=\"turnout-0-desc\">10:00: 5.00 %; 12:00: 20.00 %</desc>"), html);
        assertEquals(2, html.split("<svg class=\"turnout-chart\"", -1).length - 1, "one chart per unit");
    }

    @Test
    void theUnitsAreNamedAndTheMapOfTheResultsPageShowsTheirTurnoutAtTheLatestTime() {
        String html = given().queryParam("lang", "kk").when().get("/ui/elections/{code}/turnout", contest.election())
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("<figcaption class=\"h6\">Өңірлер бойынша қатысу, 12:00</figcaption>"), html);
        // 12:00: KZ-75 at 30.00 % and KZ-71 at 20.00 %, both in the 20–40 % band; each tile leads to the unit's chart.
        assertTrue(html.contains("<a href=\"#turnout-unit-KZ-75\" data-unit=\"KZ-75\" aria-label=\"Алматы қаласы: қатысу 30.00 %\">"),
                html);
        assertTrue(html.contains("<a href=\"#turnout-unit-KZ-71\" data-unit=\"KZ-71\" aria-label=\"Астана қаласы: қатысу 20.00 %\">"));
        assertTrue(html.contains("aria-label=\"Шымкент қаласы: әзірге сан жоқ\""));
        assertEquals(20, html.split("<a href=\"#turnout-unit-KZ-\\d\\d\" data-unit=", -1).length - 1, "a tile per unit");
        assertTrue(html.contains("id=\"turnout-unit-KZ-75\""));
        assertTrue(html.contains("<th scope=\"row\"><a href=\"#turnout-unit-KZ-75\">Алматы қаласы</a></th>"));
        assertTrue(html.contains("<title id=\"turnout-0-title\">"), html);
    }

    @Test
    void theKazakhPageHasNoEnglish() {
        String html = given().queryParam("lang", "kk").when().get("/ui/elections/{code}/turnout", contest.election())
                .then().statusCode(200).body(containsString("lang=\"kk\"")).extract().asString();
        String text = html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]+>", " ")
                .replace(contest.election(), " ");
        Set<String> latin = new TreeSet<>();
        Matcher words = Pattern.compile("\\p{IsLatin}{2,}").matcher(text);
        while (words.find()) {
            latin.add(words.group());
        }
        latin.removeAll(LATIN_ALLOWED);
        assertEquals(Set.of(), latin, "Latin words on the Kazakh page");
        assertTrue(html.contains("Күн бойы сайлаушылардың қатысуы"));
    }

    @Test
    void theResultsPagesLinkToTheTurnoutPage() {
        kz.elections.results.stub.TestProtocols.submit(TestTokens.tabulator("KZ"),
                kz.elections.results.stub.TestProtocols.protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType("application/json").body("{}")
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201);
        given().queryParam("lang", "en").when().get("/ui/elections/{code}", contest.election()).then().statusCode(200)
                .body(containsString("<a class=\"nav-link\" href=\"/ui/elections/" + contest.election() + "/turnout\">Turnout</a>"));
        given().when().get("/ui/elections/{code}/turnout", "no-such-election").then().statusCode(404);
    }

    @Test
    void theQueuePageListsTheTerritorysPrecinctsNotReportedForItsTabulatorOnly() {
        given().auth().oauth2(TestTokens.tabulator("KZ-75")).queryParam("time", "12:00").queryParam("lang", "ru")
                .redirects().follow(false).when()
                .get("/ui/commission/elections/{code}/turnout/missing", contest.election()).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("data-precinct=\"" + contest.precincts().get(1) + "\""))
                .body(not(containsString("data-precinct=\"" + contest.precincts().get(0) + "\"")))
                .body(not(containsString("data-precinct=\"" + contest.precincts().get(2) + "\"")))
                .body(containsString("1 из 2 участков вашей территории ещё не сообщили."));
        given().auth().oauth2(TestTokens.tabulator("KZ-71")).queryParam("time", "12:00").redirects().follow(false).when()
                .get("/ui/commission/elections/{code}/turnout/missing", contest.election()).then().statusCode(200)
                .body(containsString("id=\"none-missing\""));
        given().auth().oauth2(TestTokens.observer("observer-" + java.util.UUID.randomUUID())).redirects().follow(false).when()
                .get("/ui/commission/elections/{code}/turnout/missing", contest.election()).then().statusCode(403);
        given().redirects().follow(false).when()
                .get("/ui/commission/elections/{code}/turnout/missing", contest.election()).then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(302), org.hamcrest.Matchers.is(401)));
    }
}
