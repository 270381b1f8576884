package org.sendclock.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven through /usr/bin/chromedriver, signed in through the login form. Selenium Manager
 * is never asked to download anything. Screenshots go to target/screenshots/.
 */
public final class Chromium implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;

    private Chromium(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1280,1000");
        // The console, so that what the Content-Security-Policy blocks can be read (and fails the test on close).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    public static Chromium signedIn(int port, String user, String password) {
        Chromium browser = new Chromium(port);
        browser.open("/login");
        browser.driver.findElement(By.name("username")).sendKeys(user);
        browser.driver.findElement(By.name("password")).sendKeys(password);
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
        // Signed in once the sign-in page has answered: a page opened before then would race its redirect.
        browser.waitUpTo(Duration.ofSeconds(30)).until(driver -> !driver.getCurrentUrl().contains("/login"));
        return browser;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebDriverWait waitUpTo(Duration duration) {
        return new WebDriverWait(driver, duration);
    }

    /** Saves the page as target/screenshots/{name}.png; at 320 pixels wide too when asked. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void narrow() {
        driver.manage().window().setSize(new Dimension(320, 900));
    }

    /** What the Content-Security-Policy blocked since the last look, as the browser's console says it. */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Closes the browser; fails if the Content-Security-Policy blocked anything on any page it showed. */
    @Override
    public void close() {
        try {
            List<String> blocked = contentSecurityPolicyViolations();
            if (!blocked.isEmpty()) {
                throw new AssertionError("The Content-Security-Policy blocked: " + String.join("\n", blocked));
            }
        } finally {
            driver.quit();
        }
    }
}
