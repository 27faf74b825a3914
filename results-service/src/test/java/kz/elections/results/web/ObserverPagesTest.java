package kz.elections.results.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.common.web.MessageBundleKeys;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/** The observers' pages: the report form and own reports, the commission's queue and answer, the public counts. */
@QuarkusTest
class ObserverPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final String TEXT = "Байқаушыны санауға жібермеді";

    @Test
    void everyWordOfTheObserversPagesIsInKazakhAndRussian() {
        assertEquals(List.of(), MessageBundleKeys.gaps(ObserverMessages.class, "obs"));
    }

    @Test
    void anObserverFilesThroughTheFormTheCommissionAnswersInItsQueueAndThePublicSeesOnlyTheCount() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String username = TestObservers.accredited("KZ-75", Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(1)));
        String observer = TestTokens.observer(username);
        String observedAt = LocalDateTime.now(ZoneId.of("Asia/Almaty")).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString();
        Map<String, String> form = Map.of("contest", contest.code(), "precinct", contest.precincts().get(0).toString(),
                "observedAt", observedAt, "category", "OBSTRUCTION_OF_OBSERVERS", "language", "kk", "text", TEXT);

        given().auth().oauth2(observer).when().get("/ui/observer/reports/new?lang=ru").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("препятствия наблюдателям"));
        given().auth().oauth2(observer).contentType(FORM).formParams(form).redirects().follow(false)
                .when().post("/ui/observer/reports").then().statusCode(303)
                .header("Location", containsString("/ui/observer/reports"));
        given().auth().oauth2(observer).when().get("/ui/observer/reports?lang=en").then().statusCode(200)
                .body(containsString(TEXT)).body(containsString("obstruction of observers")).body(containsString("filed"));

        String queue = given().auth().oauth2(TestTokens.commission("KZ-75")).when().get("/ui/commission/observer-reports?lang=kk")
                .then().statusCode(200).body(containsString("байқаушыларға кедергі")).extract().asString();
        String id = queue.replaceAll("(?s).*data-report=\"([0-9a-f-]{36})\".*", "$1");
        given().auth().oauth2(TestTokens.commission("KZ-75")).contentType(FORM).formParams(Map.of("state", "ACKNOWLEDGED"))
                .redirects().follow(false).when().post("/ui/commission/observer-reports/{id}/answers", id).then()
                .statusCode(303);
        given().auth().oauth2(observer).when().get("/ui/observer/reports?lang=en").then().statusCode(200)
                .body(containsString("acknowledged"));

        given().when().get("/ui/elections/{code}/observer-reports?lang=en", contest.election()).then().statusCode(200)
                .body(containsString("1 reports in all")).body(containsString("obstruction of observers"))
                .body(not(containsString(TEXT))).body(not(containsString(username)));
    }

    @Test
    void aRefusalOfTheServiceIsShownOnTheFormAndTheAnswerFormShowsTheStateMachinesRefusal() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String outside = TestTokens.observer(TestObservers.accredited("KZ-71", Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(1))));
        Map<String, String> form = Map.of("contest", contest.code(), "precinct", contest.precincts().get(0).toString(),
                "observedAt", LocalDateTime.now(ZoneId.of("Asia/Almaty")).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString(),
                "category", "COUNTING", "language", "ru", "text", "Пересчёт без наблюдателей");
        given().auth().oauth2(outside).contentType(FORM).formParams(form).when().post("/ui/observer/reports").then()
                .statusCode(403).body(containsString("id=\"form-errors\"")).body(containsString("KZ-71"));
        Map<String, String> blank = Map.of("contest", contest.code(), "category", "COUNTING", "language", "ru", "text", " ");
        given().auth().oauth2(outside).contentType(FORM).formParams(blank).when().post("/ui/observer/reports").then()
                .statusCode(400).body(containsString("data-field=\"precinct\"")).body(containsString("data-field=\"text\""));
        given().redirects().follow(false).when().get("/ui/observer/reports").then().statusCode(302);
        given().auth().oauth2(TestTokens.citizen()).when().get("/ui/commission/observer-reports").then().statusCode(403);
    }
}
