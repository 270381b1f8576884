package org.sendclock.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    @Override
    public void close() {
        driver.quit();
    }
}
