package kz.elections.ballot.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import kz.elections.ballot.TestTokens;
import kz.elections.ballot.ballot.Contests;
import kz.elections.common.web.CommonMessages;
import kz.elections.common.web.MessageBundleKeys;

@QuarkusTest
class BallotPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Pattern OPTION = Pattern.compile(
            "data-position=\"(\\d+)\" data-kind=\"(\\w+)\">.*?<span class=\"option-kk\">([^<]*)</span>.*?<span class=\"option-ru\">([^<]*)</span>",
            Pattern.DOTALL);

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).redirects().follow(false);
    }

    private static RequestSpecification posting(String token) {
        String host = "localhost:" + RestAssured.port;
        return as(token).contentType(FORM).header("Host", host).header("Origin", "http://" + host);
    }

    private static String page(String contest) {
        return "/ui/commission/contests/" + contest + "/ballot";
    }

    private static String district() {
        return Contests.district(new String[] {"Ісатаев", "Арман", "Болатұлы"}, new String[] {"Әбілов", "Ерлан", "Серікұлы"},
                new String[] {"Абдуллин", "Марат", "Ахметұлы"});
    }

    /** The options of the first ballot sheet on the page, as "position kind labelKk / labelRu". */
    private static List<String> optionsShown(String html, String section) {
        String sheet = html.substring(html.indexOf("id=\"" + section + "\""));
        sheet = sheet.substring(0, sheet.indexOf("</ol>"));
        List<String> options = new ArrayList<>();
        Matcher option = OPTION.matcher(sheet);
        while (option.find()) {
            options.add(option.group(1) + " " + option.group(2) + " " + option.group(3) + " / " + option.group(4));
        }
        return options;
    }

    /** The options of a ballot as the API answers it; {@code path} leads to the ballot in the answer ("" for the root). */
    private static List<String> optionsOf(JsonPath ballot, String path) {
        String document = path.isEmpty() ? "document" : path + ".document";
        List<String> options = new ArrayList<>();
        for (int i = 0; i < ballot.getList(document + ".options").size(); i++) {
            String option = document + ".options[" + i + "].";
            options.add(ballot.getInt(option + "position") + " " + ballot.getString(option + "kind") + " "
                    + ballot.getString(option + "labelKk") + " / " + ballot.getString(option + "labelRu"));
        }
        return options;
    }

    @Test
    void thePageLinksBootstrapAndTheSharedStylesheetAndTheServiceServesBoth() {
        String html = as(TestTokens.commission("KZ-75")).get(page(district())).then().statusCode(200).extract().asString();

        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/static/bootstrap.min.css\">"), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/static/tizim.css\">"), html);
        given().get("/static/bootstrap.min.css").then().statusCode(200).contentType(startsWith("text/css"))
                .body(containsString("Bootstrap"), containsString(".btn-primary"));
        given().get("/static/tizim.css").then().statusCode(200).contentType(startsWith("text/css"))
                .body(containsString(":focus-visible"));
    }

    @Test
    void theStartPageRootAndSignInExistSoEveryMenuAndErrorPageLinkLeadsSomewhere() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/ui"));
        given().get("/ui?lang=ru").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<h1>Бюллетени</h1>"))
                .body(containsString("action=\"/ui/ballot\""))
                .body(containsString("data-service=\"results\""))
                .body(not(containsString("/ui/commission/contests/")));
        given().redirects().follow(false).get("/ui/ballot?contest=mazhilis-2023.smd-75-01").then().statusCode(303)
                .header("Location", endsWith("/ui/commission/contests/mazhilis-2023.smd-75-01/ballot"));
        given().redirects().follow(false).get("/ui/ballot?contest=../../x").then().statusCode(303)
                .header("Location", endsWith("/ui"));
        given().get("/ui/no-such-page").then().statusCode(404).body(containsString("href=\"/ui\""));
    }

    @Test
    void everyKeyOfTheBallotAndSharedBundlesIsInEveryLanguage() {
        assertEquals(List.of(), MessageBundleKeys.gaps(BallotMessages.class, "msg"));
        assertEquals(List.of(), MessageBundleKeys.gaps(CommonMessages.class, "common"));
    }

    @Test
    void theCommissionOfTheTerritoryComposesReviewsAndApprovesTheBallotAsTheApiHasIt() {
        String contest = district();
        String almaty = TestTokens.commission("KZ-75");

        as(almaty).get(page(contest)).then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("id=\"no-ballot\""))
                .body(containsString("<label class=\"form-label\" for=\"f-reason\">"));

        posting(almaty).post(page(contest) + "/drafts").then().statusCode(303)
                .header("Location", containsString(page(contest)));
        JsonPath drafts = given().auth().oauth2(almaty).queryParam("contest", contest).get("/api/v1/ballots")
                .then().statusCode(200).extract().jsonPath();
        String draftId = drafts.getString("[0].id");
        String draftHash = drafts.getString("[0].contentHash");
        String html = as(almaty).get(page(contest)).then().statusCode(200)
                .body(containsString("data-content-hash=\"" + draftHash + "\""))
                .body(containsString("name=\"ballot\" value=\"" + draftId + "\""))
                .extract().asString();
        List<String> shown = optionsShown(html, "draft");
        assertEquals(optionsOf(drafts, "[0]"), shown);
        assertEquals(4, shown.size());
        assertTrue(shown.get(3).startsWith("4 AGAINST_ALL Барлығына қарсы / Против всех"), shown.get(3));

        posting(almaty).formParam("ballot", draftId).post(page(contest) + "/approval").then().statusCode(303);
        JsonPath approved = given().get("/api/v1/contests/{code}/ballot", contest).then().statusCode(200)
                .body("version", equalTo(1)).body("contentHash", equalTo(draftHash)).extract().jsonPath();
        html = as(almaty).get(page(contest)).then().statusCode(200)
                .body(containsString("id=\"approved\" data-status=\"APPROVED\""))
                .body(containsString("data-version=\"1\""))
                .body(containsString("data-content-hash=\"" + draftHash + "\""))
                .body(not(containsString("id=\"draft\"")))
                .extract().asString();
        assertEquals(optionsOf(approved, ""), optionsShown(html, "approved"));
        // the status and the moments in the page's language and Almaty time, never codes or ISO instants
        assertTrue(html.contains("data-status=\"APPROVED\">Бекітілген</dd>"), "the status in Kazakh");
        assertFalse(Pattern.compile(">[^<]*\\d{4}-\\d{2}-\\d{2}T\\d{2}:").matcher(html).find(), "no raw instant");
        assertTrue(html.contains("(UTC+5)"), "local time with its offset");
        // the start page lists it for the commission
        as(almaty).get("/ui").then().statusCode(200).body(containsString("href=\"" + page(contest) + "\""));
        given().auth().oauth2(TestTokens.observer()).queryParam("entityId", draftId).get("/api/v1/audit").then()
                .statusCode(200).body("action", equalTo(List.of("ballot.composed", "ballot.approved")));
    }

    @Test
    void aLaterVersionNeedsAReasonShownAtTheReasonField() {
        String contest = district();
        String almaty = TestTokens.commission("KZ-75");
        posting(almaty).post(page(contest) + "/drafts").then().statusCode(303);
        String first = given().auth().oauth2(almaty).queryParam("contest", contest).get("/api/v1/ballots").then()
                .extract().path("[0].id");
        posting(almaty).formParam("ballot", first).post(page(contest) + "/approval").then().statusCode(303);

        as(almaty).get(page(contest) + "?lang=en").then().statusCode(200)
                .body(containsString("Reason for a new version (required: a version is approved already)"))
                .body(containsString("name=\"reason\" rows=\"2\" required"));
        as(almaty).get(page(contest) + "?lang=ru").then().statusCode(200)
                .body(containsString("Причина новой версии (обязательна: версия уже утверждена)"));
        posting(almaty).formParam("reason", "  ").post(page(contest) + "/drafts").then().statusCode(400)
                .body(containsString("aria-describedby=\"f-reason-error\""))
                .body(containsString("id=\"f-reason-error\" data-field=\"reason\">нұсқа бекітіліп қойған: жаңасының себебін көрсетіңіз<"));
        posting(almaty).formParam("reason", "  ").post(page(contest) + "/drafts?lang=ru").then().statusCode(400)
                .body(containsString("data-field=\"reason\">версия уже утверждена: укажите причину новой<"))
                .body(not(containsString("approved already")));
        given().auth().oauth2(almaty).queryParam("contest", contest).get("/api/v1/ballots").then().body("size()", equalTo(1));

        posting(almaty).formParam("reason", "A candidate withdrew").post(page(contest) + "/drafts").then().statusCode(303);
        as(almaty).get(page(contest)).then().statusCode(200)
                .body(containsString("id=\"draft\" data-status=\"DRAFT\""))
                .body(containsString("A candidate withdrew"));
        posting(almaty).formParam("ballot", first).post(page(contest) + "/approval").then().statusCode(409)
                .body(containsString("data-field=\"general\""));
        posting(almaty).formParam("ballot", "not-a-ballot").post(page(contest) + "/approval").then().statusCode(404);
    }

    @Test
    void onlyTheCommissionOfTheContestsTerritoryOpensOrChangesTheBallotPage() {
        String contest = district();
        for (String token : List.of(TestTokens.citizen(), TestTokens.partyAgent(UUID.randomUUID()),
                TestTokens.tabulator("KZ-75"), TestTokens.observer())) {
            as(token).get(page(contest)).then().statusCode(403).contentType(startsWith("text/html"));
            posting(token).post(page(contest) + "/drafts").then().statusCode(403);
        }
        String otherRegion = TestTokens.commission("KZ-11");
        as(otherRegion).get(page(contest)).then().statusCode(403);
        posting(otherRegion).formParam("reason", "x").post(page(contest) + "/drafts").then().statusCode(403);
        given().auth().oauth2(TestTokens.commission("KZ-75")).queryParam("contest", contest).get("/api/v1/ballots").then()
                .body("size()", equalTo(0));

        posting(TestTokens.commission("KZ")).post(page(contest) + "/drafts").then().statusCode(303);
        String draft = given().auth().oauth2(TestTokens.commission("KZ")).queryParam("contest", contest)
                .get("/api/v1/ballots").then().extract().path("[0].id");
        posting(otherRegion).formParam("ballot", draft).post(page(contest) + "/approval").then().statusCode(403);
        as(TestTokens.commission("KZ")).header("Origin", "https://evil.example").contentType(FORM)
                .formParam("ballot", draft).post(page(contest) + "/approval").then().statusCode(403);
        given().auth().oauth2(TestTokens.commission("KZ")).get("/api/v1/ballots/{id}", draft).then()
                .body("status", equalTo("DRAFT"));

        given().redirects().follow(false).get(page(contest)).then().statusCode(302)
                .header("Location", allOf(startsWith("https://tizim.test/realms/elections/protocol/openid-connect/auth"),
                        containsString("code_challenge_method=S256")));
    }
}
