package kz.elections.results.web;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.common.web.MessageBundleKeys;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/**
 * The results page on election night: the whole Mazhilis (69 list seats and the districts), every district's winner
 * with party and margin, the units by name with the tile map, times in Almaty's local time, and the live update's
 * hooks. The list has reported in KZ-75 only (one of its two precincts); of three districts, one was won by a party's
 * candidate, one by a self-nominated candidate, and one has no protocol yet.
 */
@QuarkusTest
class ElectionNightPagesTest {

    private static final List<String> PARTIES = List.of("AMANAT", "AUYL", "RESPUBLICA", "QHP", "BAYTAQ", "AKZHOL", "OSDP");
    private static final List<Long> VOTES = List.of(560L, 113L, 89L, 71L, 24L, 87L, 54L);
    private static final String NBSP = "\u00a0";

    private TestContest list;
    private TestContest partyWon;
    private TestContest selfWon;

    @BeforeEach
    void aMazhilisElectionWithThreeDistricts() {
        list = TestContest.partyList(69, PARTIES, List.of(1, 2, 7, 4, 6, 3, 5));
        partyWon = TestContest.anotherDistrict(list, "smd-75-01", List.of("Ахметов Ержан", "Бекова Айгүл"), List.of("KZ-75"),
                List.of("AMANAT", "AUYL"));
        selfWon = TestContest.anotherDistrict(list, "smd-75-02", List.of("Сейітов Нұрлан", "Омарова Гүлнар"),
                List.of("KZ-75"));
        TestContest.anotherDistrict(list, "smd-75-03", List.of("Жақсылықов Арман", "Ілиясова Дана"), List.of("KZ-75"));
        String tabulator = TestTokens.tabulator("KZ");
        submit(tabulator, protocol(list, 0, VOTES, 20, 40)).statusCode(201);
        submit(tabulator, protocol(partyWon, 0, List.of(700L, 650L), 10, 30)).statusCode(201);
        submit(tabulator, protocol(selfWon, 0, List.of(300L, 1200L), 0, 0)).statusCode(201);
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/elections/{code}/results", list.election()).then().statusCode(201);
    }

    private String page(String lang) {
        return given().queryParam("lang", lang).when().get("/ui/elections/{code}", list.election()).then().statusCode(200)
                .extract().asString();
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    /** The row of the districts table for a contest. */
    private static String districtRow(String html, String contest) {
        int start = html.indexOf("<tr data-contest=\"" + contest + "\"");
        assertTrue(start > 0, contest + " has a row");
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void everyKeyOfTheUnitBundleIsInEveryLanguage() {
        assertEquals(List.of(), MessageBundleKeys.gaps(UnitMessages.class, "units"));
    }

    @Test
    void theWholeChamberHasTheListsSeatsAndOneSeatPerDistrictByTheWinnersParty() {
        String html = page("kk");
        // 69 list seats in the list's own diagram, and 69 + 3 in the chamber's
        assertEquals(69 + 72, count(html, "<circle "));
        assertTrue(html.contains("<title id=\"chamber-seats\">72 мандат: AMANAT 41, "), html);
        assertTrue(html.contains(", өзін-өзі ұсынған 1, әлі шешілмеген 1</title>"), html);
        assertEquals(3, count(html, " class=\"district\""));
        // The district AMANAT won wears AMANAT's colour; the self-nominated grey, the undecided white.
        assertEquals(1, count(html, "fill=\"#0072B2\" class=\"district\" data-party=\"AMANAT\""));
        assertEquals(1, count(html, "fill=\"#6E7781\" class=\"district\""));
        assertEquals(1, count(html, "fill=\"#FFFFFF\" class=\"district\""));
        assertThat(html, allOf(containsString("69 мандат партиялық тізімнен және 3 мандат бір мандатты округтерден"),
                containsString("<th scope=\"row\"><svg class=\"swatch\" viewBox=\"0 0 1 1\" aria-hidden=\"true\"><rect width=\"1\" "
                        + "height=\"1\" fill=\"#0072B2\"/></svg> AMANAT</th><td class=\"text-end\">40</td><td class=\"text-end\">1</td>"
                        + "<td class=\"text-end\">41</td>")));
        // The list's own diagram is still there, readable on its own.
        assertTrue(html.contains("<title id=\"seats-0\">69 мандат: AMANAT 40, "), html);
    }

    @Test
    void everyDistrictHasItsWinnerByRegistrationIdPartyAndMarginAndItsCandidatesByVotes() {
        String html = page("kk");
        String won = districtRow(html, partyWon.code());
        assertThat(won, allOf(containsString("data-registration=\"" + partyWon.refs().get(0) + "\""),
                containsString("Ахметов Ержан"), containsString("AMANAT"),
                // 700 − 650 of 1,380 valid ballots (candidates and against all)
                containsString("50 дауыс (3.62 пайыздық тармақ)"), containsString("Алматы қаласы")));
        String self = districtRow(html, selfWon.code());
        assertThat(self, allOf(containsString("data-registration=\"" + selfWon.refs().get(1) + "\""),
                containsString("Омарова Гүлнар"), containsString("өзін-өзі ұсынған"),
                containsString("900 дауыс (60.00 пайыздық тармақ)")));
        assertThat(districtRow(html, list.election() + ".smd-75-03"), containsString("әзірге хаттама жоқ"));
        // In the district's own table the candidate with the most votes comes first, whatever the ballot order.
        int section = html.indexOf("<h2 id=\"contest-");
        int omarova = html.indexOf("data-registration=\"" + selfWon.refs().get(1) + "\">", section);
        int seiitov = html.indexOf("data-registration=\"" + selfWon.refs().get(0) + "\">", section);
        assertTrue(omarova > 0 && seiitov > omarova, "Омарова (1,200) before Сейітов (300)");
        assertTrue(html.contains("<td class=\"text-end\">1" + NBSP + "200</td>"), "thousands separated in Kazakh");
        assertTrue(page("en").contains("<td class=\"text-end\">1,200</td>"), "thousands separated in English");
    }

    @Test
    void theUnitsAreNamedAndTheMapHasATileForEachOfTheTwentyUnitsLinkingToItsFigures() {
        String html = page("kk");
        int listSection = html.indexOf("id=\"contest-0-party-map\"");
        assertTrue(listSection > 0, html);
        Matcher tiles = Pattern.compile("<a href=\"#contest-0-unit-(KZ-\\d\\d)\" data-unit=\"\\1\"").matcher(html);
        int found = 0;
        while (tiles.find()) {
            found++;
        }
        assertEquals(2 * 20, found, "a tile for each of the 20 units on each of the two maps");
        assertThat(html, allOf(containsString("aria-label=\"Алматы қаласы: алда AMANAT, 53.95 %\""),
                containsString("aria-label=\"Астана қаласы: әзірге сан жоқ\""),
                containsString("aria-label=\"Абай облысы: әзірге сан жоқ\""),
                containsString("aria-label=\"Алматы қаласы: қатысу 35.27 %\""),
                containsString("<details class=\"unit-figures mb-2\" id=\"contest-0-unit-KZ-75\" data-unit=\"KZ-75\">"),
                containsString("<summary>Алматы қаласы: Қатысу 35.27 %, 1 ішінен 1</summary>"),
                containsString("<a href=\"#contest-0-unit-KZ-75\">Алматы қаласы</a>"),
                not(containsString(">KZ-75<"))));
        // The tile of KZ-75 has AMANAT's colour, white text on it; the turnout tile its 20–40 % band.
        assertTrue(html.matches("(?s).*data-unit=\"KZ-75\" aria-label=\"Алматы қаласы: алда AMANAT, 53.95 %\">"
                + "<title>[^<]*</title><rect [^>]*fill=\"#0072B2\"/><text class=\"on-dark\".*"), "party tile");
        assertTrue(html.matches("(?s).*aria-label=\"Алматы қаласы: қатысу 35.27 %\"><title>[^<]*</title><rect [^>]*"
                + "fill=\"#9ECAE1\"/>.*"), "turnout tile");
        String russian = page("ru");
        assertThat(russian, allOf(containsString("город Алматы"), containsString("Весь состав палаты"),
                containsString("самовыдвиженец"), containsString("Лидирующий список по регионам")));
    }

    @Test
    void timesAreTheElectionsLocalTimeInTheLanguagesFormat() {
        for (String lang : List.of("kk", "ru", "en")) {
            String html = page(lang);
            Matcher time = Pattern.compile("<time datetime=\"([^\"]+)\">([^<]+)</time>").matcher(html);
            assertTrue(time.find(), html);
            String expected = OffsetDateTime.parse(time.group(1)).atZoneSameInstant(ZoneId.of("Asia/Almaty"))
                    .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(lang)));
            assertEquals(expected, time.group(2), lang);
            assertThat(html, not(containsString("UTC")));
        }
    }

    @Test
    void provisionalResultsAskForTheLatestWithTheirEtagFromAStaticScriptAndAVersionPageDoesNot() {
        String html = page("kk");
        assertThat(html, allOf(
                containsString("<div id=\"results-live\" data-etag=\"W/&quot;" + list.election() + "-1-kk&quot;\" data-live=\"/ui/elections/"
                        + list.election() + "\""),
                containsString("<p id=\"results-announce\" class=\"visually-hidden\" role=\"status\"></p>"),
                containsString("<script type=\"module\" src=\"/static/results-live.js\"></script>")));
        // The page's policy allows no inline script or style.
        assertEquals(count(html, "<script"), count(html, "<script type=\"module\" src=\"/static/"));
        assertEquals(0, count(html, " style=\""));
        given().when().get("/ui/elections/{code}/versions/1", list.election()).then().statusCode(200)
                .body(containsString("<div id=\"results-live\""))
                .body(not(containsString("data-live=")));
        given().when().get("/static/results-live.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("'If-None-Match': live.dataset.etag"));
    }
}
