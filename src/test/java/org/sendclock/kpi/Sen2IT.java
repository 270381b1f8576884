package org.sendclock.kpi;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SEN2 extract for 2011 and its validation report, over hand-made cases no other test uses. Everything here ends
 * by February 2012, before any other test's dates.
 *
 * <pre>
 * case     request     what happened                                          in the 2011 return?
 * SEN2-S0  2010-03-01  refused 2010-04-01                                     no: ended before 2011
 * SEN2-S8  2010-01-04  assessed, plan 2010-05-10                              yes: a plan maintained
 * SEN2-S1  2011-01-10  assessed 2011-02-14, to issue 2011-04-20, plan 05-20   yes
 * SEN2-S2  2011-03-01  refused 2011-04-05                                     yes
 * SEN2-S3  2011-05-02  assessed 2011-06-01, exception, no plan 2011-08-15     yes, Week20 Y
 * SEN2-S4  2011-06-01  assessed 2011-07-01, moved out 2011-09-01              yes, exported
 * SEN2-S6  2011-07-01  imported: no source, no date of birth, assessed 07-20,  yes: four problems
 *                      plan dated 2011-06-15 (before its request), no plan decision
 * SEN2-S7  2011-08-01  refused, no decision date                              yes: one problem
 * SEN2-S5  2011-11-01  assessed 2012-01-05, withdrawn 2012-02-01              yes, pending at the year end
 * SEN2-S9  2012-01-10  refused 2012-02-01                                     no: requested after 2011
 * </pre>
 */
@IntegrationTest
class Sen2IT {

    private static boolean loaded;

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired CaseRepository cases;
    @Autowired AdviceRequestRepository advice;
    @Autowired ExceptionRecordRepository exceptions;
    @Autowired StatutoryCalendar calendar;
    @Autowired ClockRegister clocks;
    @Autowired TransactionTemplate transaction;

    @BeforeEach
    void cases() {
        synchronized (Sen2IT.class) {
            if (!loaded && !cases.existsByCaseRef("SEN2-S1")) {
                transaction.executeWithoutResult(status -> build(new KpiCaseBuilder(cases, advice, exceptions,
                        calendar, clocks)));
            }
            loaded = true;
        }
    }

    @Test
    void thePersonLevelExtractForACalendarYear() {
        ResponseEntity<String> response = analyst().getForEntity("/api/kpis/sen2?year=2011", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("sen2-2011.csv");
        assertThat(response.getBody()).isEqualTo("""
                CaseRef,ReceivedDate,RequestSource,RequestOutcome,RequestOutcomeDate,Exported,AssessmentOutcome,\
                AssessmentOutcomeDate,Week20,StartDate,CeaseDate,CeaseReason\r
                SEN2-S8,2010-01-04,PARENT,DECIDED_TO_ASSESS,2010-02-01,N,DECIDED_TO_ISSUE_PLAN,2010-04-01,N,2010-05-10,,\r
                SEN2-S1,2011-01-10,PARENT,DECIDED_TO_ASSESS,2011-02-14,N,DECIDED_TO_ISSUE_PLAN,2011-04-20,N,2011-05-20,,\r
                SEN2-S2,2011-03-01,PARENT,DECIDED_NOT_TO_ASSESS,2011-04-05,N,,,,,,\r
                SEN2-S3,2011-05-02,PARENT,DECIDED_TO_ASSESS,2011-06-01,N,DECIDED_NOT_TO_ISSUE_PLAN,2011-08-15,Y,,,\r
                SEN2-S4,2011-06-01,PARENT,DECIDED_TO_ASSESS,2011-07-01,Y,MOVED_OUT,2011-09-01,N,,,\r
                SEN2-S6,2011-07-01,,DECIDED_TO_ASSESS,2011-07-20,N,,,N,2011-06-15,,\r
                SEN2-S7,2011-08-01,PARENT,DECIDED_NOT_TO_ASSESS,,N,,,,,,\r
                SEN2-S5,2011-11-01,PARENT,PENDING,,N,,,,,,\r
                """);
        assertThat(response.getBody()).doesNotContain("Child SEN2").doesNotContain("2008-03-01");
    }

    @Test
    void theValidationReportListsEveryRecordThatWouldFail() throws Exception {
        JsonNode report = get("/api/kpis/sen2/validation?year=2011");

        assertThat(report.get("year").asInt()).isEqualTo(2011);
        assertThat(report.get("records").asInt()).isEqualTo(8);
        assertThat(report.get("recordsWithProblems").asInt()).isEqualTo(2);
        List<String> problems = new ArrayList<>();
        report.get("problems").forEach(p -> problems.add(p.get("caseRef").asText() + " " + p.get("field").asText()
                + " " + p.get("message").asText()));
        assertThat(problems).containsExactly(
                "SEN2-S6 RequestSource is not recorded: who made the request",
                "SEN2-S6 PersonBirthDate is not recorded: the person module needs the child's date of birth",
                "SEN2-S6 StartDate is 2011-06-15, before the request was received (2011-07-01)",
                "SEN2-S6 AssessmentOutcome a plan was issued but no decision to issue it is recorded",
                "SEN2-S7 RequestOutcomeDate is missing: the decision whether to assess has no date");

        assertThat(analyst().getForObject("/api/kpis/sen2/validation?year=2011&format=csv", String.class))
                .startsWith("caseRef,field,message\r\n")
                .contains("SEN2-S7,RequestOutcomeDate,is missing: the decision whether to assess has no date\r\n")
                .contains("SEN2-S6,StartDate,\"is 2011-06-15, before the request was received (2011-07-01)\"\r\n");
    }

    @Test
    void aYearOutsideTheRecordIsEmptyAndAYearToComeIsRefused() throws Exception {
        assertThat(analyst().getForObject("/api/kpis/sen2?year=1999", String.class))
                .isEqualTo(String.join(",", Sen2Row.HEADER) + "\r\n");
        ResponseEntity<String> future = analyst().getForEntity("/api/kpis/sen2?year=2999", String.class);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(future.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("year");
        ResponseEntity<String> missing = analyst().getForEntity("/api/kpis/sen2/validation", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(missing.getBody()).get("errors").get(0).get("message").asText())
                .isEqualTo("is required, a year written YYYY");
    }

    @Test
    void onlyThePerformanceTeamAndManagersMayExtract() {
        assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/api/kpis/sen2?year=2011", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/kpis/sen2?year=2011", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("manager", "demo").getForEntity("/api/kpis/sen2?year=2011", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static void build(KpiCaseBuilder kpi) {
        kpi.requested("SEN2-S0", of(2010, 3, 1)).refused(of(2010, 4, 1));
        kpi.requested("SEN2-S8", of(2010, 1, 4)).assessed(of(2010, 2, 1)).planToBeIssued(of(2010, 4, 1))
                .planIssued(of(2010, 5, 10));
        kpi.requested("SEN2-S1", of(2011, 1, 10)).assessed(of(2011, 2, 14)).planToBeIssued(of(2011, 4, 20))
                .planIssued(of(2011, 5, 20));
        kpi.requested("SEN2-S2", of(2011, 3, 1)).refused(of(2011, 4, 5));
        kpi.requested("SEN2-S3", of(2011, 5, 2)).assessed(of(2011, 6, 1)).exception(of(2011, 6, 20))
                .noPlan(of(2011, 8, 15));
        kpi.requested("SEN2-S4", of(2011, 6, 1)).assessed(of(2011, 7, 1)).movedOut(of(2011, 9, 1));
        kpi.imported("SEN2-S6", of(2011, 7, 1)).assessed(of(2011, 7, 20)).planIssued(of(2011, 6, 15));
        kpi.requested("SEN2-S7", of(2011, 8, 1)).refused(null);
        kpi.requested("SEN2-S5", of(2011, 11, 1)).assessed(of(2012, 1, 5)).withdrawn(of(2012, 2, 1));
        kpi.requested("SEN2-S9", of(2012, 1, 10)).refused(of(2012, 2, 1));
    }

    private TestRestTemplate analyst() {
        return http.withBasicAuth("analyst", "demo");
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = analyst().getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
