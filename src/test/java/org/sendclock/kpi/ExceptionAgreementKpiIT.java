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
 * recorded or agreed it: two late plans issued in February 2011 (no other test uses 2011), one with an agreed
 * exception, one whose exception still awaits agreement.
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
                kpi.requested("EA-AGREED", of(2010, 8, 2)).assessed(of(2010, 9, 1)).exception(of(2010, 10, 4))
                        .planToBeIssued(of(2010, 12, 1)).planIssued(of(2011, 2, 7));
                kpi.requested("EA-AWAITING", of(2010, 8, 2)).assessed(of(2010, 9, 1))
                        .exceptionAwaitingAgreement(of(2010, 10, 4)).planToBeIssued(of(2010, 12, 1))
                        .planIssued(of(2011, 2, 8));
            });
        }
        assertThat(refs("issued")).containsExactly("EA-AGREED", "EA-AWAITING");
        assertThat(refs("issuedExcludingExceptions")).containsExactly("EA-AWAITING");
    }

    private List<String> refs(String measure) throws Exception {
        JsonNode list = json.readTree(http.withBasicAuth("analyst", "demo").getForObject(
                "/api/kpis/twenty-week/cases?month=2011-02&measure=" + measure, String.class));
        List<String> refs = new ArrayList<>();
        list.get("cases").forEach(c -> refs.add(c.get("caseRef").asText()));
        return refs;
    }
}
