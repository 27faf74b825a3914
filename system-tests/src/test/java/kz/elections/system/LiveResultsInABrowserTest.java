package kz.elections.system;

import static io.restassured.RestAssured.given;
import static kz.elections.system.ElectionDriver.composeAndApprove;
import static kz.elections.system.ElectionDriver.importPrecincts;
import static kz.elections.system.ElectionDriver.nominateAndRegister;
import static kz.elections.system.ElectionDriver.person;
import static kz.elections.system.ElectionDriver.submitProtocol;
import static kz.elections.system.ElectionDriver.token;
import static kz.elections.system.ElectionDriver.user;
import static kz.elections.system.Platform.REGISTRY;
import static kz.elections.system.Platform.RESULTS;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;

/**
 * Election night in a browser: the results page of a provisional election stays open in Chromium while a tabulator
 * submits the last precinct's protocol and the commission publishes a new version; the page's script (results-live.js,
 * asking for the latest page with its ETag) shows the new reporting figure without a reload. A small akim election of
 * Akmola region of its own, so that nothing else publishes it. Screenshots in target/screenshots.
 */
class LiveResultsInABrowserTest {

    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final String ELECTION = "akim-11-" + RUN;
    /** The script asks every 15 s; a new version must show within a few turns. */
    static final Duration SHOWN_WITHIN = Duration.ofSeconds(75);

    static String commission;
    static String tabulator;

    @BeforeAll
    static void platform() {
        Platform.start();
        commission = user("akmola-commission-" + RUN, "commission", Map.of("territory", "KZ-11"));
        tabulator = user("akmola-tabulator-" + RUN, "tabulator", Map.of("territory", "KZ-11"));
    }

    @Test
    void aNewVersionShowsOnTheOpenPageWithoutAReload() {
        ElectionDriver.callElection(commission, """
                "kind": "AKIM", "territory": "KZ-11", "code": "%s", "name": "Ауыл әкімін сайлау (live results test)\""""
                .formatted(ELECTION), LocalDate.now().plusDays(30));
        String contest = given().auth().oauth2(token(commission)).contentType(ContentType.JSON)
                .body("{\"kind\": \"AKIM\", \"unitCode\": \"KZ-11\", \"name\": \"Ақкөл ауылдық округі\", \"voters\": 900, "
                        + "\"settlements\": 2}")
                .post(REGISTRY + "/api/v1/elections/" + ELECTION + "/contests").then().statusCode(201).extract().path("code");
        // 1 % of 900 voters: 9 signatures, from 1 of the 2 settlements. IINs no other test uses.
        List<String> people = ElectionDriver.iins("52", 2);
        String first = nominateAndRegister(user("akmola-self-1-" + RUN, "citizen", Map.of()), commission, contest, "SELF",
                "\"signatures\": 9, \"signatureSettlements\": 1",
                person(people.get(0), "Сейітов", "Арман", "Болатұлы", LocalDate.of(1975, 2, 2), "MALE", null));
        String second = nominateAndRegister(user("akmola-self-2-" + RUN, "citizen", Map.of()), commission, contest, "SELF",
                "\"signatures\": 10, \"signatureSettlements\": 1",
                person(people.get(1), "Омарова", "Гүлнар", "Асқарқызы", LocalDate.of(1981, 7, 7), "FEMALE", null));
        composeAndApprove(commission, contest);
        Map<Integer, String> precincts = importPrecincts(commission, ""
                + "1151,KZ-11,Ақкөл ауылы 1,500," + contest + "\n"
                + "1152,KZ-11,Ақкөл ауылы 2,400," + contest + "\n", contest);
        submitProtocol(tabulator, contest, precincts.get(1151), 500, 5, 10, Map.of(first, 300L, second, 150L))
                .then().statusCode(201);
        publish(1);

        try (Browser browser = new Browser("results-live")) {
            browser.open(RESULTS + "/ui/elections/" + ELECTION + "?lang=en");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            String before = browser.find(By.id("results-live")).getText();
            assertTrue(before.contains("Precincts reported: 1 of 2"), before);
            // A reload would start a new document without this mark.
            js.executeScript("window.tizimSameDocument = true");
            browser.shot("version-1-provisional");

            submitProtocol(tabulator, contest, precincts.get(1152), 400, 4, 6, Map.of(first, 200L, second, 190L))
                    .then().statusCode(201);
            publish(2);

            // The live update replaces the figures' element: one found just before it went is looked for again.
            new WebDriverWait(browser.driver, SHOWN_WITHIN).ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElement(By.id("results-live"))
                    .getText().contains("Precincts reported: 2 of 2"));
            assertEquals(Boolean.TRUE, js.executeScript("return window.tizimSameDocument === true"),
                    "the figures changed without a reload");
            String after = browser.driver.findElement(By.id("results-live")).getText();
            assertTrue(after.contains("Version 2"), after);
            // Screen readers hear of the new version.
            String announced = browser.driver.findElement(By.id("results-announce")).getAttribute("textContent");
            assertTrue(announced.contains("2"), announced);
            browser.shot("version-2-without-reload");
        }
    }

    /** A version after the first says why it was published. */
    private static void publish(int number) {
        given().auth().oauth2(token(commission)).contentType(ContentType.JSON)
                .body(number == 1 ? "{}" : "{\"reason\": \"precinct 1152 reported\"}")
                .post(RESULTS + "/api/v1/elections/" + ELECTION + "/results").then().statusCode(201)
                .body("number", equalTo(number)).body("status", equalTo("PROVISIONAL"));
    }
}
