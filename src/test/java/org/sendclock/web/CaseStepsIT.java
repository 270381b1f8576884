package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.advice.AdviceType;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.DateText;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A case run from request to final plan through the case page's forms alone, the way a caseworker would. */
@IntegrationTest
class CaseStepsIT {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired CaseRepository cases;
    @Autowired AdviceRequestRepository adviceRequests;
    @Autowired Clock clock;
    @Autowired StatutoryCalendar calendar;
    @Autowired ManagementService management;

    @Test
    void fromRequestToFinalPlanInTheBrowser() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate requested = today.minusWeeks(10);
        String ref = json.readTree(Browser.basic(port, "caseworker", "demo").postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT","caseworker":"caseworker","team":"North",
                 "child":{"givenName":"Leo","familyName":"Ward","dateOfBirth":"2016-09-01"}}
                """.formatted(requested)).body()).get("caseRef").asText();
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;

        ok(caseworker.postForm(page + "/decision", "decision=ASSESS" + date("decision", requested.plusWeeks(5))));
        assertThat(caseworker.get(page).body()).as("the banner says what is now due, from the statutory calendar")
                .contains("Decision to assess recorded: a notice if no plan is due by "
                        + DateText.of(calendar.noPlanNoticeDue(requested)) + ", the final plan by "
                        + DateText.of(calendar.finalPlanDue(requested)));
        ok(caseworker.postForm(page + "/advice", "adviceType=HEALTH&provider=ICB" + date("requested", requested.plusWeeks(5))));
        ok(caseworker.postForm(page + "/advice", "adviceType=SOCIAL_CARE" + date("requested", requested.plusWeeks(5))));
        long socialCare = adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(
                cases.findByCaseRef(ref).orElseThrow().getId()).stream()
                .filter(a -> a.getAdviceType() == AdviceType.SOCIAL_CARE).findFirst().orElseThrow().getId();
        String unexplained = caseworker.postForm(page + "/advice/" + socialCare + "/excused", "choice=MISSED_APPOINTMENT").body();
        assertThat(unexplained).contains("Say what happened", "checked");
        ok(caseworker.postForm(page + "/advice/" + socialCare + "/excused", "choice=MISSED_APPOINTMENT&note=Did+not+attend+twice"
                + date("date", requested.plusWeeks(7)) + date("appointment", requested.plusWeeks(6))));
        for (String type : new String[] {"PARENT", "EDUCATION", "EDUCATIONAL_PSYCHOLOGY"}) {
            ok(caseworker.postForm(page + "/advice-not-sought", "adviceType=" + type
                    + "&reason=Advice+from+last+term+is+sufficient"));
        }
        String received = caseworker.get(page).body();
        String action = received.substring(received.indexOf(page + "/advice/"), received.indexOf("/received\"")) + "/received";
        ok(caseworker.postForm(action, date("date", requested.plusWeeks(8))));
        assertThat(caseworker.get(page).body()).contains("Record the decision whether to issue a plan");

        ok(caseworker.postForm(page + "/steps/plan-decision", "choice=ISSUE_PLAN" + date("first", requested.plusWeeks(9))));
        ok(caseworker.postForm(page + "/steps/serve-draft", date("first", requested.plusWeeks(9))));
        assertThat(caseworker.get(page).body()).contains("comment period ends "
                + DateText.of(calendar.commentPeriodEnds(requested.plusWeeks(9))));

        HttpResponse<String> tooEarly = caseworker.postForm(page + "/steps/parent-response",
                "choice=false" + date("first", requested.minusDays(1)) + "&text=Hillside+Academy");
        assertThat(tooEarly.statusCode()).isEqualTo(200);
        assertThat(tooEarly.body()).contains("There is a problem", "Date of the response must not be before the draft was served",
                "value=\"Hillside Academy\"", "value=\"false\" checked");

        ok(caseworker.postForm(page + "/steps/parent-response", "choice=true" + date("first", requested.plusWeeks(10))
                + "&text=Hillside+Academy"));
        ok(caseworker.postForm(page + "/steps/consult-school", date("first", today) + "&text=Hillside+Academy"));
        ok(caseworker.postForm(page + "/steps/final-plan", date("first", today)));

        assertThat(cases.findByCaseRef(ref)).get().extracting(c -> c.getStatus()).isEqualTo(CaseStatus.PLAN_ISSUED);
        assertThat(caseworker.get(page).body()).contains("Final plan issued", "Plan issued", "id=\"plan-status\">Maintained",
                "Review of the plan");
    }

    @Test
    void anExceptionNeedsItsReasonDatesAndWhatHappenedAndCountsOnceAManagerAgreesIt() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ref = json.readTree(Browser.basic(port, "caseworker", "demo").postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT","child":{"givenName":"Ava","familyName":"Lee","dateOfBirth":"2016-09-01"}}
                """.formatted(today.minusWeeks(10))).body()).get("caseRef").asText();
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;

        String refused = caseworker.postForm(page + "/steps/exception", date("first", today)).body();
        assertThat(refused).contains("Select one", "Say what happened");
        String tooShort = caseworker.postForm(page + "/steps/exception", "choice=ABSENT_FROM_AREA&note=Family+abroad"
                + date("first", today.minusWeeks(8)) + date("second", today.minusWeeks(6))).body();
        assertThat(tooShort).contains("There is a problem", "Date it ended must be at least 4 weeks after the start date",
                "this one lasted 14 days");
        assertThat(caseworker.get(page).body()).doesNotContain("id=\"exceptions\"");

        ok(caseworker.postForm(page + "/steps/exception", "choice=ABSENT_FROM_AREA&note=Family+abroad"
                + date("first", today.minusWeeks(8)) + date("second", today.minusWeeks(3))));
        String recorded = caseworker.get(page).body();
        assertThat(recorded).contains("Reg 10(4) exceptions", "Family abroad",
                "awaiting agreement by a manager", "once a manager agrees it")
                .as("not yet counted: no tag, no button for a caseworker")
                .doesNotContain(">Reg 10(4) exception</strong>", "Agree the exception");
        long exception = json.readTree(Browser.basic(port, "caseworker", "demo").get("/api/cases/" + ref).body())
                .get("exceptions").get(0).get("id").asLong();
        assertThat(caseworker.postForm(page + "/exceptions/" + exception + "/agreement", "").statusCode())
                .as("only a manager agrees").isEqualTo(403);

        Browser manager = Browser.signedIn(port, "manager", "demo");
        assertThat(manager.get(page).body()).contains("Agree the exception");
        ok(manager.postForm(page + "/exceptions/" + exception + "/agreement", ""));
        String agreed = manager.get(page).body();
        assertThat(agreed).contains("Exception agreed", "agreed by manager", ">Reg 10(4) exception</strong>")
                .doesNotContain("Agree the exception");
    }

    @Test
    void theDecisionFormTakesTheDateTheFamilyWasTold() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ref = register(today.minusWeeks(7));
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;
        assertThat(caseworker.get(page).body()).contains("Date the family was told", "name=\"noticeDay\"");

        String untold = caseworker.postForm(page + "/decision", "decision=REFUSE&reasons=Needs+met"
                + date("decision", today.minusWeeks(1))).body();
        assertThat(untold).contains("There is a problem", "The date the family was told is required when refusing");
        String beforeDecision = caseworker.postForm(page + "/decision", "decision=REFUSE&reasons=Needs+met"
                + date("decision", today.minusWeeks(1)) + date("notice", today.minusWeeks(2))).body();
        assertThat(beforeDecision).contains("The date the family was told must not be before the decision date");
        assertThat(cases.findByCaseRef(ref).orElseThrow().getDecision()).as("nothing saved").isNull();

        ok(caseworker.postForm(page + "/decision", "decision=REFUSE&reasons=Needs+met"
                + date("decision", today.minusWeeks(1)) + date("notice", today.minusDays(3))));
        assertThat(cases.findByCaseRef(ref).orElseThrow().getDecisionNoticeDate()).isEqualTo(today.minusDays(3));
        assertThat(caseworker.get(page).body()).contains("family told " + DateText.of(today.minusDays(3)));
    }

    @Test
    void textTooLongForTheRecordIsRefusedByNameAndKeptAsTyped() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ref = register(today.minusWeeks(2));
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String reasons = "r".repeat(4001);

        HttpResponse<String> refused = caseworker.postForm("/cases/" + ref + "/decision",
                "decision=ASSESS&reasons=" + reasons + date("decision", today));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem", "The reasons must be 4000 characters or fewer",
                ">" + reasons + "</textarea>");
        assertThat(cases.findByCaseRef(ref).orElseThrow().getDecision()).isNull();
    }

    @Test
    void adviceIsChasedOnlyWhenOverdueAndExcusedAdviceCanStillArrive() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ref = register(today.minusWeeks(5));
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;
        ok(caseworker.postForm(page + "/decision", "decision=ASSESS" + date("decision", today.minusWeeks(4))));
        ok(caseworker.postForm(page + "/advice", "adviceType=HEALTH" + date("requested", today.minusWeeks(1))));
        long health = adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(
                cases.findByCaseRef(ref).orElseThrow().getId()).get(0).getId();
        assertThat(caseworker.get(page).body()).as("not overdue: nothing to chase")
                .doesNotContain("advice-" + health + "-chased\"").contains("Excused or withdrawn");

        ok(caseworker.postForm(page + "/advice/" + health + "/excused", "choice=MISSED_APPOINTMENT&note=Did+not+attend"
                + date("date", today) + date("appointment", today.minusDays(2))));
        String excused = caseworker.get(page).body();
        assertThat(excused).contains("(excused under reg 8(2))", "advice-" + health + "-received\"");
        ok(caseworker.postForm(page + "/advice/" + health + "/received", date("date", today)));
        assertThat(adviceRequests.findById(health).orElseThrow().getReceivedDate()).isEqualTo(today);
    }

    @Test
    void overdueAdviceIsChasedFromThePageAndAStaleFormSaysWhy() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ref = register(today.minusWeeks(10));
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;
        ok(caseworker.postForm(page + "/decision", "decision=ASSESS" + date("decision", today.minusWeeks(9))));
        ok(caseworker.postForm(page + "/advice", "adviceType=HEALTH" + date("requested", today.minusWeeks(7))));
        long health = adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(
                cases.findByCaseRef(ref).orElseThrow().getId()).get(0).getId();
        runDueTimers(ref); // due a week ago: the breach, and the chase task it starts

        assertThat(caseworker.get(page).body()).contains("Chased, excused or withdrawn",
                "advice-" + health + "-chased\"");
        ok(caseworker.postForm(page + "/advice/" + health + "/chased", "note=Phoned+the+ICB" + date("date", today)));
        String chased = caseworker.get(page).body();
        assertThat(chased).contains("Phoned the ICB").doesNotContain("advice-" + health + "-chased\"");

        // The same form sent again (a second tab): refused, and said where it shows, not under a form that is gone.
        String stale = caseworker.postForm(page + "/advice/" + health + "/chased", date("date", today)).body();
        assertThat(stale).contains("href=\"#advice-heading\"", "has no chase to record");
    }

    private void runDueTimers(String ref) {
        String instance = cases.findByCaseRef(ref).orElseThrow().getProcessInstanceId();
        for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
            management.executeJob(job.getId());
        }
    }

    private String register(LocalDate requested) throws Exception {
        return json.readTree(Browser.basic(port, "caseworker", "demo").postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT","caseworker":"caseworker","team":"North",
                 "child":{"givenName":"Mia","familyName":"Shaw","dateOfBirth":"2016-09-01"}}
                """.formatted(requested)).body()).get("caseRef").asText();
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }

    private static String date(String prefix, LocalDate date) {
        return "&" + prefix + "Day=" + date.getDayOfMonth() + "&" + prefix + "Month=" + date.getMonthValue() + "&"
                + prefix + "Year=" + date.getYear();
    }
}
