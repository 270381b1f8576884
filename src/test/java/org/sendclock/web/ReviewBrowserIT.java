package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sendclock.casefile.DateText;
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
 * A plan's annual review run in the browser by a caseworker and a manager, from due to the amended plan: the manager
 * finds it due on the reviews register; the caseworker finds it on My work, then arranges the meeting and records the
 * invitations, the advice circulated, the meeting held and the report, each from "What is to be done"; the manager
 * records the decision to amend, refused first without its answer; the caseworker records the family's
 * representations and the amended plan. The next review is then running, a year after the decision, and the register
 * no longer lists the plan. No Content-Security-Policy violation.
 */
@IntegrationTest
@ExtendWith(ChromiumAvailable.class)
class ReviewBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired Clock clock;

    @Test
    void aCaseworkerAndAManagerRunAReviewFromDueToTheAmendedPlan() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate started = today.minusMonths(11);
        String ref = "RW" + UUID.randomUUID().toString().substring(0, 8);
        // A college's UKPRN of this test's own, so that the register can be filtered to this plan alone.
        String ukprn = "1" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> imported = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/plans",
                new HttpEntity<>("case_ref,child_given_name,child_family_name,child_date_of_birth,plan_start_date,"
                        + "setting_urn,team,caseworker\n" + ref + ",Rowan,Review,2012-10-14," + started + "," + ukprn
                        + ",North,caseworker2\n", headers), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);

        try (Chromium manager = Chromium.signedIn(port, "manager", "demo");
             Chromium caseworker = Chromium.signedIn(port, "caseworker2", "demo")) {
            manager.open("/oversight/reviews?setting=" + ukprn);
            WebElement due = onlyRow(manager.driver());
            assertThat(due.getText()).as("due in a month: inside the annual review's warning").contains("At risk", ref,
                    "Rowan Review", "Annual review", "North", "caseworker2");
            manager.screenshot("review-due-on-the-register");

            caseworker.open("/my-work?mine=true&clock=REVIEW&size=500");
            WebElement row = caseworker.driver().findElements(By.cssSelector("#main-content tbody tr")).stream()
                    .filter(r -> r.getText().contains(ref)).findFirst().orElseThrow();
            assertThat(row.getText()).contains("Arrange the review meeting");
            row.findElement(By.linkText(ref)).click();
            caseworker.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("open-tasks")));
            assertThat(caseworker.driver().findElement(By.id("review-1")).getText()).contains("Not arranged");

            LocalDate meeting = today.minusDays(20);
            step(caseworker, "r1-meeting", "Arrange the review meeting, due", meeting, "Oak Sixth Form College");
            assertThat(caseworker.driver().findElement(By.id("review-1")).getText())
                    .contains("arranged by Oak Sixth Form College");
            step(caseworker, "r1-invitations", "Send the meeting invitations, due", meeting.minusDays(14), null);
            step(caseworker, "r1-advice-circulated", "Circulate advice and information, due", meeting.minusDays(14),
                    null);
            step(caseworker, "r1-meeting-held", "Hold the review meeting, due", meeting, null);
            step(caseworker, "r1-report", "Receive the review report, due", meeting.plusDays(5), null);
            caseworker.screenshot("review-report-received");

            // The council's decision, recorded by the manager: refused without its answer, what was typed kept.
            LocalDate decided = meeting.plusDays(10);
            manager.open("/cases/" + ref);
            WebDriver page = manager.driver();
            openStep(manager, "r1-decision", "Decide and notify: maintain, amend or cease, due");
            date(page, "r1-decision-date", decided);
            submit(manager, "r1-decision");
            assertThat(page.getTitle()).startsWith("Error: ");
            assertThat(page.findElement(By.className("govuk-error-summary")).getText())
                    .contains("Select the decision: maintain, amend or cease");
            assertThat(page.findElement(By.id("r1-decision-date-year")).getAttribute("value"))
                    .isEqualTo(String.valueOf(decided.getYear()));
            new Select(page.findElement(By.id("r1-decision-decision"))).selectByValue("AMEND");
            submit(manager, "r1-decision");
            assertThat(page.findElement(By.className("govuk-notification-banner")).getText()).isNotBlank();
            assertThat(page.findElement(By.id("review-1")).getText()).contains("Amend, " + DateText.of(decided));
            assertThat(page.findElement(By.id("review-2")).getText()).contains("Not arranged");
            manager.screenshot("review-decision-recorded");

            caseworker.open("/cases/" + ref);
            // The family's representations have no task of their own: their form is opened by its heading.
            caseworker.driver().findElement(By.cssSelector("#r1-representations-step summary")).click();
            caseworker.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("r1-representations-date")));
            date(caseworker.driver(), "r1-representations-date", today.minusDays(2));
            submit(caseworker, "r1-representations");
            assertThat(caseworker.driver().findElements(By.className("govuk-error-summary"))).isEmpty();
            step(caseworker, "r1-amended-plan", "Issue the amended plan, due", today, null);
            String reviews = caseworker.driver().findElement(By.id("review-1")).getText();
            assertThat(reviews).contains("Amend, " + DateText.of(decided), DateText.of(today));
            assertThat(caseworker.driver().findElements(By.id("r1-amended-plan-form"))).isEmpty();
            assertThat(caseworker.driver().findElement(By.id("review-2")).getText())
                    .contains(DateText.of(decided.plusYears(1)));
            caseworker.screenshot("review-amended-plan-issued");

            manager.open("/oversight/reviews?setting=" + ukprn);
            assertThat(manager.driver().findElement(By.id("main-content")).getText())
                    .contains("No review is due in the next eight weeks or overdue.");
            assertThat(manager.contentSecurityPolicyViolations()).isEmpty();
            assertThat(caseworker.contentSecurityPolicyViolations()).isEmpty();
        }
    }

    /** The one row the register shows. */
    private static WebElement onlyRow(WebDriver page) {
        List<WebElement> rows = page.findElements(By.cssSelector("#reviews tbody tr"));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    /**
     * One step of the review from the case page: "What is to be done" names it and links to its form, which opens;
     * its date (and who arranges a meeting) typed in and sent; the page says it was recorded.
     */
    private void step(Chromium browser, String form, String toDo, LocalDate date, String who) {
        WebDriver page = browser.driver();
        openStep(browser, form, toDo);
        date(page, form + "-date", date);
        if (who != null) {
            page.findElement(By.id(form + "-who")).sendKeys(who);
        }
        submit(browser, form);
        assertThat(page.findElements(By.className("govuk-error-summary"))).as(form).isEmpty();
        assertThat(page.findElement(By.className("govuk-notification-banner")).getText()).as(form).isNotBlank();
    }

    /** Sends the form and waits for the page that answers it (the page before also had a banner). */
    private void submit(Chromium browser, String form) {
        WebElement sent = browser.driver().findElement(By.id(form + "-form"));
        sent.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(sent));
        browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("main-content")));
    }

    private void openStep(Chromium browser, String form, String toDo) {
        WebElement link = browser.driver().findElement(By.cssSelector("#open-tasks a[href='#" + form + "-form']"));
        assertThat(link.getText()).startsWith(toDo);
        link.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id(form + "-date")));
    }

    private static void date(WebDriver page, String id, LocalDate date) {
        page.findElement(By.id(id)).sendKeys(String.valueOf(date.getDayOfMonth()));
        page.findElement(By.id(id + "-month")).sendKeys(String.valueOf(date.getMonthValue()));
        page.findElement(By.id(id + "-year")).sendKeys(String.valueOf(date.getYear()));
    }
}
