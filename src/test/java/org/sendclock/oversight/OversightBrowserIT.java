package org.sendclock.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.Commands.ChildDetails;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.casefile.RequestSource;
import org.sendclock.support.Chromium;
import org.sendclock.support.ChromiumAvailable;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The register in a real browser (Debian's chromium and chromedriver), with a screenshot in target/screenshots/. */
@IntegrationTest
@ExtendWith(ChromiumAvailable.class)
class OversightBrowserIT {

    @LocalServerPort int port;
    @Autowired AssessmentService assessments;

    @BeforeEach
    void clock() {
        EngineTime.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    }

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void aManagerReadsTheRegisterAndItsChart() {
        String late = assessments.register(new RegisterRequest(LocalDate.of(2026, 1, 5), RequestSource.PARENT,
                new ChildDetails("Amara", "Okafor", LocalDate.of(2018, 5, 14), null, null), "caseworker", "Browser"))
                .getCaseRef();

        try (Chromium browser = Chromium.signedIn(port, "manager", "demo")) {
            browser.open("/oversight?team=Browser");
            WebDriver page = browser.driver();
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Breaches and risks");
            List<WebElement> rows = page.findElements(By.cssSelector("#register tbody tr"));
            assertThat(rows).isNotEmpty();
            assertThat(rows.get(0).getText()).contains(late, "Overdue", "Week 6 decision", "14 late");
            assertThat(page.findElements(By.cssSelector("#week-bands .sendclock-bar-row"))).hasSize(7);
            assertThat(browser.screenshot("oversight-register")).isNotEmptyFile();
        }
    }
}
