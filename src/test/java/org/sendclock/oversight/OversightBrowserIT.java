package org.sendclock.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.Commands.ChildDetails;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.casefile.RequestSource;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The register in a real browser (Debian's chromium and chromedriver), with a screenshot in target/screenshots/.
 * Skips with a message when they are missing, unless CI is set.
 */
@IntegrationTest
class OversightBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort int port;
    @Autowired AssessmentService assessments;

    WebDriver browser;

    @BeforeEach
    void start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(present, "Skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                    + ". Install chromium and chromium-driver, or set CI=true to make this a failure.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--window-size=1400,1800");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
        EngineTime.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        EngineTime.reset();
    }

    @Test
    void aManagerReadsTheRegisterAndItsChart() throws Exception {
        String late = assessments.register(new RegisterRequest(LocalDate.of(2026, 1, 5), RequestSource.PARENT,
                new ChildDetails("Amara", "Okafor", LocalDate.of(2018, 5, 14), null, null), "alice", "Browser"))
                .getCaseRef();

        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys("manager");
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        browser.get("http://localhost:" + port + "/oversight?team=Browser");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Breaches and risks");
        List<WebElement> rows = browser.findElements(By.cssSelector("#register tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getText()).contains(late, "Overdue", "Week 6 decision", "14 late");
        assertThat(browser.findElements(By.cssSelector("#week-bands .sendclock-bar-row"))).hasSize(7);

        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve("oversight-register.png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(screenshots.resolve("oversight-register.png")).isNotEmptyFile();
    }
}
