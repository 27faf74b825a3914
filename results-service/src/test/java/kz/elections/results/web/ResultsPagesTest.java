package kz.elections.results.web;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.common.web.CommonMessages;
import kz.elections.common.web.MessageBundleKeys;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

@QuarkusTest
class ResultsPagesTest {

    private static final List<String> PARTIES = List.of("AMANAT", "AUYL", "RESPUBLICA", "QHP", "BAYTAQ", "AKZHOL", "OSDP");
    private static final List<Long> VOTES = List.of(560L, 113L, 89L, 71L, 24L, 87L, 54L);

    /** The seven lists of ResultsResourceTest on 69 seats, one of the two precincts reported. */
    static TestContest reportedList() {
        TestContest contest = TestContest.partyList(69, PARTIES, List.of(1, 2, 7, 4, 6, 3, 5));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, VOTES, 20, 40)).statusCode(201);
        return contest;
    }

    static void publish(String election, String reason) {
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON)
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .when().post("/api/v1/elections/{code}/results", election).then().statusCode(201);
    }

    private static int count(String html, String needle) {
        int count = 0;
        for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    @Test
    void everyKeyOfTheResultsAndSharedBundlesIsInEveryLanguage() {
        assertEquals(List.of(), MessageBundleKeys.gaps(ResultsMessages.class, "msg"));
        assertEquals(List.of(), MessageBundleKeys.gaps(CommonMessages.class, "common"));
    }

    @Test
    void aCertificationIsNamedInThePagesLanguageNotByTheRecordedReason() {
        TestContest contest = reportedList();
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, VOTES, 20, 40)).statusCode(201);
        publish(contest.election(), null);
        given().auth().oauth2(TestTokens.commission("bob", "KZ")).when()
                .post("/api/v1/elections/{code}/results/versions/1/certification", contest.election())
                .then().statusCode(201);

        given().when().get("/ui/elections/{code}?lang=ru", contest.election()).then().statusCode(200)
                .body(containsString("<td>утверждает версию 1</td>"))
                .body(not(containsString("certifies version")));
        given().when().get("/ui/elections/{code}?lang=kk", contest.election()).then().statusCode(200)
                .body(containsString("<td>1-нұсқаны бекітеді</td>"))
                .body(not(containsString("certifies version")));
    }

    @Test
    void theLatestResultsDrawOneDotPerSeatInTheListsColoursWithoutSignIn() {
        TestContest contest = reportedList();
        publish(contest.election(), null);
        Map<String, Integer> seats = given().when().get("/api/v1/elections/{code}/results/latest", contest.election())
                .then().statusCode(200).extract().jsonPath().getMap("contests[0].allocation.seats", String.class, Integer.class);

        String html = given().when().get("/ui/elections/{code}", contest.election())
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Cache-Control", allOf(containsString("public"), containsString("max-age=5")))
                .header("ETag", containsString(contest.election() + "-1-kk"))
                .extract().asString();

        assertEquals(69, count(html, "<circle "));
        for (String party : PARTIES) {
            assertEquals(seats.get(contest.ref(party)), count(html, "data-party=\"" + party + "\""), party);
        }
        assertEquals(0, count(html, "data-party=\"BAYTAQ\""));
        assertEquals(40, seats.get(contest.ref("AMANAT")));
        // The first list in ballot order wears the palette's first colour.
        assertEquals(40, count(html, "fill=\"#0072B2\" data-party=\"AMANAT\""));
        // The page's policy allows no inline style or script: the swatches are drawn, not styled.
        assertEquals(0, count(html, " style=\""));
        assertEquals(0, count(html, "<script>"));
        assertThat(html, containsString("<rect width=\"1\" height=\"1\" fill=\"#0072B2\"/>"));
        assertThat(html, allOf(
                containsString("<title id=\"seats-0\">69 мандат: AMANAT 40, "),
                containsString("/api/v1/elections/" + contest.election() + "/results/latest?format=csv"),
                containsString("href=\"/api/v1/elections/" + contest.election() + "/results/latest\""),
                containsString("Есептеу негізі — 1\u00a0038 жарамды бюллетень"),
                containsString("BAYTAQ: 24 дауыс (2.31 %), өту шегінен төмен: мандат алмайды."),
                containsString("Квота: жіберілген тізімдердің 974 дауысы ÷ 69 мандат = 974/69"),
                containsString("href=\"/ui/elections/" + contest.election() + "/versions/1\""),
                containsString("Хаттама берген учаскелер: 2 ішінен 1 (50.00 %)"),
                containsString("<progress max=\"1\" value=\"1\""),
                containsString("<progress max=\"1\" value=\"0\"")));
    }

    @Test
    void anUnchangedPageIsNotSentAgainAndEachLanguageHasItsOwnEtag() {
        TestContest contest = reportedList();
        publish(contest.election(), null);
        String etag = given().when().get("/ui/elections/{code}", contest.election())
                .then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).when().get("/ui/elections/{code}", contest.election())
                .then().statusCode(304).header("ETag", etag);
        String russian = given().header("If-None-Match", etag).when().get("/ui/elections/{code}?lang=ru", contest.election())
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, russian);
    }

    @Test
    void theLanguageSwitchChangesTheWordsAndTheHtmlLang() {
        TestContest contest = reportedList();
        publish(contest.election(), null);

        given().when().get("/ui/elections/{code}", contest.election()).then().statusCode(200)
                .body(containsString("<html lang=\"kk\">")).body(containsString("Мандаттар қалай бөлінді"));
        given().when().get("/ui/elections/{code}?lang=ru", contest.election()).then().statusCode(200)
                .cookie("tizim-lang", "ru")
                .body(containsString("<html lang=\"ru\">")).body(containsString("Как распределены мандаты"))
                .body(containsString("Квота: 974 голосов допущенных списков ÷ 69 мандатов = 974/69"));
        given().cookie("tizim-lang", "en").when().get("/ui/elections/{code}", contest.election()).then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("How the seats were allocated"))
                .body(containsString("OSDP: 54 votes (5.20 %), at or above the threshold: admitted."))
                .body(not(containsString("Мандаттар қалай бөлінді")));
    }

    @Test
    void eachLanguagesPageNamesAListByItsRegisteredNameInThatLanguage() {
        TestContest contest = TestContest.partyList(69, PARTIES, List.of(1, 2, 7, 4, 6, 3, 5));
        kz.elections.results.stub.UpstreamStub.rename(contest.code(), contest.ref("AMANAT"), "«AMANAT» партиясы",
                "Партия «AMANAT»", "AMANAT Party");
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, VOTES, 20, 40)).statusCode(201);
        publish(contest.election(), null);

        String kazakh = given().when().get("/ui/elections/{code}?lang=kk", contest.election()).then().statusCode(200)
                .extract().asString();
        String russian = given().when().get("/ui/elections/{code}?lang=ru", contest.election()).then().statusCode(200)
                .extract().asString();
        String english = given().when().get("/ui/elections/{code}?lang=en", contest.election()).then().statusCode(200)
                .extract().asString();

        assertThat(kazakh, allOf(containsString("<span lang=\"kk\">«AMANAT» партиясы</span>"),
                not(containsString("Партия «AMANAT»")), not(containsString("AMANAT Party"))));
        assertThat(russian, allOf(containsString("<span lang=\"ru\">Партия «AMANAT»</span>"),
                not(containsString("«AMANAT» партиясы")), not(containsString("AMANAT Party"))));
        assertThat(english, allOf(containsString("<span lang=\"en\">AMANAT Party</span>"),
                not(containsString("«AMANAT» партиясы")), not(containsString("Партия «AMANAT»"))));
        // The published version keeps the English name beside the ballot's Kazakh and Russian labels.
        given().when().get("/api/v1/elections/{code}/results/latest", contest.election()).then().statusCode(200)
                .body("contests[0].options[0].labelEn", org.hamcrest.Matchers.equalTo("AMANAT Party"));
    }

    @Test
    void anEnglishPageGivesACandidatesRussianFormNotATranslation() {
        TestContest contest = TestContest.district(List.of("Ахметов Ержан", "Бекова Айгүл"));
        kz.elections.results.stub.UpstreamStub.rename(contest.code(), contest.ref("Бекова Айгүл"), "Бекова Айгүл",
                "Бекова Айгуль", null);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 750L), 10, 30)).statusCode(201);
        publish(contest.election(), null);

        given().when().get("/ui/elections/{code}?lang=en", contest.election()).then().statusCode(200)
                .body(containsString("<span lang=\"ru\">Бекова Айгуль</span>"))
                .body(containsString("Elected: Бекова Айгуль, 750 votes"))
                .body(not(containsString("Бекова Айгүл")));
        given().when().get("/ui/elections/{code}?lang=kk", contest.election()).then().statusCode(200)
                .body(containsString("<span lang=\"kk\">Бекова Айгүл</span>"))
                .body(containsString("Сайланды: Бекова Айгүл, 750 дауыс"));
    }

    @Test
    void beforePublicationThereIsANotFoundPageNotAnError() {
        TestContest contest = reportedList();

        given().when().get("/ui/elections/{code}", contest.election()).then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("<html lang=\"kk\">"));
        given().when().get("/ui/elections/{code}/versions/1", contest.election()).then().statusCode(404)
                .contentType(startsWith("text/html"));
        given().when().get("/ui/elections/{code}/versions/0", contest.election()).then().statusCode(404);
        given().when().get("/ui/elections/{code}/versions/first", contest.election()).then().statusCode(404);
        given().when().get("/ui/elections/{code}/versions/99999999999", contest.election()).then().statusCode(404);
    }

    @Test
    void eachVersionHasItsOwnLastingPageAndTheHistoryLinksThemAll() {
        TestContest contest = reportedList();
        publish(contest.election(), null);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, VOTES, 20, 40)).statusCode(201);
        publish(contest.election(), "All precincts reported");

        given().queryParam("lang", "en").when().get("/ui/elections/{code}/versions/1", contest.election()).then()
                .statusCode(200).header("Cache-Control", allOf(containsString("max-age=31536000"), containsString("immutable")))
                .body(containsString("Version 1: provisional results"))
                .body(containsString("Precincts reported: 1 of 2 (50.00 %)"))
                .body(containsString("/api/v1/elections/" + contest.election() + "/results/versions/1?format=csv"))
                .body(containsString("href=\"/ui/elections/" + contest.election() + "\""))
                .body(not(containsString("/versions/2\"")));
        given().queryParam("lang", "en").when().get("/ui/elections/{code}", contest.election()).then().statusCode(200)
                .body(containsString("Version 2: provisional results"))
                .body(containsString("Precincts reported: 2 of 2 (100.00 %)"))
                .body(containsString("All precincts reported"))
                .body(containsString("/ui/elections/" + contest.election() + "/versions/1\""))
                .body(containsString("/ui/elections/" + contest.election() + "/versions/2\""));
        given().when().get("/ui/elections/{id}", contest.electionId()).then().statusCode(200)
                .body(containsString("2-нұсқа: алдын ала нәтижелер"));
    }

    @Test
    void aSingleSeatContestNamesItsWinner() {
        TestContest contest = TestContest.district(List.of("Ахметов Ержан", "Бекова Айгүл"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 650L), 10, 30)).statusCode(201);
        publish(contest.election(), null);

        String html = given().when().get("/ui/elections/{code}", contest.election()).then().statusCode(200).extract().asString();
        assertThat(html, allOf(containsString("Сайланды: Ахметов Ержан, 700 дауыс (50.72 %)."),
                containsString("бір мандатты округ"), not(containsString("<circle"))));
    }

    @Test
    void theIndexListsPublishedElectionsAndNothingIsWritableThroughThePages() {
        TestContest contest = reportedList();
        publish(contest.election(), null);

        given().when().get("/ui").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("href=\"/ui/elections/" + contest.election() + "\""));
        given().when().post("/ui/elections/{code}", contest.election()).then().statusCode(405)
                .contentType(startsWith("text/html"));
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).when().post("/ui/elections/{code}", contest.election())
                .then().statusCode(405);
    }

    @Test
    void aSignedInReadersPageIsKeptOnlyInTheirOwnCache() {
        TestContest contest = reportedList();
        publish(contest.election(), null);

        given().auth().oauth2(TestObservers.national()).when().get("/ui/elections/{code}", contest.election()).then()
                .statusCode(200).header("Cache-Control", startsWith("private"))
                .body(containsString("/ui/signout"));
        // A token that fails to authenticate makes an anonymous reader of a public page, as the public API does.
        given().auth().oauth2("not-a-token").when().get("/ui/elections/{code}", contest.election()).then()
                .statusCode(200).header("Cache-Control", startsWith("public")).body(containsString("/ui/signin"));
    }
}
