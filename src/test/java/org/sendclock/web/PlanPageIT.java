package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.plan.PlanRepository;
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

/** The plan on the case page: recorded, moved and ceased through its forms; bad input named beside its field. */
@IntegrationTest
class PlanPageIT {

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired PlanRepository plans;
    @Autowired Clock clock;

    @Test
    void aCaseworkerRecordsMovesAndCeasesThePlanOnTheCasePage() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ref = "PP" + UUID.randomUUID().toString().substring(0, 8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> imported = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/requests",
                new HttpEntity<>("case_ref,request_date,request_source,decision_date,decision,draft_plan_date,"
                        + "final_plan_date,child_given_name,child_family_name,child_date_of_birth\n"
                        + ref + ",2024-01-08,PARENT,2024-02-12,ASSESS,2024-05-01,2024-05-20,Mia,Page,2014-10-01\n",
                        headers), String.class);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;
        assertThat(caseworker.get(page).body()).contains("No plan is recorded on this case", "Record the plan");

        HttpResponse<String> refused = caseworker.postForm(page + "/plan/record", "settingUrn=12AB&needs=SEMH+QQ"
                + date("planStart", today.plusDays(2)));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("&quot;QQ&quot; is not one of SPLD", "value=\"12AB\"");
        HttpResponse<String> future = caseworker.postForm(page + "/plan/record", "settingUrn=12AB&needs=SEMH"
                + date("planStart", today.plusDays(2)));
        assertThat(future.body()).contains("Must not be in the future",
                "Must be a school&#39;s URN (6 digits) or a college&#39;s UKPRN (8 digits starting with 1)");
        assertThat(plans.findByCaseId(cases.findByCaseRef(ref).orElseThrow().getId())).isEmpty();

        LocalDate start = LocalDate.of(2024, 5, 20);
        ok(caseworker.postForm(page + "/plan/record", "settingUrn=100001&needs=SEMH+ASD&personalBudget=true"
                + date("planStart", start)));
        String recorded = caseworker.get(page).body();
        assertThat(recorded).contains("id=\"plan-status\">Maintained", "SEMH: Social, emotional and mental health",
                "URN 100001", "Attends now", "Yes, no, no", "Review of the plan");

        assertThat(recorded).as("not transferred in").doesNotContain("id=\"plan-transfer-notice-step\"");
        LocalDate transferred = today.minusDays(30);
        ok(caseworker.postForm(page + "/plan/record", "settingUrn=100001&needs=SEMH+ASD&personalBudget=true"
                + date("planStart", start) + date("transferredIn", transferred)
                + date("lastReview", transferred.minusMonths(2))));
        assertThat(caseworker.get(page).body()).contains("family not yet told whether the council will reassess",
                "Family told whether the council will reassess (6 weeks from the transfer)");
        assertThat(caseworker.postForm(page + "/plan/transfer-notice", date("notice", today)).body())
                .contains("Select whether the council will reassess the child");
        ok(caseworker.postForm(page + "/plan/transfer-notice", "reassess=no" + date("notice", today)));
        assertThat(caseworker.get(page).body()).contains("that the council will not reassess");

        ok(caseworker.postForm(page + "/plan/setting", "senSetting=EHE" + date("entry", today.minusDays(5))));
        assertThat(caseworker.get(page).body()).contains("EHE (Elective home education)");

        assertThat(caseworker.postForm(page + "/plan/cease", date("ceased", today)).body())
                .contains("Select why the plan ceased");
        ok(caseworker.postForm(page + "/plan/cease", "reason=7" + date("ceased", today)));
        String ceased = caseworker.get(page).body();
        assertThat(ceased).contains("Ceased", "7 moved outside England", "Plan ceased")
                .doesNotContain("id=\"plan-cease-step\"");
    }

    @Test
    void theImportPageTakesAPlansFile() throws Exception {
        String ref = "PI" + UUID.randomUUID().toString().substring(0, 8);
        Browser admin = Browser.signedIn(port, "admin", "demo");
        String csv = "case_ref,child_given_name,child_family_name,child_date_of_birth,plan_start_date,sen_need\n"
                + ref + ",Ola,Import,2012-04-04,2023-09-01,SLCN\n";
        HttpResponse<String> imported = admin.postMultipart("/imports/plans", java.util.Map.of(),
                java.util.Map.of("plans", csv));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("plans.csv (maintained plans)");
        assertThat(cases.findByCaseRef(ref)).isPresent();
        HttpResponse<String> casePage = admin.get("/cases/" + ref);
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body()).contains("No assessment held here", "SLCN: Speech, language and communication needs",
                "Review of the plan");
        HttpResponse<String> refused = admin.postMultipart("/imports/plans", java.util.Map.of(),
                java.util.Map.of("plans", csv.replace("SLCN", "NOPE")));
        assertThat(refused.body()).contains("The files were refused", "sen_need");
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }

    private static String date(String prefix, LocalDate date) {
        return "&" + prefix + "Day=" + date.getDayOfMonth() + "&" + prefix + "Month=" + date.getMonthValue() + "&"
                + prefix + "Year=" + date.getYear();
    }
}
