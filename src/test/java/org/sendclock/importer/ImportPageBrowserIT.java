package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.support.SyntheticCaseload;
import org.sendclock.support.Chromium;
import org.sendclock.support.ChromiumAvailable;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import page in a real browser: both files chosen, the progress shown while it runs, then what was done. */
@IntegrationTest
@ExtendWith(ChromiumAvailable.class)
class ImportPageBrowserIT {

    @LocalServerPort int port;
    @Autowired CaseRepository cases;
    @Autowired Clock clock;

    @Test
    void anAdministratorWatchesALargeImportRunAndSeesWhatItDid() throws Exception {
        Path dir = Files.createTempDirectory("sendclock-browser-import-");
        Path requests = dir.resolve("requests.csv");
        Path advice = dir.resolve("advice.csv");
        String prefix = "B" + UUID.randomUUID().toString().substring(0, 6) + "-";
        new SyntheticCaseload(LocalDate.now(clock), 7L).write(requests, advice, prefix, 2_000, 3650, 300, 10);

        try (Chromium browser = Chromium.signedIn(port, "admin", "demo")) {
            WebDriver page = browser.driver();
            browser.open("/imports");
            assertThat(page.getTitle()).isEqualTo("Import a caseload – SEND Clock");
            page.findElement(By.id("requests")).sendKeys(requests.toAbsolutePath().toString());
            page.findElement(By.id("advice")).sendKeys(advice.toAbsolutePath().toString());
            page.findElement(By.cssSelector("#import-form button[type=submit]")).click();

            assertThat(page.findElement(By.id("import-progress")).isDisplayed())
                    .as("the form gives way to the progress bar at once").isTrue();
            browser.waitUpTo(Duration.ofMinutes(2)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("import-outcome")));
            assertThat(page.findElement(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Caseload imported");
            assertThat(page.findElement(By.id("import-outcome")).getText()).contains("requests.csv (cases) 2000 0 0");
            browser.screenshot("import-done");
        } finally {
            Files.delete(requests);
            Files.delete(advice);
            Files.delete(dir);
        }
        assertThat(cases.existsByCaseRef(prefix + "1999")).isTrue();
    }
}
