package kz.elections.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public results page of the demo election (Mazhilis 2023, certified) on a 390 px phone, in Chromium emulating the
 * phone's viewport: the whole chamber of 98 seats beside the list's 69, the 29 districts' winners with every column on
 * the screen, the map of the 20 units with a tile that leads to the unit's figures, and nothing wider than the screen.
 * Screenshots of each step are in target/screenshots.
 */
class ResultsOnAPhoneTest {

    static final int PHONE_WIDTH = 390;

    @BeforeAll
    static void thePlatformRuns() {
        Platform.start();
    }

    @Test
    void theResultsPageOnAPhoneShowsTheChamberTheDistrictWinnersAndTheMap() {
        try (Browser browser = new Browser("results-phone")) {
            ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
            browser.open(Platform.RESULTS + "/ui/elections/mazhilis-2023?lang=kk");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            assertEquals(PHONE_WIDTH, ((Number) js.executeScript("return window.innerWidth")).intValue());
            browser.shot("top");

            // The whole chamber: 69 list seats and 29 district seats; the list's own diagram still has its 69.
            WebElement chamber = browser.find(By.cssSelector("svg.chamber"));
            assertEquals(98, chamber.findElements(By.tagName("circle")).size());
            assertEquals(29, chamber.findElements(By.cssSelector("circle.district")).size());
            assertEquals(69, browser.driver.findElements(By.cssSelector("svg.hemicycle:not(.chamber) circle")).size());
            within(js, chamber);
            scrollTo(js, chamber);
            browser.shot("the-whole-chamber");

            // Every district with its winner, party and margin, each on the screen (the table stacks on a phone).
            List<WebElement> districts = browser.driver.findElements(By.cssSelector("#district-winners tbody tr"));
            assertEquals(29, districts.size());
            for (WebElement row : districts) {
                assertTrue(row.getAttribute("data-registration") != null && !row.getAttribute("data-registration").isBlank(),
                        "a winner by registration: " + row.getText());
                List<WebElement> cells = row.findElements(By.cssSelector("th, td"));
                assertEquals(4, cells.size(), row.getText());
                for (WebElement cell : cells) {
                    assertTrue(cell.isDisplayed(), "no hidden column: " + row.getText());
                }
                within(js, row);
            }
            scrollTo(js, districts.get(0));
            browser.shot("district-winners");

            // The map of the 20 units, coloured by the leading list; a tile leads to its unit's figures, opened.
            WebElement map = browser.find(By.cssSelector("[id$='-party-map'] svg.tile-map"));
            assertEquals(20, map.findElements(By.tagName("a")).size());
            within(js, map);
            scrollTo(js, map);
            browser.shot("map-by-leading-list");
            WebElement almaty = map.findElement(By.cssSelector("a[data-unit='KZ-75']"));
            String target = almaty.getDomAttribute("href");
            js.executeScript("arguments[0].focus()", almaty);
            browser.press(almaty);
            browser.wait.until(ExpectedConditions.urlContains("-unit-KZ-75"));
            WebElement figures = browser.find(By.cssSelector("details[data-unit='KZ-75'][open]"));
            assertEquals("#" + figures.getAttribute("id"), target);
            assertTrue(figures.getText().contains("Алматы қаласы"), figures.getText());
            browser.shot("almaty-figures");

            // Nothing is wider than the phone: no sideways scrolling of the page.
            long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertTrue(scrollWidth <= PHONE_WIDTH, "the page is " + scrollWidth + " px wide");
        }
    }

    /** The element lies within the phone's width. */
    private static void within(JavascriptExecutor js, WebElement element) {
        Number right = (Number) js.executeScript("return arguments[0].getBoundingClientRect().right", element);
        assertTrue(right.doubleValue() <= PHONE_WIDTH + 0.5, "wider than the phone (" + right + " px): "
                + element.getTagName() + " " + element.getText());
    }

    private static void scrollTo(JavascriptExecutor js, WebElement element) {
        js.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", element);
    }
}
