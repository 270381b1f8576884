package org.sendclock.kpi;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The year-end forecast on 2 September 2013, a date set on the engine's clock (which the application's clock reads).
 * The cases below are worked by hand; every one of them is finished by the end of 2013, so no other test sees them
 * open.
 *
 * <pre>
 * case   request     final plan due  as on 2013-09-02                         later
 * FC-P1  2012-09-03  2013-01-21      issued 2013-01-21: on time
 * FC-P2  2012-10-01  2013-02-18      issued 2013-03-01: late
 * FC-P3  2013-01-07  2013-05-27      issued 2013-05-20: on time, exception
 * FC-P4  2013-01-14  2013-06-03      open, already late                       issued 2013-10-01
 * FC-O1  2013-05-06  2013-09-23      open, can still be on time               issued 2013-09-20
 * FC-O2  2013-04-22  2013-09-09      open, can still be on time               withdrawn 2013-10-15
 * FC-O3  2013-04-15  2013-09-02      open, due today: can still be on time    issued 2013-09-10
 * FC-O4  2013-06-03  2013-10-21      open, can still be on time, exception    issued 2013-10-18
 * FC-N1  2013-08-20  2014-01-07      open, due next year: not in the forecast withdrawn 2013-11-01
 * FC-E1  2012-06-04  2012-10-22      open, due in an earlier year: shown apart issued 2013-12-02
 * FC-C1  2013-02-04  2013-06-24      withdrawn 2013-05-01: not open
 *
 * including exceptions: 3 issued, 2 on time; 5 open due in 2013 of which 4 can be on time; best 6/8 = 75.0,
 *                       worst 2/8 = 25.0; for 60% 3 more on time (5/8 = 62.5)
 * excluding exceptions: 2 issued, 1 on time; 4 open due in 2013, 3 can be on time; best 4/6 = 66.7,
 *                       worst 1/6 = 16.7; for 50% 2 more on time (3/6 = 50.0); 70% is out of reach
 * </pre>
 */
@IntegrationTest
class ForecastIT {

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
    void onSecondSeptember2013() {
        load();
        EngineTime.setTo(of(2013, 9, 2), LocalTime.NOON);
    }

    @AfterEach
    void backToNow() {
        EngineTime.reset();
    }

    @Test
    void includingExceptions() throws Exception {
        put("/api/kpis/targets/TWENTY_WEEKS/2013-01", "{\"percent\":60.0}");
        try {
            JsonNode forecast = get("/api/kpis/forecast?exceptions=included");
            assertThat(forecast.get("year").asInt()).isEqualTo(2013);
            assertThat(forecast.get("today").asText()).isEqualTo("2013-09-02");
            assertThat(forecast.get("measure").asText()).isEqualTo("TWENTY_WEEKS");
            assertThat(counts(forecast, "issued", "onTime", "openDueThisYear", "stillPossibleOnTime", "alreadyLate",
                    "yearEndPlans", "openDueInEarlierYears")).containsExactly(3L, 2L, 5L, 4L, 1L, 8L, 1L);
            assertThat(forecast.get("rateSoFar").decimalValue()).isEqualByComparingTo("66.7");
            assertThat(forecast.get("bestRate").decimalValue()).isEqualByComparingTo("75.0");
            assertThat(forecast.get("worstRate").decimalValue()).isEqualByComparingTo("25.0");
            assertThat(forecast.get("target").get("percent").decimalValue()).isEqualByComparingTo("60.0");
            assertThat(forecast.get("onTimeNeeded").asLong()).isEqualTo(3);
            assertThat(forecast.get("targetReachable").asBoolean()).isTrue();
        } finally {
            delete("/api/kpis/targets/TWENTY_WEEKS/2013-01");
        }
    }

    @Test
    void excludingExceptionsTheDefault() throws Exception {
        put("/api/kpis/targets/TWENTY_WEEKS_EXCLUDING_EXCEPTIONS/2013-01",
                "{\"percent\":50.0,\"orNationalAverage\":true}");
        try {
            JsonNode forecast = get("/api/kpis/forecast");
            assertThat(forecast.get("measure").asText()).isEqualTo("TWENTY_WEEKS_EXCLUDING_EXCEPTIONS");
            assertThat(counts(forecast, "issued", "onTime", "openDueThisYear", "stillPossibleOnTime", "alreadyLate",
                    "yearEndPlans")).containsExactly(2L, 1L, 4L, 3L, 1L, 6L);
            assertThat(forecast.get("bestRate").decimalValue()).isEqualByComparingTo("66.7");
            assertThat(forecast.get("worstRate").decimalValue()).isEqualByComparingTo("16.7");
            assertThat(forecast.get("target").get("nationalRate").isNull()).isTrue(); // none for 2013 or 2012
            assertThat(forecast.get("onTimeNeeded").asLong()).isEqualTo(2);

            put("/api/kpis/targets/TWENTY_WEEKS_EXCLUDING_EXCEPTIONS/2013-06", "{\"percent\":70.0}");
            JsonNode outOfReach = get("/api/kpis/forecast?exceptions=excluded");
            assertThat(outOfReach.get("onTimeNeeded").isNull()).isTrue();
            assertThat(outOfReach.get("targetReachable").asBoolean()).isFalse();
        } finally {
            delete("/api/kpis/targets/TWENTY_WEEKS_EXCLUDING_EXCEPTIONS/2013-01");
            delete("/api/kpis/targets/TWENTY_WEEKS_EXCLUDING_EXCEPTIONS/2013-06");
        }
    }

    @Test
    void eachFigureOpensAsItsCases() throws Exception {
        assertThat(refs(get("/api/kpis/forecast/cases?measure=stillPossibleOnTime")))
                .containsExactly("FC-O3", "FC-O2", "FC-O1");
        assertThat(refs(get("/api/kpis/forecast/cases?exceptions=included&measure=stillPossibleOnTime")))
                .containsExactly("FC-O3", "FC-O2", "FC-O1", "FC-O4");
        assertThat(refs(get("/api/kpis/forecast/cases?measure=alreadyLate"))).containsExactly("FC-P4");
        assertThat(refs(get("/api/kpis/forecast/cases?measure=openDueInEarlierYears"))).containsExactly("FC-E1");
        assertThat(refs(get("/api/kpis/forecast/cases?exceptions=included&measure=onTime")))
                .containsExactly("FC-P1", "FC-P3");
        assertThat(http.withBasicAuth("analyst", "demo").getForObject("/api/kpis/forecast?format=csv", String.class))
                .startsWith("year,today,measure,issued,onTime,rateSoFar,openDueThisYear,stillPossibleOnTime,")
                .contains("\r\n2013,2013-09-02,TWENTY_WEEKS_EXCLUDING_EXCEPTIONS,2,1,50.0,4,3,1,6,66.7,16.7,,,,1\r\n");
    }

    @Test
    void aLaterDayKnowsMore() throws Exception {
        // On 1 November: O1 and O3 issued (one on time), O2 withdrawn, P4 and O4 issued late/on time, N1 still open.
        EngineTime.setTo(of(2013, 11, 1), LocalTime.NOON);
        JsonNode forecast = get("/api/kpis/forecast?exceptions=included");
        // issued: P1, P2, P3, O3 (late), O1 (on time), P4 (late), O4 (on time) = 7, of which P1, P3, O1, O4 on time
        assertThat(counts(forecast, "issued", "onTime", "openDueThisYear", "openDueInEarlierYears"))
                .containsExactly(7L, 4L, 0L, 1L);
    }

    @Test
    void anUnknownVariantIsNamed() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("analyst", "demo")
                .getForEntity("/api/kpis/forecast/cases?exceptions=some&measure=soon", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("exceptions", "measure");
        assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/api/kpis/forecast", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void load() {
        synchronized (ForecastIT.class) {
            if (loaded || cases.existsByCaseRef("FC-P1")) {
                loaded = true;
                return;
            }
            transaction.executeWithoutResult(status -> {
                KpiCaseBuilder kpi = new KpiCaseBuilder(cases, advice, exceptions, calendar, clocks);
                kpi.requested("FC-P1", of(2012, 9, 3)).assessed(of(2012, 10, 1)).planToBeIssued(of(2012, 12, 10))
                        .planIssued(of(2013, 1, 21));
                kpi.requested("FC-P2", of(2012, 10, 1)).assessed(of(2012, 11, 1)).planToBeIssued(of(2013, 1, 10))
                        .planIssued(of(2013, 3, 1));
                kpi.requested("FC-P3", of(2013, 1, 7)).assessed(of(2013, 2, 1)).exception(of(2013, 3, 1))
                        .planToBeIssued(of(2013, 4, 20)).planIssued(of(2013, 5, 20));
                kpi.requested("FC-P4", of(2013, 1, 14)).assessed(of(2013, 2, 14)).planToBeIssued(of(2013, 8, 1))
                        .planIssued(of(2013, 10, 1));
                kpi.requested("FC-O1", of(2013, 5, 6)).assessed(of(2013, 6, 3)).planToBeIssued(of(2013, 8, 20))
                        .planIssued(of(2013, 9, 20));
                kpi.requested("FC-O2", of(2013, 4, 22)).assessed(of(2013, 5, 20)).withdrawn(of(2013, 10, 15));
                kpi.requested("FC-O3", of(2013, 4, 15)).assessed(of(2013, 5, 13)).planToBeIssued(of(2013, 8, 1))
                        .planIssued(of(2013, 9, 10));
                kpi.requested("FC-O4", of(2013, 6, 3)).assessed(of(2013, 7, 1)).exception(of(2013, 7, 22))
                        .planToBeIssued(of(2013, 9, 16)).planIssued(of(2013, 10, 18));
                kpi.requested("FC-N1", of(2013, 8, 20)).withdrawn(of(2013, 11, 1));
                kpi.requested("FC-E1", of(2012, 6, 4)).assessed(of(2012, 7, 2)).planToBeIssued(of(2013, 6, 1))
                        .planIssued(of(2013, 12, 2));
                kpi.requested("FC-C1", of(2013, 2, 4)).withdrawn(of(2013, 5, 1));
            });
            loaded = true;
        }
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("analyst", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private void put(String path, String body) {
        assertThat(send(HttpMethod.PUT, path, body).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void delete(String path) {
        send(HttpMethod.DELETE, path, null);
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("analyst", "demo").exchange(path, method, new HttpEntity<>(body, headers),
                String.class);
    }

    private static List<Long> counts(JsonNode row, String... fields) {
        List<Long> values = new ArrayList<>();
        for (String field : fields) {
            values.add(row.get(field).asLong());
        }
        return values;
    }

    private static List<String> refs(JsonNode list) {
        List<String> refs = new ArrayList<>();
        list.get("cases").forEach(c -> refs.add(c.get("caseRef").asText()));
        assertThat(list.get("count").asInt()).isEqualTo(refs.size());
        return refs;
    }
}
