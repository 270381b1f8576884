package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.Commands.ChildDetails;
import org.sendclock.assessment.Commands.DecideWhetherToAssess;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.assessment.Commands.Withdraw;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.RequestSource;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Week 6 is met by the notice to the family (reg 5(1)), and a step typed in late is measured by its real dates: three
 * requests of 5 March 2007 (week 6 ends 16 April, day 42), each decided through the service on day 50 (24 April),
 * the way a caseworker catches up. No other test uses 2006 to 2008, so April 2007's figures are exactly these three;
 * the cases are withdrawn on day 50 afterwards, so that no later backlog or SEN2 return holds them open.
 *
 * <pre>
 * case        decision                 family told        week 6
 * typedLate   assess, day 40 (14 April) day 40 (14 April)  met: typed in on day 50 makes no difference
 * postedLate  assess, day 40 (14 April) day 45 (19 April)  late: decided in time, told after it
 * refusal     refuse, day 42 (16 April) day 46 (20 April)  late (issue 11's example)
 * </pre>
 */
@IntegrationTest
class DecisionNoticeKpiIT {

    private static final LocalDate REQUESTED = LocalDate.of(2007, 3, 5);

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired AssessmentService assessments;
    @Autowired CaseRepository cases;

    /** The cases made here, withdrawn when done: every backlog and SEN2 return after 2007 would hold them open. */
    private final List<String> made = new ArrayList<>();

    @AfterEach
    void withdrawAndResetClock() {
        for (String ref : made) {
            if (cases.findByCaseRef(ref).map(c -> c.getStatus().isOpen()).orElse(false)) {
                assessments.withdraw(ref, new Withdraw(day(50), "test case, done with"));
            }
        }
        EngineTime.reset();
    }

    @Test
    void theDecisionsMeasureCountsNoticesSentOnTimeWhateverDayTheyWereTypedIn() throws Exception {
        EngineTime.setTo(day(50), LocalTime.of(10, 0));
        String typedLate = register();
        assessments.decideWhetherToAssess(typedLate, new DecideWhetherToAssess(Decision.ASSESS, day(40), null, null,
                day(40)));
        String postedLate = register();
        assessments.decideWhetherToAssess(postedLate, new DecideWhetherToAssess(Decision.ASSESS, day(40), null, null,
                day(45)));
        String refusal = register();
        assessments.decideWhetherToAssess(refusal, new DecideWhetherToAssess(Decision.REFUSE, day(42),
                "needs met at SEN support", null, day(46)));

        JsonNode april = get("/api/kpis/decisions?from=2007-04&to=2007-04").get("months").get(0);
        assertThat(List.of(april.get("decided").asLong(), april.get("onTime").asLong(), april.get("assessed").asLong(),
                april.get("refused").asLong())).containsExactly(3L, 1L, 2L, 1L);
        assertThat(refs(get("/api/kpis/decisions/cases?month=2007-04&measure=onTime"))).containsExactly(typedLate);

        // The drill-down counts the notice and shows the decision beside it.
        JsonNode decided = get("/api/kpis/decisions/cases?month=2007-04&measure=decided").get("cases");
        assertThat(decided).hasSize(3);
        JsonNode late = decided.get(1);
        assertThat(late.get("caseRef").asText()).isEqualTo(postedLate);
        assertThat(late.get("dueDate").asText()).isEqualTo("2007-04-16");
        assertThat(late.get("eventDate").asText()).isEqualTo("2007-04-19");
        assertThat(late.get("decision").asText()).isEqualTo("ASSESS");
        assertThat(late.get("decisionDate").asText()).isEqualTo("2007-04-14");
        assertThat(analyst().getForObject("/api/kpis/decisions/cases?month=2007-04&measure=decided&format=csv",
                String.class)).isEqualTo("caseRef,adviceType,startDate,dueDate,eventDate,decision,decisionDate\r\n"
                + typedLate + ",,2007-03-05,2007-04-16,2007-04-14,ASSESS,2007-04-14\r\n"
                + postedLate + ",,2007-03-05,2007-04-16,2007-04-19,ASSESS,2007-04-14\r\n"
                + refusal + ",,2007-03-05,2007-04-16,2007-04-20,REFUSE,2007-04-16\r\n");

        // On day 43 the decisions were taken but two families not yet told: the backlog holds those two week 6
        // clocks overdue, as the clock register does.
        assertThat(refs(get("/api/kpis/backlog/cases?on=" + day(43) + "&measure=DECISION")))
                .contains(postedLate, refusal).doesNotContain(typedLate);
        assertThat(refs(get("/api/kpis/backlog/cases?on=" + day(47) + "&measure=DECISION")))
                .doesNotContain(typedLate, postedLate, refusal);
    }

    private static LocalDate day(int n) {
        return REQUESTED.plusDays(n);
    }

    private String register() {
        String ref = assessments.register(new RegisterRequest(REQUESTED, RequestSource.PARENT,
                new ChildDetails("Noor", "Haddad", LocalDate.of(2001, 6, 1), null, null), "caseworker", "North"))
                .getCaseRef();
        made.add(ref);
        return ref;
    }

    private TestRestTemplate analyst() {
        return http.withBasicAuth("analyst", "demo");
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = analyst().getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> refs(JsonNode list) {
        List<String> refs = new ArrayList<>();
        list.get("cases").forEach(c -> refs.add(c.get("caseRef").asText()));
        return refs;
    }
}
