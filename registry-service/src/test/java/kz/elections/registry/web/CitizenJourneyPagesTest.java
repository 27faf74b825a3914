package kz.elections.registry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import kz.elections.common.web.MessageBundleKeys;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;

/**
 * The citizen's way to a filed nomination as anyone finds it (issue 17): "Become a candidate" for everyone, the open
 * contests by election and unit with a filter, what to know before the form (who may stand, what to prepare, the
 * deposit and its payment, the deadlines in local time), a closed contest saying so, the confirmation with the next
 * steps, withdrawal that asks first, statuses explained; and the commission's side: no register button while the
 * nomination cannot be registered (the reasons in the page's language), decisions confirmed, the filed details shown.
 */
@QuarkusTest
class CitizenJourneyPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    /** Text a person reads holding an ISO instant ("2026-03-05T13:00Z"): allowed only in a datetime attribute. */
    private static final Pattern RAW_INSTANT = Pattern.compile(">[^<]*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    private static String citizen() {
        return TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).redirects().follow(false);
    }

    private static void noRawInstant(String html) {
        assertFalse(RAW_INSTANT.matcher(html).find(), "a raw ISO instant is shown: " + html);
    }

    @Test
    void theJourneysWordsAreInEveryLanguage() {
        assertEquals(List.of(), MessageBundleKeys.gaps(StandMessages.class, "stand"));
    }

    @Test
    void everyoneSeesTheOpenContestsByElectionAndUnitAndCanFilterThem() {
        String election = ElectionFixtures.openMazhilis();
        String html = given().get("/ui").then().statusCode(200)
                .body(containsString("href=\"/ui/stand\"")).extract().asString();
        assertTrue(html.contains("data-service=\"stand\""), "the shared menu offers it to everyone, signed in or not");

        html = given().get("/ui/stand?unit=KZ-75").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("data-election=\"" + election + "\""))
                .body(containsString("Алматы қаласы, № 1 бір мандатты округ"))
                .body(containsString("href=\"/ui/stand/" + election + ".smd-75-01\""))
                .body(containsString("href=\"/ui/citizen/nominations/new?contest=" + election + ".smd-75-01\""))
                .body(containsString("<option value=\"KZ-75\" selected>Алматы қаласы</option>"))
                .body(not(containsString(election + ".smd-11-01")))
                .body(not(containsString(election + ".list\"")))
                .extract().asString();
        noRawInstant(html);
        // the closing time in Almaty time, in the page's language
        given().get("/ui/stand?unit=KZ-75&lang=ru").then().statusCode(200)
                .body(containsString("18:00 (UTC+5)")).body(containsString("Алматы, одномандатный округ № 1"));
        given().get("/ui/stand?unit=KZ-75&q=no-such-district").then().statusCode(200)
                .body(containsString("data-count=\"0\""));
    }

    @Test
    void beforeTheFormAPersonLearnsWhoMayStandTheDepositAndTheDeadlines() {
        String election = ElectionFixtures.openMazhilis();
        String contest = election + ".smd-75-01";
        String html = given().get("/ui/stand/{c}?lang=en", contest).then().statusCode(200)
                .body(containsString("aged 25 or more"))
                .body(containsString("for the last 10 years"))
                // 15 minimum wages of 85,000 ₸ (2026/2027), with the thousands separator and the tenge sign
                .body(containsString("data-deposit=\"1275000\">1,275,000\u00a0₸ per candidate."))
                .body(containsString("by bank transfer"))
                .body(containsString("6:00 PM (UTC+5)"))
                .body(containsString("id=\"start-form\" href=\"/ui/citizen/nominations/new?contest=" + contest + "\""))
                .body(not(containsString("id=\"closed\"")))
                .extract().asString();
        noRawInstant(html);

        // A contest not open: said so, with the date, and no form; the form's address says the same.
        Map<String, Object> later = ElectionFixtures.request("MAZHILIS", null, LocalDate.now().plusDays(90));
        String notYet = ElectionFixtures.create(later).getString("code") + ".smd-75-01";
        given().get("/ui/stand/{c}", notYet).then().statusCode(200).body(containsString("id=\"closed\""))
                .body(not(containsString("id=\"start-form\"")));
        as(citizen()).get("/ui/citizen/nominations/new?contest={c}", notYet).then().statusCode(200)
                .body(containsString("Бұл округте ұсыну аяқталды")).body(not(containsString("f-person-iin")));
        // An open one: the form, with the deposit and the close summed up above it.
        as(citizen()).get("/ui/citizen/nominations/new?contest={c}", contest).then().statusCode(200)
                .body(containsString("id=\"summary\"")).body(containsString("f-person-iin"));
    }

    @Test
    void afterFilingTheNextStepsThenTheStatusExplainedAndAWithdrawalThatAsksFirst() {
        String contest = ElectionFixtures.openMazhilis() + ".smd-75-01";
        String token = citizen();
        String id = NominationFixtures.submit(token, NominationFixtures.self(contest, NominationFixtures.person()))
                .statusCode(201).extract().path("id");
        String html = as(token).get("/ui/citizen/nominations/{id}?done=filed&lang=ru", id).then().statusCode(200)
                .body(containsString("Ваше выдвижение подано"))
                .body(containsString("Оплатите избирательный взнос 1\u00a0275\u00a0000\u00a0₸"))
                .body(containsString("Подано; комиссия ещё не решила."))
                .body(containsString("href=\"/ui/citizen/nominations/" + id + "/withdrawal\""))
                .extract().asString();
        noRawInstant(html);
        as(token).get("/ui/citizen/nominations?lang=ru").then().statusCode(200)
                .body(containsString("Что означают статусы")).body(containsString("Выдвижение отозвано и больше не учитывается."));
        as(token).get("/ui/citizen/nominations/{id}/withdrawal", id).then().statusCode(200)
                .body(containsString("id=\"confirm-withdrawal\""));
    }

    @Test
    void theCommissionIsOfferedRegistrationOnlyWhenPossibleAndSeesWhatWasDone() {
        String contest = ElectionFixtures.openMazhilis() + ".smd-75-01";
        String id = NominationFixtures.submit(citizen(), NominationFixtures.self(contest, NominationFixtures.person()))
                .statusCode(201).extract().path("id");
        String commission = TestTokens.centralCommission();

        String html = as(commission).get("/ui/commission/nominations/{id}", id).then().statusCode(200)
                .body(not(containsString("value=\"REGISTER\"")))
                .body(containsString("id=\"not-registrable\""))
                .body(containsString("value=\"REFUSE\""))
                .body(containsString("data-detail=\"occupation\""))
                .extract().asString();
        noRawInstant(html);
        assertFalse(html.contains(">PENDING<"), "statuses in the page's language");

        as(commission).contentType(FORM).formParam("amount", "1275000")
                .post("/ui/commission/nominations/{id}/deposit", id).then().statusCode(303)
                .header("Location", endsWith("/ui/commission/nominations/" + id + "?done=deposit"));
        as(commission).get("/ui/commission/nominations/{id}?done=deposit&lang=en", id).then().statusCode(200)
                .body(containsString("Deposit recorded: 1,275,000\u00a0₸."))
                .body(containsString("value=\"REGISTER\"")).body(not(containsString("id=\"not-registrable\"")));
        int version = given().auth().oauth2(commission).get("/api/v1/nominations/{id}", id).then().extract().path("version");
        as(commission).contentType(FORM).formParam("action", "REGISTER").formParam("version", String.valueOf(version))
                .post("/ui/commission/nominations/{id}/decisions", id).then().statusCode(303)
                .header("Location", endsWith("/ui/commission/nominations/" + id + "?done=REGISTER"));
        as(commission).get("/ui/commission/nominations/{id}?done=REGISTER", id).then().statusCode(200)
                .body(containsString("data-decision=\"REGISTER\"")).body(containsString("data-status=\"REGISTERED\""));
        given().auth().oauth2(commission).get("/api/v1/nominations/{id}", id).then().body("status", equalTo("REGISTERED"));

        // The queue: no longer pending, among the decided, found by its contest, with its local decision time.
        as(commission).get("/ui/commission/nominations?q={c}", contest).then().statusCode(200)
                .body(not(containsString("data-nomination=\"" + id + "\"")));
        html = as(commission).get("/ui/commission/nominations?state=decided&q={c}", contest).then().statusCode(200)
                .body(containsString("data-nomination=\"" + id + "\"")).body(containsString("data-status=\"REGISTERED\""))
                .body(containsString("data-count=\"1\"")).extract().asString();
        noRawInstant(html);
    }

    @Test
    void theRootAddressLeadsToThePages() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/ui"));
    }
}
