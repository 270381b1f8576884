package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A re-assessment on the case page: the request, the decision, advice asked for and received, the outcome, each through
 * its form and each seen in the section's history; bad input named beside its field with what was typed, nothing
 * saved; its tasks on My work opening the section; after a transfer in whose notice says the council will reassess,
 * the request offered filled in from the notice and started only when the caseworker records it.
 */
@IntegrationTest
class ReassessmentPageIT {

    private static final Pattern ADVICE_FORM = Pattern.compile("id=\"advice-(\\d+)-received\"");

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired Clock clock;

    @Test
    void aCaseworkerTakesAReassessmentFromItsRequestToItsOutcomeOnTheCasePage() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ref = planned("RP", today.minusMonths(11), null);
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;
        assertThat(caseworker.get(page).body()).contains("Six months have passed since: the council could refuse a"
                + " request only if it was received before " + DateText.of(today.minusMonths(11).plusMonths(6)));
        assertThat(caseworker.get(page).body()).contains("id=\"reassessments\"", "The plan has not been reassessed",
                "id=\"reassessment-request-form\"").doesNotContain("id=\"reassessment-after-transfer\"");

        HttpResponse<String> refused = caseworker.postForm(page + "/reassessments",
                "reassessmentDay=31&reassessmentMonth=2&reassessmentYear=2026");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Select who asked for the re-assessment",
                "The date the request was received must be a real date", "value=\"31\"",
                "href=\"#reassessment-request-by\"", "href=\"#reassessment-request-date\"");
        refused = caseworker.postForm(page + "/reassessments", "requestedBy=SCHOOL" + date(today.plusDays(3)));
        assertThat(refused.body()).contains("The date must not be in the future",
                "value=\"SCHOOL\" checked=\"checked\"", "value=\"" + today.plusDays(3).getYear() + "\"");
        assertThat(reassessmentsJson(ref)).contains("\"reassessments\":[]");

        ok(caseworker.postForm(page + "/reassessments", "requestedBy=PARENT" + date(today.minusDays(20))));
        String shown = caseworker.get(page).body();
        assertThat(shown).contains("Re-assessment 1 recorded: the decision whether to reassess is due by",
                "id=\"reassessment-1\"", "by the parent", "Not yet notified", "id=\"ra1-decision-form\"",
                "Decision whether to reassess notified (15 days from the request), due",
                "Plan after the re-assessment (14 weeks from the request), due")
                .doesNotContain("id=\"reassessment-request-form\"");
        assertThat(shown).contains("href=\"#ra1-decision-form\">Decide whether to reassess and notify, due ",
                ">Re-assessment 1</td>", "id=\"diagram-reassessment-1\"", "alt=\"The re-assessment process, at: "
                + "Decide whether to reassess and notify");
        assertThat(shown.indexOf("href=\"#ra1-decision-form\"")).as("the decision, due first, before the review's")
                .isLessThan(shown.indexOf("href=\"#r1-meeting-form\""));
        assertThat(caseworker.get(page + "/diagram.svg?reassessment=1").body()).startsWith("<svg")
                .contains("stroke=\"#f47738\"");
        String work = caseworker.get("/my-work?clock=REASSESSMENT").body();
        assertThat(work).contains(">Re-assessment</option>", "href=\"/cases/" + ref + "#reassessments\"",
                "Decide whether to reassess and notify");

        HttpResponse<String> undecided = caseworker.postForm(page + "/reassessments/1/decision",
                date(today.minusDays(15)));
        assertThat(undecided.body()).contains("Select whether the council will reassess",
                "value=\"" + today.minusDays(15).getDayOfMonth() + "\"");
        ok(caseworker.postForm(page + "/reassessments/1/decision", "decision=REASSESS" + date(today.minusDays(15))));
        shown = caseworker.get(page).body();
        assertThat(shown).contains("Decision to reassess recorded: the plan is due by", "To reassess, notified",
                "id=\"ra1-advice-requests-form\"", "id=\"ra1-outcome-form\"")
                .doesNotContain("id=\"ra1-decision-form\"");

        HttpResponse<String> noKind = caseworker.postForm(page + "/reassessments/1/advice-requests",
                "provider=Northshire+ICB" + date(today.minusDays(14)));
        assertThat(noKind.body()).contains("Choose the kind of advice asked for", "value=\"Northshire ICB\"");
        ok(caseworker.postForm(page + "/reassessments/1/advice-requests", "adviceType=HEALTH&provider=Northshire+ICB"
                + date(today.minusDays(14))));
        shown = caseworker.get(page).body();
        assertThat(shown).contains("Health advice from Northshire ICB, requested", "awaited",
                "Advice (6 weeks): health (Northshire ICB), due");
        Matcher advice = ADVICE_FORM.matcher(shown.substring(shown.indexOf("id=\"reassessments\"")));
        assertThat(advice.find()).as("the advice's own forms in the section").isTrue();
        assertThat(shown).contains("href=\"#advice-" + advice.group(1) + "\">Advice awaited: health advice, due ",
                "href=\"#ra1-outcome-form\">Issue the amended plan, or notice it will not be amended, due ",
                "<td class=\"govuk-table__cell\">Northshire ICB</td>");

        HttpResponse<String> tooSoon = caseworker.postForm(page + "/reassessments/1/outcome", "outcome=AMENDED"
                + date(today));
        assertThat(tooSoon.body()).contains("Advice is still outstanding: health advice (Northshire ICB) due");
        ok(caseworker.postForm(page + "/advice/" + advice.group(1) + "/received", "dateDay=" + today.minusDays(2)
                .getDayOfMonth() + "&dateMonth=" + today.minusDays(2).getMonthValue() + "&dateYear="
                + today.minusDays(2).getYear()));
        assertThat(caseworker.get(page).body()).contains("Health advice from Northshire ICB, requested")
                .contains(": received ");

        HttpResponse<String> early = caseworker.postForm(page + "/reassessments/1/outcome", "outcome=AMENDED"
                + date(today.minusDays(16)));
        assertThat(early.body()).contains("The date must not be before the decision to reassess",
                "value=\"AMENDED\" checked=\"checked\"");
        ok(caseworker.postForm(page + "/reassessments/1/outcome", "outcome=AMENDED" + date(today)));
        shown = caseworker.get(page).body();
        assertThat(shown).contains("Re-assessment 1 concluded", "Re-assessment 1 (concluded)", "Amended plan issued",
                "id=\"reassessment-request-form\"").doesNotContain("id=\"ra1-outcome-form\"",
                "id=\"diagram-reassessment-1\"", ">Re-assessment 1</td>");
        assertThat(reassessmentsJson(ref)).contains("\"outcome\":\"AMENDED\"", "\"outcomeDate\":\"" + today + "\"");
        assertThat(caseworker.postForm(page + "/reassessments/1/outcome", "outcome=AMENDED" + date(today)).body())
                .as("a step the re-assessment is no longer at").contains("Re-assessment 1 was concluded on");
    }

    @Test
    void afterATransferInTheNoticeThatTheCouncilWillReassessOffersTheRequestAndStartsNothing() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate transferred = today.minusDays(20);
        String ref = planned("RT", today.minusYears(2), transferred);
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;
        assertThat(caseworker.get(page).body()).doesNotContain("id=\"reassessment-after-transfer\"");

        LocalDate told = today.minusDays(5);
        ok(caseworker.postForm(page + "/plan/transfer-notice", "reassess=yes&noticeDay=" + told.getDayOfMonth()
                + "&noticeMonth=" + told.getMonthValue() + "&noticeYear=" + told.getYear()));
        String offered = caseworker.get(page).body();
        assertThat(offered).contains("id=\"reassessment-after-transfer\"", "that the council will reassess the child",
                "value=\"COUNCIL\" checked=\"checked\"", "value=\"" + told.getDayOfMonth() + "\"");
        assertThat(offered.substring(offered.indexOf("id=\"reassessment-request-step\"") - 200))
                .as("the form is open").contains("open");
        assertThat(reassessmentsJson(ref)).as("nothing started").contains("\"reassessments\":[]");

        ok(caseworker.postForm(page + "/reassessments", "requestedBy=COUNCIL" + date(told)));
        assertThat(caseworker.get(page).body()).contains("by the council", "id=\"ra1-decision-form\"")
                .doesNotContain("id=\"reassessment-after-transfer\"");
        assertThat(reassessmentsJson(ref)).contains("\"requestedBy\":\"COUNCIL\"", "\"requestDate\":\"" + told + "\"");
    }

    @Test
    void aRequestWithinSixMonthsOfThePlanShowsTheSixMonthRuleAndMayBeRefusedUnderIt() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusMonths(3);
        String ref = planned("RS", start, null);
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;
        assertThat(caseworker.get(page).body()).contains("id=\"reassessment-request-six-months\"",
                "The last assessment: the plan issued on " + DateText.of(start) + ". The council may refuse a request"
                        + " received before " + DateText.of(start.plusMonths(6)) + " (the six-month rule");

        ok(caseworker.postForm(page + "/reassessments", "requestedBy=PARENT" + date(today.minusDays(2))));
        String shown = caseworker.get(page).body();
        assertThat(shown).contains("id=\"reassessment-1-six-months\"", "Applies: the request came less than six"
                + " months after the last assessment, the plan issued on " + DateText.of(start),
                "id=\"ra1-decision-six-months\"");

        HttpResponse<String> refused = caseworker.postForm(page + "/reassessments/1/decision",
                "decision=REASSESS&underSixMonthRule=true" + date(today));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Only a decision not to reassess can rely on the six-month rule",
                "href=\"#ra1-decision-six-months\"", "value=\"true\" checked=\"checked\"");
        assertThat(reassessmentsJson(ref)).contains("\"decision\":null");

        ok(caseworker.postForm(page + "/reassessments/1/decision", "decision=NOT_REASSESS&underSixMonthRule=true"
                + date(today)));
        shown = caseworker.get(page).body();
        assertThat(shown).contains("Decision not to reassess under the six-month rule recorded",
                "Not to reassess, under the six-month rule, notified " + DateText.of(today),
                "Applied: the request was refused under it");
        assertThat(reassessmentsJson(ref)).contains("\"refusedUnderSixMonthRule\":true",
                "\"sixMonthRuleApplies\":true");
    }

    /** A case brought in with its plan, the demo caseworker's. */
    private String planned(String prefix, LocalDate start, LocalDate transferredIn) {
        String ref = prefix + UUID.randomUUID().toString().substring(0, 8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> imported = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/plans",
                new HttpEntity<>("case_ref,child_given_name,child_family_name,child_date_of_birth,plan_start_date,"
                        + "transferred_in_date,team,caseworker\n" + ref + ",Rea,Assess,2015-05-01," + start + ","
                        + (transferredIn == null ? "" : transferredIn) + ",North,caseworker\n", headers), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        return ref;
    }

    private String reassessmentsJson(String ref) {
        return http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref + "/reassessments",
                String.class).getBody();
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }

    private static String date(LocalDate date) {
        return "&reassessmentDay=" + date.getDayOfMonth() + "&reassessmentMonth=" + date.getMonthValue()
                + "&reassessmentYear=" + date.getYear();
    }
}
