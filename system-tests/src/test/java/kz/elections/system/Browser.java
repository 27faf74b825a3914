package kz.elections.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver (nothing is downloaded), with a fresh profile.
 * Screenshots of each step go to {@code target/screenshots}, the test's artifacts.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final WebDriver driver;
    final WebDriverWait wait;
    private final String scenario;
    private int step;

    Browser(String scenario) {
        this.scenario = scenario;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("tizim.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=kk");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("tizim-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("tizim.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    Browser open(String url) {
        driver.get(url);
        return this;
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until {@code element} has left the page (its form sent and the next page shown). While the page is being
     * replaced, Chrome may answer a question about the old element with a generic error ("Node with given id does
     * not belong to the document") instead of a stale reference; that is asked again, not taken as a failure.
     */
    Browser waitUntilGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(element));
        return this;
    }

    /** Activates a link or button from the keyboard (Enter), as the pages must allow. */
    Browser press(WebElement element) {
        element.sendKeys(Keys.ENTER);
        return this;
    }

    /** Ticks a checkbox from the keyboard (Space). */
    Browser tick(WebElement checkbox) {
        if (!checkbox.isSelected()) {
            checkbox.sendKeys(Keys.SPACE);
        }
        return this;
    }

    /** Keycloak's sign-in form of the realm, as any user sees it. */
    Browser signIn(String username, String password) {
        find(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        shot("keycloak-sign-in");
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    /** Saves a screenshot named after the scenario, the step number and what it shows. */
    Browser shot(String what) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", scenario, ++step, what)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
