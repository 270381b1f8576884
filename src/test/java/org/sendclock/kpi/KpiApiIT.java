package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The four timeliness measures over the hand-made cases of {@link KpiFixture}: every expected figure below was worked
 * out by hand from the table in that class.
 */
@IntegrationTest
class KpiApiIT {

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
        KpiFixture.ensureLoaded(cases, advice, exceptions, calendar, clocks, transaction);
    }

    // --- 20 weeks

    @Test
    void twentyWeekRatesMonthByMonthWithAndWithoutExceptions() throws Exception {
        JsonNode report = get("/api/kpis/twenty-week?from=2016-01&to=2016-04");

        assertThat(report.get("months")).hasSize(4);
        JsonNode january = report.get("months").get(0);
        assertThat(january.get("month").asText()).isEqualTo("2016-01");
        // A on day 140, B on day 141, F on time with an exception
        assertThat(counts(january, "issued", "onTime", "issuedExcludingExceptions", "onTimeExcludingExceptions"))
                .containsExactly(3L, 2L, 2L, 1L);
        assertThat(january.get("rate").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(january.get("rateExcludingExceptions").decimalValue()).isEqualByComparingTo("50.0");

        JsonNode february = report.get("months").get(1);
        assertThat(counts(february, "issued", "onTime", "issuedExcludingExceptions", "onTimeExcludingExceptions"))
                .containsExactly(3L, 0L, 2L, 0L);
        assertThat(february.get("rate").decimalValue()).isEqualByComparingTo("0.0");

        // The leap year: C's week 20 ended on 3 March 2016, so 4 March is day 141; D's is day 140.
        JsonNode march = report.get("months").get(2);
        assertThat(counts(march, "issued", "onTime")).containsExactly(2L, 1L);

        JsonNode april = report.get("months").get(3);
        assertThat(april.get("month").asText()).isEqualTo("2016-04");
        assertThat(counts(april, "issued", "onTime", "issuedExcludingExceptions")).containsExactly(0L, 0L, 0L);
        assertThat(april.get("rate").isNull()).isTrue();
        assertThat(april.get("rateExcludingExceptions").isNull()).isTrue();
        assertThat(april.get("medianWeeksToIssue").isNull()).isTrue();

        JsonNode total = report.get("total");
        assertThat(total.has("month")).isFalse();
        assertThat(counts(total, "issued", "onTime", "issuedExcludingExceptions", "onTimeExcludingExceptions"))
                .containsExactly(8L, 3L, 6L, 2L);
        assertThat(total.get("rate").decimalValue()).isEqualByComparingTo("37.5");
        assertThat(total.get("rateExcludingExceptions").decimalValue()).isEqualByComparingTo("33.3");
    }

    @Test
    void weeksToIssueAndPlansAfterThirtyAndFiftyTwoWeeks() throws Exception {
        JsonNode report = get("/api/kpis/twenty-week?from=2016-01&to=2016-04");

        JsonNode january = report.get("months").get(0); // 140, 141 and 132 days
        assertThat(january.get("averageWeeksToIssue").decimalValue()).isEqualByComparingTo("19.7");
        assertThat(january.get("medianWeeksToIssue").decimalValue()).isEqualByComparingTo("20.0");
        JsonNode february = report.get("months").get(1); // 162, 406 and 245 days
        assertThat(february.get("averageWeeksToIssue").decimalValue()).isEqualByComparingTo("38.7");
        assertThat(february.get("medianWeeksToIssue").decimalValue()).isEqualByComparingTo("35.0");
        assertThat(counts(february, "issuedAfter30Weeks", "issuedAfter52Weeks")).containsExactly(2L, 1L);
        JsonNode total = report.get("total"); // 1507 days over 8 plans; the middle two are 141 days
        assertThat(total.get("averageWeeksToIssue").decimalValue()).isEqualByComparingTo("26.9");
        assertThat(total.get("medianWeeksToIssue").decimalValue()).isEqualByComparingTo("20.1");
    }

    @Test
    void eachTwentyWeekFigureOpensAsItsCases() throws Exception {
        assertThat(refs(get("/api/kpis/twenty-week/cases?month=2016-01&measure=onTime")))
                .containsExactly("KPI-A", "KPI-F");
        assertThat(refs(get("/api/kpis/twenty-week/cases?month=2016-01&measure=onTimeExcludingExceptions")))
                .containsExactly("KPI-A");
        assertThat(refs(get("/api/kpis/twenty-week/cases?month=2016-02&measure=issuedExcludingExceptions")))
                .containsExactly("KPI-H", "KPI-G");
        assertThat(refs(get("/api/kpis/twenty-week/cases?from=2016-01&to=2016-04&measure=issuedAfter52Weeks")))
                .containsExactly("KPI-G");

        JsonNode list = get("/api/kpis/twenty-week/cases?month=2016-03&measure=issued");
        assertThat(list.get("count").asInt()).isEqualTo(2);
        JsonNode c = list.get("cases").get(0);
        assertThat(c.get("caseRef").asText()).isEqualTo("KPI-C");
        assertThat(c.get("startDate").asText()).isEqualTo("2015-10-15");
        assertThat(c.get("dueDate").asText()).isEqualTo("2016-03-03");
        assertThat(c.get("eventDate").asText()).isEqualTo("2016-03-04");
        assertThat(list.toString()).doesNotContain("Child KPI");
    }

    // --- decisions within 6 weeks

    @Test
    void decisionsWithinSixWeeks() throws Exception {
        JsonNode report = get("/api/kpis/decisions?from=2015-03&to=2015-05");

        JsonNode march = report.get("months").get(0); // K1 on day 42, K2 refused on day 43
        assertThat(counts(march, "decided", "onTime", "assessed", "refused")).containsExactly(2L, 1L, 1L, 1L);
        assertThat(march.get("rate").decimalValue()).isEqualByComparingTo("50.0");
        JsonNode april = report.get("months").get(1);
        assertThat(counts(april, "decided", "onTime", "assessed", "refused")).containsExactly(2L, 2L, 1L, 1L);
        JsonNode may = report.get("months").get(2);
        assertThat(counts(may, "decided", "onTime")).containsExactly(0L, 0L);
        assertThat(may.get("rate").isNull()).isTrue();
        assertThat(counts(report.get("total"), "decided", "onTime", "assessed", "refused"))
                .containsExactly(4L, 3L, 2L, 2L);
        assertThat(report.get("total").get("rate").decimalValue()).isEqualByComparingTo("75.0");

        assertThat(refs(get("/api/kpis/decisions/cases?month=2015-03&measure=onTime"))).containsExactly("KPI-K1");
        assertThat(refs(get("/api/kpis/decisions/cases?from=2015-03&to=2015-05&measure=refused")))
                .containsExactly("KPI-K2", "KPI-K4");
    }

    // --- advice within 6 weeks

    @Test
    void adviceWithinSixWeeksByTypeAndAllTogether() throws Exception {
        JsonNode report = get("/api/kpis/advice?from=2015-11&to=2016-01");

        JsonNode november = report.get("months").get(0);
        assertThat(november.get("month").asText()).isEqualTo("2015-11");
        assertThat(types(november)).containsExactly("PARENT", "EDUCATION", "EDUCATIONAL_PSYCHOLOGY", "HEALTH",
                "SOCIAL_CARE", "PREPARING_FOR_ADULTHOOD", "OTHER");
        JsonNode ep = byType(november, "EDUCATIONAL_PSYCHOLOGY"); // day 42
        assertThat(counts(ep, "returned", "onTime")).containsExactly(1L, 1L);
        assertThat(ep.get("rate").decimalValue()).isEqualByComparingTo("100.0");
        JsonNode health = byType(november, "HEALTH"); // day 43 late, another on time
        assertThat(counts(health, "returned", "onTime")).containsExactly(2L, 1L);
        JsonNode socialCare = byType(november, "SOCIAL_CARE"); // late, with a reg 8(2) exception
        assertThat(counts(socialCare, "returned", "onTime", "returnedExcludingExceptions", "onTimeExcludingExceptions"))
                .containsExactly(1L, 0L, 0L, 0L);
        assertThat(socialCare.get("rate").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(socialCare.get("rateExcludingExceptions").isNull()).isTrue();
        assertThat(byType(november, "PARENT").get("rate").isNull()).isTrue();
        JsonNode all = november.get("allTypes");
        assertThat(all.get("adviceType").asText()).isEqualTo("ALL");
        assertThat(counts(all, "returned", "onTime", "returnedExcludingExceptions", "onTimeExcludingExceptions"))
                .containsExactly(4L, 2L, 3L, 2L);
        assertThat(all.get("rate").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(all.get("rateExcludingExceptions").decimalValue()).isEqualByComparingTo("66.7");

        JsonNode january = report.get("months").get(2);
        assertThat(counts(january.get("allTypes"), "returned")).containsExactly(0L);
        assertThat(january.get("allTypes").get("rate").isNull()).isTrue();

        JsonNode total = report.get("total").get("allTypes");
        assertThat(counts(total, "returned", "onTime", "returnedExcludingExceptions", "onTimeExcludingExceptions"))
                .containsExactly(5L, 3L, 4L, 3L);
        assertThat(total.get("rate").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(total.get("rateExcludingExceptions").decimalValue()).isEqualByComparingTo("75.0");

        JsonNode late = get("/api/kpis/advice/cases?month=2015-11&measure=returned&adviceType=HEALTH");
        assertThat(refs(late)).containsExactly("KPI-A", "KPI-B");
        assertThat(late.get("cases").get(0).get("adviceType").asText()).isEqualTo("HEALTH");
        assertThat(refs(get("/api/kpis/advice/cases?from=2015-11&to=2016-01&measure=onTime")))
                .containsExactly("KPI-A", "KPI-B", "KPI-E");
    }

    // --- backlog

    @Test
    void backlogByWeeksSinceRequestAndOverdueClocks() throws Exception {
        JsonNode backlog = get("/api/kpis/backlog?on=2016-01-08");

        assertThat(backlog.get("on").asText()).isEqualTo("2016-01-08");
        assertThat(backlog.get("open").asLong()).isEqualTo(10);
        Map<String, Long> bands = new LinkedHashMap<>();
        backlog.get("weeksSinceRequest").forEach(b -> bands.put(b.get("band").asText(), b.get("cases").asLong()));
        assertThat(bands).containsExactly(Map.entry("0-6", 1L), Map.entry("6-12", 2L), Map.entry("12-16", 1L),
                Map.entry("16-20", 3L), Map.entry("20-30", 1L), Map.entry("30-52", 1L), Map.entry("52+", 1L));
        Map<String, Long> overdue = new LinkedHashMap<>();
        backlog.get("overdue").forEach(o -> overdue.put(o.get("clock").asText(), o.get("count").asLong()));
        assertThat(overdue).containsExactly(Map.entry("DECISION", 1L), Map.entry("NO_PLAN_NOTICE", 2L),
                Map.entry("FINAL_PLAN", 3L), Map.entry("ADVICE", 2L));

        // Day 140 is still "16-20" and not overdue; day 142 is "20-30"; day 84 "6-12", day 85 "12-16"; L on day 38.
        assertThat(refs(get("/api/kpis/backlog/cases?on=2016-01-08&measure=0-6"))).containsExactly("KPI-L");
        assertThat(refs(get("/api/kpis/backlog/cases?on=2016-01-08&measure=16-20")))
                .containsExactly("KPI-B", "KPI-E", "KPI-F");
        assertThat(refs(get("/api/kpis/backlog/cases?on=2016-01-08&measure=20-30"))).containsExactly("KPI-I");
        assertThat(refs(get("/api/kpis/backlog/cases?on=2016-01-08&measure=6-12"))).containsExactly("KPI-D", "KPI-J");
        assertThat(refs(get(URI.create("/api/kpis/backlog/cases?on=2016-01-08&measure=52%2B"))))
                .containsExactly("KPI-G");
        assertThat(refs(get("/api/kpis/backlog/cases?on=2016-01-08&measure=FINAL_PLAN")))
                .containsExactly("KPI-G", "KPI-H", "KPI-I");
        JsonNode advice = get("/api/kpis/backlog/cases?on=2016-01-08&measure=ADVICE");
        assertThat(refs(advice)).containsExactly("KPI-I", "KPI-C");
        assertThat(advice.get("cases").get(1).get("adviceType").asText()).isEqualTo("EDUCATIONAL_PSYCHOLOGY");
    }

    @Test
    void theBacklogOfALaterDayHasMovedOn() throws Exception {
        // By 2016-01-09 B has its plan (issued that day) and A was issued on the 7th.
        JsonNode backlog = get("/api/kpis/backlog?on=2016-01-09");
        assertThat(backlog.get("open").asLong()).isEqualTo(9);
        assertThat(refs(get("/api/kpis/backlog/cases?on=2016-01-09&measure=open"))).doesNotContain("KPI-A", "KPI-B");
    }

    // --- CSV

    @Test
    void theTwentyWeekTableDownloadsAsCsv() {
        ResponseEntity<String> response = analyst().getForEntity(
                "/api/kpis/twenty-week?from=2016-01&to=2016-04&format=csv", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("twenty-week-2016-01-to-2016-04.csv");
        assertThat(response.getBody()).isEqualTo("""
                month,issued,onTime,issuedExcludingExceptions,onTimeExcludingExceptions,rate,rateExcludingExceptions,\
                averageWeeksToIssue,medianWeeksToIssue,issuedAfter30Weeks,issuedAfter52Weeks\r
                2016-01,3,2,2,1,66.7,50.0,19.7,20.0,0,0\r
                2016-02,3,0,2,0,0.0,0.0,38.7,35.0,2,1\r
                2016-03,2,1,2,1,50.0,50.0,20.1,20.1,0,0\r
                2016-04,0,0,0,0,,,,,0,0\r
                total,8,3,6,2,37.5,33.3,26.9,20.1,2,1\r
                """);
    }

    @Test
    void drillDownsAndTheOtherTablesDownloadAsCsvToo() {
        String cases = analyst().getForObject("/api/kpis/twenty-week/cases?month=2016-01&measure=onTime&format=csv",
                String.class);
        assertThat(cases).isEqualTo(
                "caseRef,adviceType,startDate,dueDate,eventDate,exceptionApplies,exceptionRecordedAfterIssue\r\n"
                + "KPI-A,,2015-08-20,2016-01-07,2016-01-07,false,false\r\n"
                + "KPI-F,,2015-09-10,2016-01-28,2016-01-20,true,false\r\n");
        assertThat(analyst().getForObject("/api/kpis/decisions?from=2015-03&to=2015-03&format=csv", String.class))
                .isEqualTo("month,decided,onTime,assessed,refused,rate\r\n2015-03,2,1,1,1,50.0\r\n"
                        + "total,2,1,1,1,50.0\r\n");
        assertThat(analyst().getForObject("/api/kpis/advice?from=2015-12&to=2015-12&format=csv", String.class))
                .contains("2015-12,EDUCATIONAL_PSYCHOLOGY,1,1,1,1,100.0,100.0\r\n")
                .contains("2015-12,ALL,1,1,1,1,100.0,100.0\r\n")
                .contains("total,ALL,1,1,1,1,100.0,100.0\r\n");
        assertThat(analyst().getForObject("/api/kpis/backlog?on=2016-01-08&format=csv", String.class))
                .startsWith("on,kind,measure,count\r\n2016-01-08,open,open,10\r\n")
                .contains("2016-01-08,weeksSinceRequest,52+,1\r\n")
                .contains("2016-01-08,overdue,ADVICE,2\r\n");
    }

    // --- bad parameters: 400 naming each

    @Test
    void missingMonthsAreEachNamed() throws Exception {
        assertThat(errors(analyst().getForEntity("/api/kpis/twenty-week", String.class)))
                .containsEntry("from", "is required, a month written YYYY-MM")
                .containsEntry("to", "is required, a month written YYYY-MM");
    }

    @Test
    void malformedAndReversedMonthsAreNamed() throws Exception {
        assertThat(errors(analyst().getForEntity("/api/kpis/decisions?from=2016-13&to=June", String.class)))
                .containsEntry("from", "must be a month written YYYY-MM, not \"2016-13\"")
                .containsEntry("to", "must be a month written YYYY-MM, not \"June\"");
        assertThat(errors(analyst().getForEntity("/api/kpis/advice?from=2016-06&to=2016-01", String.class)))
                .containsExactly(Map.entry("to", "must not be before from (2016-06)"));
    }

    @Test
    void anUnknownMeasureFormatOrDayIsNamed() throws Exception {
        assertThat(errors(analyst().getForEntity("/api/kpis/twenty-week/cases?month=2016-01&measure=late&format=xml",
                String.class)))
                .containsEntry("measure", "must be one of issued, onTime, issuedExcludingExceptions, "
                        + "onTimeExcludingExceptions, issuedAfter30Weeks, issuedAfter52Weeks, not \"late\"")
                .containsEntry("format", "must be json or csv, not \"xml\"");
        assertThat(errors(analyst().getForEntity("/api/kpis/twenty-week/cases?measure=onTime", String.class)))
                .containsExactly(Map.entry("month", "is required, a month written YYYY-MM"));
        assertThat(errors(analyst().getForEntity("/api/kpis/backlog?on=2016-02-30", String.class)))
                .containsExactly(Map.entry("on", "must be a real date written YYYY-MM-DD, not \"2016-02-30\""));
        assertThat(errors(analyst().getForEntity("/api/kpis/backlog", String.class)))
                .containsExactly(Map.entry("on", "is required, a date written YYYY-MM-DD"));
        assertThat(errors(analyst().getForEntity("/api/kpis/advice/cases?month=2016-01&measure=onTime&adviceType=DENTAL",
                String.class))).containsKey("adviceType");
    }

    // --- who may read

    @Test
    void thePerformanceTeamAndManagersMayReadKpisCaseworkersMayNot() {
        String path = "/api/kpis/twenty-week?from=2016-01&to=2016-01";
        assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("caseworker", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("analyst", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("manager", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("caseworker", "demo")
                .getForEntity("/api/kpis/backlog/cases?on=2016-01-08&measure=open", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    // --- helpers

    private TestRestTemplate analyst() {
        return http.withBasicAuth("analyst", "demo");
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = analyst().getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode get(URI path) throws Exception {
        ResponseEntity<String> response = analyst().getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
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

    private static List<String> types(JsonNode month) {
        List<String> types = new ArrayList<>();
        month.get("byType").forEach(t -> types.add(t.get("adviceType").asText()));
        return types;
    }

    private static JsonNode byType(JsonNode month, String type) {
        for (JsonNode t : month.get("byType")) {
            if (t.get("adviceType").asText().equals(type)) {
                return t;
            }
        }
        throw new AssertionError("no " + type + " in " + month);
    }

    private Map<String, String> errors(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        Map<String, String> errors = new LinkedHashMap<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> errors.put(e.get("field").asText(),
                e.get("message").asText()));
        return errors;
    }
}
