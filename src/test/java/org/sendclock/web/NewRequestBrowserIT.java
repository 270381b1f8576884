package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.support.Chromium;
import org.sendclock.support.ChromiumAvailable;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A caseworker registers a paper request from eight weeks ago in the browser and sees its clocks on the case page. */
@IntegrationTest
@ExtendWith(ChromiumAvailable.class)
class NewRequestBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort int port;
    @Autowired CaseRepository cases;
    @Autowired Clock clock;

    @Test
    void aLateRequestShowsItsDecisionClockRedAndABadDateSavesNothing() {
        LocalDate requested = LocalDate.now(clock).minusWeeks(8);
        try (Chromium browser = Chromium.signedIn(port, "caseworker", "demo")) {
            WebDriver page = browser.driver();
            page.findElement(By.linkText("Register a request")).click();

            long before = cases.count();
            fillIn(page, "31", "2", "2026", "Amara", "Okafor");
            page.findElement(By.cssSelector("#new-request-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.titleContains("Error: "));
            assertThat(page.findElement(By.className("govuk-error-summary")).getText())
                    .contains("The date the request was received must be a real date");
            assertThat(page.findElement(By.id("givenName")).getAttribute("value")).isEqualTo("Amara");
            assertThat(cases.count()).as("nothing saved").isEqualTo(before);
            browser.screenshot("new-request-errors");
            // GOV.UK Frontend's script runs: the summary takes focus, and its link lands in the field at fault.
            JavascriptExecutor script = (JavascriptExecutor) page;
            assertThat(script.executeScript("return document.activeElement.className")).asString()
                    .contains("govuk-error-summary");
            page.findElement(By.cssSelector(".govuk-error-summary__list a")).click();
            assertThat(script.executeScript("return document.activeElement.id")).isEqualTo("requestDate");

            page.findElement(By.id("requestDate")).clear();
            page.findElement(By.id("requestMonth")).clear();
            page.findElement(By.id("requestYear")).clear();
            page.findElement(By.id("requestDate")).sendKeys(String.valueOf(requested.getDayOfMonth()));
            page.findElement(By.id("requestMonth")).sendKeys(String.valueOf(requested.getMonthValue()));
            page.findElement(By.id("requestYear")).sendKeys(String.valueOf(requested.getYear()));
            page.findElement(By.cssSelector("#new-request-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.titleContains("Case EHC-"));
            assertThat(page.findElement(By.className("govuk-notification-banner")).getText())
                    .contains("Request registered as EHC-", "final plan due");
            String decisionRow = page.findElement(By.cssSelector("#clocks tbody tr")).getText();
            assertThat(decisionRow).contains("Decision whether to assess (week 6)", "Overdue", "14 days late");
            browser.screenshot("case-page");
            String caseUrl = page.getCurrentUrl();
            String ref = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);

            // On My work, red with the days it is late, and at the top: only tasks due earlier (other tests' cases
            // share this database) may stand above it.
            browser.open("/my-work");
            List<String> rows = page.findElements(By.cssSelector("#tasks tbody tr")).stream().map(r -> r.getText())
                    .toList();
            int mine = IntStream.range(0, rows.size()).filter(i -> rows.get(i).contains(ref)).findFirst().orElseThrow();
            assertThat(rows.get(mine)).contains("Decide whether to assess", "-14", "Overdue");
            assertThat(rows.subList(0, mine)).as("above it only tasks later still").allSatisfy(row ->
                    assertThat(daysLeft(row)).isLessThanOrEqualTo(-14));
            browser.screenshot("my-work");
            page.findElement(By.linkText(ref)).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.titleContains("Case " + ref));

            // The decision, first dated in the future: refused, nothing saved, what was typed kept.
            LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
            page.findElement(By.id("decision")).click();
            typeDate(page, "decisionDate", "decision", tomorrow);
            page.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
            assertThat(page.findElement(By.className("govuk-error-summary")).getText())
                    .contains("The date of the decision must not be in the future");
            assertThat(page.findElement(By.id("decision")).isSelected()).isTrue();
            assertThat(cases.findByCaseRef(ref).orElseThrow().getDecision()).as("nothing saved").isNull();
            typeDate(page, "decisionDate", "decision", LocalDate.now(clock));
            page.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.className("govuk-notification-banner"), "Decision to assess recorded"));
            assertThat(page.findElement(By.cssSelector("#clocks tbody tr")).getText()).contains("Done late", "done 14 days late");
            assertThat(page.findElements(By.id("decision-form"))).isEmpty();

            // Health advice asked for today: its own six-week clock on the page.
            LocalDate today = LocalDate.now(clock);
            new Select(page.findElement(By.id("adviceType"))).selectByValue("HEALTH");
            page.findElement(By.id("provider")).sendKeys("Northshire ICB");
            typeDate(page, "requestedDate", "requested", today);
            page.findElement(By.cssSelector("#advice-request-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.className("govuk-notification-banner"), "Requested health advice (Northshire ICB): due"));
            String adviceRow = page.findElements(By.cssSelector("#clocks tbody tr")).get(1).getText();
            assertThat(adviceRow).contains("health (Northshire ICB)", "On track", "42 days left");
            assertThat(page.findElement(By.id("advice-awaited")).getText()).contains("Health advice from Northshire ICB");
            browser.narrow();
            browser.screenshot("case-page-320px");
        }
    }

    /** A GOV.UK date input: the day carries the field's id (where the error summary links), month and year theirs. */
    private static void typeDate(WebDriver page, String field, String prefix, LocalDate date) {
        for (String[] part : new String[][] {{field, String.valueOf(date.getDayOfMonth())},
                {prefix + "Month", String.valueOf(date.getMonthValue())}, {prefix + "Year", String.valueOf(date.getYear())}}) {
            page.findElement(By.id(part[0])).clear();
            page.findElement(By.id(part[0])).sendKeys(part[1]);
        }
    }

    /** The days-left cell of a My work row: the one whole number between the due date and the RAG tag. */
    private static int daysLeft(String row) {
        Matcher m = Pattern.compile("\\d{4} (-?\\d+) (Overdue|Due soon|On track)").matcher(row);
        assertThat(m.find()).as(row).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static void fillIn(WebDriver page, String day, String month, String year, String given, String family) {
        page.findElement(By.id("requestDate")).sendKeys(day);
        page.findElement(By.id("requestMonth")).sendKeys(month);
        page.findElement(By.id("requestYear")).sendKeys(year);
        page.findElement(By.id("source")).click();
        page.findElement(By.id("givenName")).sendKeys(given);
        page.findElement(By.id("familyName")).sendKeys(family);
        page.findElement(By.id("dateOfBirth")).sendKeys("14");
        page.findElement(By.id("birthMonth")).sendKeys("5");
        page.findElement(By.id("birthYear")).sendKeys("2018");
    }
}
