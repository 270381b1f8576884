package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.DateText;
import org.sendclock.support.Browser;
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
 * A plan's review on the case page: the form of each step the cycle is at, in turn, from arranging the meeting to the
 * amended plan; bad input named beside its field with what was typed, nothing saved; the review history.
 */
@IntegrationTest
class ReviewPageIT {

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired Clock clock;

    @Test
    void aCaseworkerTakesAReviewFromItsMeetingToTheAmendedPlanOnTheCasePage() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ref = "RP" + UUID.randomUUID().toString().substring(0, 8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> imported = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/plans",
                new HttpEntity<>("case_ref,child_given_name,child_family_name,child_date_of_birth,plan_start_date\n"
                        + ref + ",Rae,Review,2017-05-01," + today.minusMonths(11) + "\n", headers), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;
        String shown = caseworker.get(page).body();
        assertThat(shown).contains("id=\"reviews-heading\"", "id=\"review-1\"", "Arrange the meeting of review 1",
                "id=\"r1-meeting-form\"");
        // What is to be done: the review's step, due two weeks before the review is due, with a link to its form;
        // the diagram is the review's, at that step. A plan brought in runs no assessment.
        LocalDate reviewDue = today.minusMonths(11).plusMonths(12);
        assertThat(shown).contains("id=\"open-tasks\"", "href=\"#r1-meeting-form\">Arrange the review meeting, due "
                + DateText.of(reviewDue.minusDays(14)), ">Review 1</td>", "id=\"diagram-review-1\"",
                "alt=\"The review process, at: ", "id=\"whole-diagram-review-1\"")
                .doesNotContain("id=\"diagram\"", "id=\"no-process\"");
        HttpResponse<String> drawn = caseworker.get(page + "/diagram.svg?review=1&around=current");
        assertThat(drawn.statusCode()).isEqualTo(200);
        assertThat(drawn.body()).startsWith("<svg").contains("stroke=\"#f47738\"");
        assertThat(caseworker.get(page + "/diagram.svg?review=2").statusCode()).isEqualTo(404);

        HttpResponse<String> refused = caseworker.postForm(page + "/reviews/1/meeting", "arrangedBy=Oak+School"
                + date("review", today.minusMonths(12)));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Must not be before the review cycle began", "value=\"Oak School\"");
        assertThat(caseworker.get(page).body()).contains("Not arranged");

        LocalDate meeting = today.minusDays(3);
        ok(caseworker.postForm(page + "/reviews/1/meeting", "arrangedBy=Oak+School" + date("review", meeting)));
        shown = caseworker.get(page).body();
        assertThat(shown).contains("Meeting arranged", "arranged by Oak School", "id=\"r1-invitations-form\"",
                "id=\"r1-advice-circulated-form\"", "Move the meeting of review 1", "Review invitations: due");
        ok(caseworker.postForm(page + "/reviews/1/invitations", date("review", meeting.minusDays(14))));
        ok(caseworker.postForm(page + "/reviews/1/advice-circulated", date("review", meeting.minusDays(14))));
        assertThat(caseworker.postForm(page + "/reviews/1/report", date("review", meeting)).body())
                .as("a step the cycle is not at").contains("Record the meeting held first");
        ok(caseworker.postForm(page + "/reviews/1/meeting-held", date("review", meeting)));
        ok(caseworker.postForm(page + "/reviews/1/report", date("review", meeting.plusDays(1))));
        assertThat(caseworker.get(page).body()).contains("id=\"r1-decision-form\"", "Record the decision (review 1)");

        HttpResponse<String> badDecision = caseworker.postForm(page + "/reviews/1/decision", "phaseTransfer=true"
                + date("review", meeting.plusDays(1)));
        assertThat(badDecision.body()).contains("Select the decision: maintain, amend or cease");
        badDecision = caseworker.postForm(page + "/reviews/1/decision", "decision=AMEND&phaseTransfer=true"
                + date("review", meeting.plusDays(1)));
        assertThat(badDecision.body()).contains("is not in a phase-transfer year for this child");
        ok(caseworker.postForm(page + "/reviews/1/decision", "decision=AMEND" + date("review", meeting.plusDays(1))));
        shown = caseworker.get(page).body();
        assertThat(shown).contains("Amend, ", "id=\"r1-amended-plan-form\"", "id=\"review-2\"",
                "Arrange the meeting of review 2");
        // Two cycles running at once, each drawn; the amended plan (8 weeks) is due before the next meeting.
        assertThat(shown).contains("id=\"diagram-review-1\"", "id=\"diagram-review-2\"",
                "href=\"#r1-amended-plan-form\">Issue the amended plan, due ");
        assertThat(shown.indexOf("href=\"#r1-amended-plan-form\"")).as("soonest first")
                .isLessThan(shown.indexOf("href=\"#r2-meeting-form\""));
        assertThat(caseworker.postForm(page + "/reviews/1/amended-plan", date("review", today)).body())
                .as("inside the family's 15 days").contains("15 days for representations");
        ok(caseworker.postForm(page + "/reviews/1/representations", date("review", today)));
        ok(caseworker.postForm(page + "/reviews/1/amended-plan", date("review", today)));
        shown = caseworker.get(page).body();
        assertThat(shown).contains("Amended plan: due", "id=\"diagram-review-2\"")
                .doesNotContain("r1-amended-plan-form", "id=\"diagram-review-1\"");
        assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref + "/reviews",
                String.class).getBody()).contains("\"amendedPlanDate\":\"" + today + "\"");
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }

    private static String date(String prefix, LocalDate date) {
        return "&" + prefix + "Day=" + date.getDayOfMonth() + "&" + prefix + "Month=" + date.getMonthValue() + "&"
                + prefix + "Year=" + date.getYear();
    }
}
