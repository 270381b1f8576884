package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sendclock.support.Browser;
import org.sendclock.support.Chromium;
import org.sendclock.support.ChromiumAvailable;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * After a transfer in whose notice said the council will reassess, a caseworker opens the case in the browser: the
 * request is offered filled in from the notice, sent as it is; "What is to be done" links to the decision's form,
 * which opens, beside the re-assessment's own diagram; the decision refused without its answer (the error
 * summary's link lands on the first radio) and then recorded as not reassessing. No Content-Security-Policy violation.
 */
@IntegrationTest
@ExtendWith(ChromiumAvailable.class)
class ReassessmentBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired Clock clock;

    @Test
    void theRequestOfferedAfterATransferIsSentAsFilledInAndTheDecisionRecorded() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate told = today.minusDays(3);
        String ref = "RB" + UUID.randomUUID().toString().substring(0, 8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> imported = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/plans",
                new HttpEntity<>("case_ref,child_given_name,child_family_name,child_date_of_birth,plan_start_date,"
                        + "transferred_in_date,team,caseworker\n" + ref + ",Bea,Browser,2014-03-01,"
                        + today.minusYears(1) + "," + today.minusDays(10) + ",North,caseworker\n", headers),
                String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(Browser.basic(port, "caseworker", "demo").postJson("/api/cases/" + ref + "/plan/transfer-notice",
                "{\"noticeDate\":\"" + told + "\",\"reassess\":true}").statusCode()).isEqualTo(200);

        try (Chromium browser = Chromium.signedIn(port, "caseworker", "demo")) {
            WebDriver page = browser.driver();
            browser.open("/cases/" + ref + "#reassessments");
            assertThat(page.findElement(By.id("reassessment-after-transfer")).getText())
                    .contains("that the council will reassess the child");
            assertThat(page.findElement(By.id("reassessment-request-date")).getAttribute("value"))
                    .isEqualTo(String.valueOf(told.getDayOfMonth()));
            assertThat(page.findElement(By.id("reassessment-request-by-COUNCIL")).isSelected()).isTrue();
            page.findElement(By.cssSelector("#reassessment-request-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.className("govuk-notification-banner"), "Re-assessment 1 recorded"));
            assertThat(page.findElement(By.id("reassessment-1-requested")).getText()).contains("by the council");
            assertThat(page.findElements(By.id("reassessment-after-transfer"))).isEmpty();

            // What is to be done links to the decision's form; following it opens its folded section. The diagram
            // is the re-assessment's, at its decision, beside the review cycle's.
            WebElement toDo = page.findElement(By.cssSelector("#open-tasks a[href='#ra1-decision-form']"));
            assertThat(toDo.getText()).startsWith("Decide whether to reassess and notify, due ");
            toDo.click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("ra1-decision-date")));
            assertThat(page.findElement(By.id("diagram-reassessment-1")).getAttribute("alt"))
                    .startsWith("The re-assessment process, at: Decide whether to reassess and notify");
            assertThat(page.findElement(By.id("diagram-reassessment-1-heading")).getText()).isEqualTo("Re-assessment 1");
            assertThat(page.findElements(By.id("diagram-review-1"))).hasSize(1);
            browser.waitUpTo(WAIT).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('diagram-reassessment-1').naturalWidth")).intValue() > 0);
            browser.screenshot("reassessment-what-is-to-be-done");
            page.findElement(By.id("ra1-decision-date")).sendKeys(String.valueOf(today.getDayOfMonth()));
            page.findElement(By.id("ra1-decision-date-month")).sendKeys(String.valueOf(today.getMonthValue()));
            page.findElement(By.id("ra1-decision-date-year")).sendKeys(String.valueOf(today.getYear()));
            page.findElement(By.cssSelector("#ra1-decision-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.titleContains("Error: "));
            assertThat(page.findElement(By.className("govuk-error-summary")).getText())
                    .contains("Select whether the council will reassess");
            assertThat(page.findElement(By.id("ra1-decision-date-year")).getAttribute("value"))
                    .isEqualTo(String.valueOf(today.getYear()));
            page.findElement(By.cssSelector(".govuk-error-summary__list a")).click();
            assertThat(((JavascriptExecutor) page).executeScript("return document.activeElement.id"))
                    .isEqualTo("ra1-decision-decision");
            browser.screenshot("reassessment-decision-refused");

            page.findElement(By.id("ra1-decision-decision-NOT_REASSESS")).click();
            page.findElement(By.cssSelector("#ra1-decision-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.className("govuk-notification-banner"), "Decision not to reassess recorded"));
            assertThat(page.findElement(By.id("reassessment-1-decision")).getText()).startsWith("Not to reassess");
            assertThat(page.findElement(By.id("reassessment-1-outcome")).getText())
                    .isEqualTo("None: the council decided not to reassess");
            assertThat(page.findElements(By.id("reassessment-request-form"))).as("another may be asked for").hasSize(1);
            browser.screenshot("reassessment-concluded");
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        }
    }
}
