package kz.elections.system;

import static io.restassured.RestAssured.given;
import static kz.elections.system.Platform.REGISTRY;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.restassured.http.ContentType;

/**
 * The pages in a real browser, signed in through Keycloak's own sign-in form (authorization code with PKCE):
 * a citizen files a self-nomination with one mistake, corrects it and sees it pending; a commission member
 * registers it. Screenshots of every step are in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPagesTest {

    static final String ELECTION = "web-" + Long.toString(System.currentTimeMillis(), 36);
    static final String DISTRICT = ELECTION + ".smd-75-02";
    static final String CITIZEN = "citizen-web-" + Long.toString(System.nanoTime(), 36);
    static String nominationUrl;

    @BeforeAll
    static void anElectionIsOpenForNominations() {
        Platform.start();
        LocalDate today = LocalDate.now();
        given().auth().oauth2(Platform.token("cec")).contentType(ContentType.JSON).body("""
                {"kind": "MAZHILIS", "code": "%s", "name": "Web pages election", "electionDay": "%s", "calledOn": "%s",
                 "calendar": {"nominationOpensOn": "%s", "nominationClosesOn": "%s", "registrationClosesOn": "%s"}}"""
                .formatted(ELECTION, today.plusDays(30), today.minusDays(2), today.minusDays(1), today.plusDays(5),
                        today.plusDays(10)))
                .post(REGISTRY + "/api/v1/elections").then().statusCode(201);
        Platform.newUser(CITIZEN, "citizen", Map.of());
    }

    @Test
    @Order(1)
    void aCitizenSignsInFilesWithOneMistakeCorrectsItAndSeesItPending() {
        try (Browser browser = new Browser("citizen")) {
            browser.open(REGISTRY + "/ui/signin").signIn(CITIZEN, Platform.DEMO_PASSWORD);
            browser.wait.until(ExpectedConditions.urlContains(REGISTRY + "/ui"));
            browser.shot("signed-in");
            browser.open(REGISTRY + "/ui/citizen/contests?unit=KZ-75"); // one unit's contests, shown open
            browser.press(browser.find(By.cssSelector("a[href='/ui/citizen/nominations/new?contest=" + DISTRICT + "']")));
            browser.find(By.id("f-person-iin"));
            fill(browser, Map.ofEntries(Map.entry("f-person-iin", "791028302729"), // wrong check digit
                    Map.entry("f-person-surnameKk", "Сәрсенбаев"), Map.entry("f-person-nameKk", "Нұрлан"),
                    Map.entry("f-person-surnameRu", "Сарсенбаев"), Map.entry("f-person-nameRu", "Нурлан"),
                    Map.entry("f-person-birthDate", "1979-10-28"), Map.entry("f-person-sex", "MALE"),
                    Map.entry("f-person-residenceYears", "40"), Map.entry("f-person-occupation", "инженер"),
                    Map.entry("f-person-residence", "Алматы қаласы"), Map.entry("f-person-education", "жоғары")));
            check(browser, "f-person-noCriminalRecord");
            check(browser, "f-person-legallyCapable");
            browser.shot("form-filled-with-a-wrong-iin");
            browser.press(browser.driver.findElement(By.cssSelector("form[action='/ui/citizen/nominations'] button[type=submit]")));

            WebElement error = browser.find(By.id("f-person-iin-error"));
            // The message speaks the page's language (headless Chromium asks for English whatever --lang says).
            String language = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
            assertTrue(error.getText().contains(switch (language) {
                case "kk" -> "ЖСН бақылау цифрынан өтпейді";
                case "ru" -> "ИИН";
                default -> "fails the IIN check digit";
            }), language + ": " + error.getText());
            assertEquals("f-person-iin-error", browser.driver.findElement(By.id("f-person-iin")).getAttribute("aria-describedby"));
            assertEquals("Сәрсенбаев", browser.driver.findElement(By.id("f-person-surnameKk")).getAttribute("value"),
                    "what was typed is kept");
            browser.shot("the-mistake-shown-next-to-its-field");

            WebElement iin = browser.driver.findElement(By.id("f-person-iin"));
            iin.clear();
            iin.sendKeys("791028302728");
            check(browser, "f-person-noCriminalRecord");
            check(browser, "f-person-legallyCapable");
            browser.press(browser.driver.findElement(By.cssSelector("form[action='/ui/citizen/nominations'] button[type=submit]")));
            WebElement status = browser.find(By.id("status"));
            assertEquals("PENDING", status.getAttribute("data-status"));
            assertTrue(browser.driver.getPageSource().contains("Сәрсенбаев"), "the Kazakh name as registered");
            nominationUrl = browser.driver.getCurrentUrl().replaceFirst("\\?.*$", "");
            browser.shot("pending");
        }
    }

    @Test
    @Order(2)
    void aCommissionMemberRegistersIt() {
        String id = nominationUrl.substring(nominationUrl.lastIndexOf('/') + 1);
        try (Browser browser = new Browser("commission")) {
            browser.open(REGISTRY + "/ui/signin").signIn("almaty-commission", Platform.DEMO_PASSWORD);
            browser.wait.until(ExpectedConditions.urlContains(REGISTRY + "/ui"));
            browser.open(REGISTRY + "/ui/commission/nominations");
            browser.press(browser.find(By.cssSelector("a[href='/ui/commission/nominations/" + id + "']")));
            browser.shot("nomination-in-the-queue");
            WebElement amount = browser.find(By.id("f-amount"));
            browser.press(browser.driver.findElement(By.xpath("//input[@id='f-amount']/ancestor::form//button[@type='submit']")));
            browser.waitUntilGone(amount);
            WebElement register = browser.find(By.cssSelector("button[name=action][value=REGISTER]"));
            browser.shot("deposit-recorded");
            browser.press(register);
            browser.waitUntilGone(register);
            browser.open(REGISTRY + "/ui/commission/nominations/" + id);
            browser.wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "REGISTERED"));
            browser.shot("registered");
        }
        given().get(REGISTRY + "/api/v1/contests/" + DISTRICT + "/candidates").then().statusCode(200)
                .body(containsString("Сәрсенбаев"));
    }

    @Test
    @Order(3)
    void aCitizenCannotOpenCommissionPages() {
        try (Browser browser = new Browser("citizen-refused")) {
            browser.open(REGISTRY + "/ui/signin").signIn(CITIZEN, Platform.DEMO_PASSWORD);
            browser.wait.until(ExpectedConditions.urlContains(REGISTRY + "/ui"));
            browser.open(REGISTRY + "/ui/commission/nominations");
            String page = browser.driver.getPageSource();
            browser.shot("commission-queue-refused");
            assertTrue(page.contains("403"), "the citizen is shown the refusal");
            assertTrue(browser.driver.findElements(By.cssSelector("a[href^='/ui/commission/nominations/']")).isEmpty(),
                    "and not the queue");
        }
    }

    @Test
    @Order(4)
    void thePublicResultsPageShowsTheSeatDiagramOfTheDemoElection() {
        try (Browser browser = new Browser("public-results")) {
            browser.open(Platform.RESULTS + "/ui/elections/mazhilis-2023");
            // The list's own diagram; the whole chamber's (list and districts) is ResultsOnAPhoneTest's.
            By listSeats = By.cssSelector("svg.hemicycle:not(.chamber) circle[data-party]");
            browser.find(listSeats);
            Map<String, Long> dots = new java.util.TreeMap<>();
            for (WebElement dot : browser.driver.findElements(listSeats)) {
                dots.merge(dot.getAttribute("data-party"), 1L, Long::sum);
            }
            browser.shot("seat-diagram");
            Map<String, Long> expected = new java.util.TreeMap<>();
            ElectionEndToEndTest.OFFICIAL_2023_SEATS.forEach((party, seats) -> {
                if (seats > 0) {
                    expected.put(party, seats);
                }
            });
            assertEquals(expected, dots, "one dot per seat, in each party's colour; Baytaq, with none, is not drawn");
        }
    }

    @Test
    @Order(5)
    void aPartyAgentUploadsTheMemberListAndWatchesItsProgress() throws Exception {
        java.util.UUID party = java.util.UUID.randomUUID();
        String agent = Platform.newUser("agent-web-" + party, "party-agent", Map.of("party", party.toString()));
        String csv = TestParties.membersCsv('7', new java.util.ArrayList<>());
        given().auth().oauth2(agent).contentType(ContentType.JSON).body("""
                {"nameKk": "Веб партиясы", "nameRu": "Партия «Веб»", "nameEn": "Web Party", "shortName": "WEB",
                 "bin": "%s", "notifiedOn": "2026-01-15", "congressOn": "2026-03-15",
                 "initiativeGroup": {"size": 720, "units": %s}}""".formatted(TestParties.bin(500),
                        TestParties.unitsJson(TestParties.UNITS.length)))
                .post(REGISTRY + "/api/v1/parties/applications").then().statusCode(201);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("members", ".csv");
        java.nio.file.Files.writeString(file, csv);

        try (Browser browser = new Browser("party-agent")) {
            browser.open(REGISTRY + "/ui/signin").signIn("agent-web-" + party, Platform.DEMO_PASSWORD);
            browser.wait.until(ExpectedConditions.urlContains(REGISTRY + "/ui"));
            browser.open(REGISTRY + "/ui/party");
            browser.find(By.id("f-members")).sendKeys(file.toAbsolutePath().toString());
            // Remember the page and every figure the progress bar shows, to tell the script's upload from a reload.
            ((JavascriptExecutor) browser.driver).executeScript("""
                    window.tizimSamePage = true; window.tizimProgress = [];
                    const bar = document.getElementById('members-progress');
                    new MutationObserver(() => window.tizimProgress.push(bar.value))
                        .observe(bar, {childList: true, characterData: true, subtree: true});""");
            browser.shot("member-list-chosen");
            browser.press(browser.driver.findElement(By.cssSelector("form[action='/ui/party/members'] button[type=submit]")));
            WebElement stored = browser.find(By.cssSelector("#upload-result [data-stored-rows]"));
            assertEquals("5200", stored.getAttribute("data-stored-rows"));
            assertEquals("5200", browser.driver.findElement(By.id("member-rows")).getAttribute("data-rows"), "the report counts the new list");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            assertEquals(Boolean.TRUE, js.executeScript("return window.tizimSamePage === true"), "sent by the script, no reload");
            @SuppressWarnings("unchecked")
            java.util.List<Number> progress = (java.util.List<Number>) js.executeScript("return window.tizimProgress");
            assertTrue(!progress.isEmpty() && progress.get(progress.size() - 1).intValue() == 100, "progress shown: " + progress);
            browser.shot("member-list-stored-with-its-report");
        }
    }

    @Test
    @Order(6)
    void aPartyAgentComposingAListSeesTheQuotaCountedAsTheyType() {
        try (Browser browser = new Browser("party-list")) {
            browser.open(REGISTRY + "/ui/signin").signIn("agent-amanat", Platform.DEMO_PASSWORD);
            browser.wait.until(ExpectedConditions.urlContains(REGISTRY + "/ui"));
            browser.open(REGISTRY + "/ui/party/lists/new?contest=" + ELECTION + ".list");
            By names = By.cssSelector("#quota [data-quota=names]");
            By count = By.cssSelector("#quota [data-quota=count]");
            By required = By.cssSelector("#quota [data-quota=required]");
            By short_ = By.cssSelector("#quota [data-quota=short]");
            assertEquals("0", browser.find(names).getText());

            browser.driver.findElement(By.cssSelector("fieldset[data-row='0'] input[name$='.surnameKk']")).sendKeys("Әлиева");
            browser.wait.until(ExpectedConditions.textToBe(names, "1"));
            assertEquals("1", browser.driver.findElement(required).getText(), "30 % of one name, rounded up");
            assertEquals("0", browser.driver.findElement(count).getText());
            assertTrue(browser.driver.findElement(short_).isDisplayed(), "the list is short of its quota");
            browser.shot("quota-short");

            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(
                    By.cssSelector("fieldset[data-row='0'] select[name$='.quotaCategory']"))).selectByValue("WOMAN");
            browser.wait.until(ExpectedConditions.textToBe(count, "1"));
            assertTrue(!browser.driver.findElement(short_).isDisplayed(), "the quota is met");
            browser.shot("quota-met");
        }
    }

    @Test
    @Order(7)
    void aCitizenGoesFromTheHomePageInKazakhToAConfirmedFiling() {
        String user = "citizen-journey-" + Long.toString(System.nanoTime(), 36);
        Platform.newUser(user, "citizen", Map.of());
        try (Browser browser = new Browser("citizen-journey-kk")) {
            browser.open(REGISTRY + "/?lang=kk");
            assertEquals("kk", browser.find(By.tagName("html")).getAttribute("lang"), "the root address leads to the Kazakh pages");
            browser.shot("home");
            browser.press(browser.find(By.cssSelector("a[data-service=stand]")));
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("f-unit"))).selectByValue("KZ-75");
            browser.press(browser.driver.findElement(By.cssSelector("form[role=search] button[type=submit]")));
            WebElement about = browser.find(By.cssSelector("a[href='/ui/stand/" + DISTRICT + "']"));
            assertTrue(browser.driver.findElements(By.cssSelector("[data-unit]:not([data-unit='KZ-75'])")).isEmpty(),
                    "only the chosen unit's contests");
            browser.shot("open-contests-of-almaty");
            browser.press(about);
            String deposit = browser.find(By.cssSelector("[data-deposit]")).getText();
            assertTrue(deposit.contains("₸"), deposit);
            assertTrue(browser.driver.findElement(By.id("deadlines")).findElement(By.xpath("..")).getText().contains("(UTC+5)"),
                    "deadlines in Almaty time");
            browser.shot("before-the-form");
            browser.press(browser.find(By.id("start-form")));
            browser.signIn(user, Platform.DEMO_PASSWORD);
            browser.find(By.id("f-person-iin"));
            assertTrue(browser.driver.getCurrentUrl().contains("contest=" + DISTRICT), browser.driver.getCurrentUrl());
            fill(browser, Map.ofEntries(Map.entry("f-person-iin", Identifiers.withCheckDigit("85031530012")),
                    Map.entry("f-person-surnameKk", "Жұмабаева"), Map.entry("f-person-nameKk", "Әйгерім"),
                    Map.entry("f-person-surnameRu", "Жумабаева"), Map.entry("f-person-nameRu", "Айгерим"),
                    Map.entry("f-person-birthDate", "1985-03-15"), Map.entry("f-person-sex", "FEMALE"),
                    Map.entry("f-person-residenceYears", "39"), Map.entry("f-person-occupation", "мұғалім"),
                    Map.entry("f-person-residence", "Алматы қаласы"), Map.entry("f-person-education", "жоғары")));
            check(browser, "f-person-noCriminalRecord");
            check(browser, "f-person-legallyCapable");
            browser.shot("form-filled");
            browser.press(browser.driver.findElement(By.cssSelector("form[action='/ui/citizen/nominations'] button[type=submit]")));
            WebElement filed = browser.find(By.id("filed"));
            assertTrue(filed.getText().contains("Ұсынуыңыз берілді"), filed.getText());
            assertEquals("PENDING", browser.driver.findElement(By.id("status")).getAttribute("data-status"));
            browser.shot("filed-with-next-steps");
        }
    }

    @Test
    @Order(8)
    void theNominationFormIsUsableWithTheKeyboardAlone() {
        String user = "citizen-keys-" + Long.toString(System.nanoTime(), 36);
        Platform.newUser(user, "citizen", Map.of());
        try (Browser browser = new Browser("keyboard-only")) {
            browser.open(REGISTRY + "/ui/citizen/nominations/new?contest=" + DISTRICT + "&lang=kk").signIn(user, Platform.DEMO_PASSWORD);
            browser.find(By.id("f-person-iin"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser.driver);
            // From the top of the page, Tab alone reaches every control of the form, each with a visible focus ring.
            java.util.List<String> reached = new java.util.ArrayList<>();
            for (int i = 0; i < 80 && !"submit".equals(js.executeScript("return document.activeElement.type")); i++) {
                keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
                String id = (String) js.executeScript("return document.activeElement.id");
                String outline = (String) js.executeScript("return getComputedStyle(document.activeElement).outlineStyle");
                assertTrue(!"none".equals(outline), "a focus ring on " + id + ": " + outline);
                reached.add(id);
                if ("f-person-iin".equals(id)) {
                    keys.sendKeys("123").perform();
                }
                if ("f-person-surnameKk".equals(id)) {
                    keys.sendKeys("Тест").perform();
                }
            }
            assertTrue(reached.containsAll(java.util.List.of("f-person-iin", "f-person-surnameKk", "f-person-birthDate",
                    "f-person-sex", "f-person-noCriminalRecord", "f-person-legallyCapable")), "reached: " + reached);
            browser.shot("tabbed-to-submit");
            keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
            // The form comes back with its errors, and the focus is on their summary.
            browser.wait.until(d -> "form-errors".equals(js.executeScript("return document.activeElement && document.activeElement.id")));
            assertEquals("Тест", browser.driver.findElement(By.id("f-person-surnameKk")).getAttribute("value"));
            browser.shot("focus-on-the-error-summary");
        }
    }

    @Test
    @Order(9)
    void theMenuIsReadableOnTheDesktopAndCollapsesOnAPhone() {
        try (Browser browser = new Browser("menu")) {
            browser.open(REGISTRY + "/ui?lang=ru");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            WebElement link = browser.find(By.cssSelector("a[data-service=results]"));
            double ratio = contrast((String) js.executeScript("return getComputedStyle(arguments[0]).color", link),
                    (String) js.executeScript("return getComputedStyle(document.querySelector('header')).backgroundColor"));
            assertTrue(ratio >= 4.5, "menu link contrast " + ratio);
            browser.shot("desktop-menu");
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            WebElement toggle = browser.find(By.cssSelector(".tizim-menu-toggle"));
            browser.wait.until(ExpectedConditions.invisibilityOf(link));
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            browser.shot("phone-menu-closed");
            browser.press(toggle);
            browser.wait.until(ExpectedConditions.visibilityOf(link));
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            browser.shot("phone-menu-open");
        }
    }

    /** The WCAG contrast ratio of two CSS colours given as rgb()/rgba(). */
    private static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }

    private static void fill(Browser browser, Map<String, String> values) {
        // Through the DOM, so that date and select inputs take ISO values whatever the browser's locale.
        values.forEach((id, value) -> ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]", browser.driver.findElement(By.id(id)), value));
    }

    private static void check(Browser browser, String id) {
        browser.tick(browser.driver.findElement(By.id(id)));
        assertTrue(browser.driver.findElement(By.id(id)).isSelected(), id);
    }
}
