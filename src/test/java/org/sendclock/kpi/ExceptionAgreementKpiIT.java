package org.sendclock.kpi;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reg 10(4) exception takes a plan out of the DfE's headline ("excluding exceptions") only once a manager has
 * recorded or agreed it, and the drill-down marks exceptions recorded after the plan was issued: two late plans issued
 * in February 2005 (no other test uses 2005), one with an agreed exception, one whose exception awaits agreement.
 */
@IntegrationTest
class ExceptionAgreementKpiIT {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired CaseRepository cases;
    @Autowired AdviceRequestRepository advice;
    @Autowired ExceptionRecordRepository exceptions;
    @Autowired StatutoryCalendar calendar;
    @Autowired ClockRegister clocks;
    @Autowired TransactionTemplate transaction;

    @Test
    void onlyAnAgreedExceptionTakesAPlanOutOfTheHeadline() throws Exception {
        if (!cases.existsByCaseRef("EA-AGREED")) {
            transaction.executeWithoutResult(status -> {
                KpiCaseBuilder kpi = new KpiCaseBuilder(cases, advice, exceptions, calendar, clocks);
                kpi.requested("EA-AGREED", of(2004, 8, 2)).assessed(of(2004, 9, 1)).exception(of(2004, 10, 4))
                        .planToBeIssued(of(2004, 12, 1)).planIssued(of(2005, 2, 7));
                kpi.requested("EA-AWAITING", of(2004, 8, 2)).assessed(of(2004, 9, 1))
                        .exceptionAwaitingAgreement(of(2004, 10, 4)).planToBeIssued(of(2004, 12, 1))
                        .planIssued(of(2005, 2, 8));
            });
        }
        assertThat(refs("issued")).containsExactly("EA-AGREED", "EA-AWAITING");
        assertThat(refs("issuedExcludingExceptions")).containsExactly("EA-AWAITING");
        // Both exceptions were typed in (2026) long after the plans went out (2005): the drill-down says so.
        JsonNode issued = cases("issued");
        assertThat(issued.get(0).get("exceptionApplies").asBoolean()).isTrue();
        assertThat(issued.get(0).get("exceptionRecordedAfterIssue").asBoolean()).isTrue();
        assertThat(issued.get(1).get("exceptionApplies").asBoolean()).isFalse();
        assertThat(issued.get(1).get("exceptionRecordedAfterIssue").asBoolean()).isTrue();
    }

    private JsonNode cases(String measure) throws Exception {
        return json.readTree(http.withBasicAuth("analyst", "demo").getForObject(
                "/api/kpis/twenty-week/cases?month=2005-02&measure=" + measure, String.class)).get("cases");
    }

    private List<String> refs(String measure) throws Exception {
        List<String> refs = new ArrayList<>();
        cases(measure).forEach(c -> refs.add(c.get("caseRef").asText()));
        return refs;
    }
}
