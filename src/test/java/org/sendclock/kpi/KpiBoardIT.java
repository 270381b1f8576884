package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board's views over {@link KpiFixture}: the month beside the year to date, whole years, cohorts, and targets and
 * comparators set through the API. Each test removes the targets and comparators it set.
 */
@IntegrationTest
class KpiBoardIT {

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

    @Test
    void theMonthBesideTheYearToDateWithATrajectoryOfTargets() throws Exception {
        put("/api/kpis/targets/TWENTY_WEEKS/2016-01", "{\"percent\":50.0}");
        put("/api/kpis/targets/TWENTY_WEEKS/2016-03", "{\"percent\":40.0,\"amberMargin\":5.0,\"note\":\"reset\"}");
        try {
            JsonNode board = get("/api/kpis/board?measure=TWENTY_WEEKS&from=2016-01&to=2016-04");
            JsonNode[] m = rows(board);
            assertThat(m).hasSize(4);

            assertThat(figures(m[0].get("inMonth"))).isEqualTo("2/3 66.7 GREEN null");
            assertThat(figures(m[0].get("yearToDate"))).isEqualTo("2/3 66.7 GREEN null");
            assertThat(m[0].get("target").get("percent").decimalValue()).isEqualByComparingTo("50.0");
            assertThat(m[0].get("target").get("description").asText()).isEqualTo("50.0%");
            assertThat(m[0].get("england").isNull()).isTrue();

            assertThat(figures(m[1].get("inMonth"))).isEqualTo("0/3 0.0 RED DOWN");
            assertThat(figures(m[1].get("yearToDate"))).isEqualTo("2/6 33.3 RED DOWN");
            assertThat(figures(m[1].get("rolling12Months"))).isEqualTo("2/6 33.3 RED DOWN");

            // From March the target is 40%: 37.5% is within its 5-point amber margin.
            assertThat(m[2].get("target").get("setFrom").asText()).isEqualTo("2016-03");
            assertThat(figures(m[2].get("inMonth"))).isEqualTo("1/2 50.0 GREEN UP");
            assertThat(figures(m[2].get("yearToDate"))).isEqualTo("3/8 37.5 AMBER UP");
            assertThat(figures(m[2].get("financialYearToDate"))).isEqualTo("3/8 37.5 AMBER UP");

            // April: no plans, and a new financial year.
            assertThat(figures(m[3].get("inMonth"))).isEqualTo("0/0 null null null");
            assertThat(figures(m[3].get("yearToDate"))).isEqualTo("3/8 37.5 AMBER SAME");
            assertThat(figures(m[3].get("financialYearToDate"))).isEqualTo("0/0 null null null");
            assertThat(figures(m[3].get("rolling12Months"))).isEqualTo("3/8 37.5 AMBER SAME");

            String csv = analyst().getForObject("/api/kpis/board?measure=TWENTY_WEEKS&from=2016-01&to=2016-01"
                    + "&format=csv", String.class);
            assertThat(csv).isEqualTo("month,target,england,monthOnTime,monthTotal,monthRate,monthRag,monthDirection,"
                    + "yearToDateOnTime,yearToDateTotal,yearToDateRate,yearToDateRag,yearToDateDirection,"
                    + "financialYearToDateOnTime,financialYearToDateTotal,financialYearToDateRate,"
                    + "financialYearToDateRag,financialYearToDateDirection,rolling12MonthsOnTime,rolling12MonthsTotal,"
                    + "rolling12MonthsRate,rolling12MonthsRag,rolling12MonthsDirection\r\n"
                    + "2016-01,50.0,,2,3,66.7,GREEN,,2,3,66.7,GREEN,,2,3,66.7,GREEN,,2,3,66.7,GREEN,\r\n");
        } finally {
            delete("/api/kpis/targets/TWENTY_WEEKS/2016-01");
            delete("/api/kpis/targets/TWENTY_WEEKS/2016-03");
        }
    }

    @Test
    void xPercentOrTheNationalAverageWhicheverIsHigher() throws Exception {
        String measure = "TWENTY_WEEKS_EXCLUDING_EXCEPTIONS";
        put("/api/kpis/targets/" + measure + "/2016-01", "{\"percent\":30.0,\"orNationalAverage\":true}");
        try {
            JsonNode january = rows(get("/api/kpis/board?measure=" + measure + "&from=2016-01&to=2016-02"))[0];
            assertThat(january.get("target").get("percent").decimalValue()).isEqualByComparingTo("30.0");
            assertThat(january.get("target").get("description").asText())
                    .isEqualTo("30.0% or the national average, whichever is higher "
                            + "(no national figure for 2016 or 2015, so 30.0%)");
            assertThat(figures(january.get("inMonth"))).isEqualTo("1/2 50.0 GREEN null"); // A and B; F excepted

            put("/api/kpis/comparators/" + measure + "/England/2015", "{\"percent\":45.0,\"source\":\"test\"}");
            JsonNode[] m = rows(get("/api/kpis/board?measure=" + measure + "&from=2016-01&to=2016-02"));
            assertThat(m[0].get("target").get("percent").decimalValue()).isEqualByComparingTo("45.0");
            assertThat(m[0].get("target").get("nationalYear").asInt()).isEqualTo(2015);
            assertThat(figures(m[0].get("inMonth"))).isEqualTo("1/2 50.0 GREEN null");
            assertThat(figures(m[1].get("yearToDate"))).isEqualTo("1/4 25.0 RED DOWN");

            // Once 2016's own figure is recorded it is the one used, and shown beside the rate.
            put("/api/kpis/comparators/" + measure + "/England/2016", "{\"percent\":55.0}");
            JsonNode again = rows(get("/api/kpis/board?measure=" + measure + "&from=2016-01&to=2016-01"))[0];
            assertThat(again.get("target").get("percent").decimalValue()).isEqualByComparingTo("55.0");
            assertThat(again.get("england").decimalValue()).isEqualByComparingTo("55.0");
            assertThat(figures(again.get("inMonth"))).isEqualTo("1/2 50.0 AMBER null");
        } finally {
            delete("/api/kpis/targets/" + measure + "/2016-01");
            delete("/api/kpis/comparators/" + measure + "/England/2015");
            delete("/api/kpis/comparators/" + measure + "/England/2016");
        }
    }

    @Test
    void calendarAndFinancialYears() throws Exception {
        JsonNode calendarYears = get("/api/kpis/years?measure=DECISIONS_WITHIN_SIX_WEEKS&from=2015&to=2016");
        assertThat(calendarYears.get("kind").asText()).isEqualTo("calendar");
        JsonNode y2015 = calendarYears.get("years").get(0);
        assertThat(y2015.get("year").asText()).isEqualTo("2015");
        assertThat(figures(y2015)).isEqualTo("12/13 92.3 null null"); // only K2 was late
        JsonNode y2016 = calendarYears.get("years").get(1);
        assertThat(figures(y2016)).isEqualTo("0/1 0.0 null DOWN"); // J, refused late

        JsonNode financial = get("/api/kpis/years?measure=DECISIONS_WITHIN_SIX_WEEKS&from=2015&to=2015&kind=financial");
        JsonNode y201516 = financial.get("years").get(0);
        assertThat(y201516.get("year").asText()).isEqualTo("2015-16");
        assertThat(y201516.get("from").asText()).isEqualTo("2015-04");
        assertThat(y201516.get("to").asText()).isEqualTo("2016-03");
        assertThat(figures(y201516)).isEqualTo("10/11 90.9 null UP"); // 2014-15 had G, K1 and K2: 2 of 3

        JsonNode plans = get("/api/kpis/years?measure=TWENTY_WEEKS&from=2015&to=2016");
        assertThat(figures(plans.get("years").get(0))).isEqualTo("0/0 null null null");
        assertThat(figures(plans.get("years").get(1))).isEqualTo("3/8 37.5 null null");

        JsonNode england = get("/api/kpis/years?measure=TWENTY_WEEKS_EXCLUDING_EXCEPTIONS&from=2023&to=2024");
        assertThat(england.get("years").get(0).get("england").decimalValue()).isEqualByComparingTo("50.3");
        assertThat(england.get("years").get(1).get("england").decimalValue()).isEqualByComparingTo("46.4");
    }

    @Test
    void cohortsByRequestMonth() throws Exception {
        JsonNode report = get("/api/kpis/cohorts?from=2015-08&to=2015-12");
        JsonNode august = report.get("months").get(0); // A on time, B late, I withdrawn
        assertThat(counts(august, "requests", "stillOpen", "refused", "withdrawn", "plansIssued", "plansOnTime"))
                .containsExactly(3L, 0L, 0L, 1L, 2L, 1L);
        assertThat(august.get("rate").decimalValue()).isEqualByComparingTo("50.0");
        JsonNode september = report.get("months").get(1); // E and F, both with exceptions
        assertThat(counts(september, "plansIssued", "plansOnTime", "plansIssuedExcludingExceptions"))
                .containsExactly(2L, 1L, 0L);
        assertThat(september.get("rateExcludingExceptions").isNull()).isTrue();
        JsonNode november = report.get("months").get(3);
        assertThat(counts(november, "requests", "refused", "plansIssued")).containsExactly(1L, 1L, 0L);
        assertThat(november.get("rate").isNull()).isTrue();
        JsonNode december = report.get("months").get(4);
        assertThat(counts(december, "requests", "stillOpen")).containsExactly(1L, 1L);
        JsonNode total = report.get("total");
        assertThat(counts(total, "requests", "stillOpen", "refused", "withdrawn", "closed", "plansIssued",
                "plansOnTime", "plansIssuedExcludingExceptions", "plansOnTimeExcludingExceptions"))
                .containsExactly(9L, 1L, 1L, 1L, 0L, 6L, 3L, 4L, 2L);

        assertThat(refs(get("/api/kpis/cohorts/cases?month=2015-08&measure=plansOnTime"))).containsExactly("KPI-A");
        assertThat(refs(get("/api/kpis/cohorts/cases?from=2015-08&to=2015-12&measure=stillOpen")))
                .containsExactly("KPI-L");
        assertThat(analyst().getForObject("/api/kpis/cohorts?from=2015-12&to=2015-12&format=csv", String.class))
                .startsWith("month,requests,stillOpen,refused,noPlan,withdrawn,closed,plansIssued,plansOnTime,")
                .contains("\r\n2015-12,1,1,0,0,0,0,0,0,0,0,,\r\n");
    }

    @Test
    void theNationalFiguresAreSeededAsEditableReferenceData() throws Exception {
        Map<String, String> rates = new LinkedHashMap<>();
        get("/api/kpis/comparators").get("comparators").forEach(c -> rates.put(c.get("measure").asText() + " "
                + c.get("area").asText() + " " + c.get("year").asInt(), c.get("percent").asText()));
        assertThat(rates).containsEntry("TWENTY_WEEKS_EXCLUDING_EXCEPTIONS England 2019", "60.4")
                .containsEntry("TWENTY_WEEKS_EXCLUDING_EXCEPTIONS England 2020", "58.0")
                .containsEntry("TWENTY_WEEKS_EXCLUDING_EXCEPTIONS England 2021", "59.9")
                .containsEntry("TWENTY_WEEKS_EXCLUDING_EXCEPTIONS England 2022", "49.2")
                .containsEntry("TWENTY_WEEKS_EXCLUDING_EXCEPTIONS England 2023", "50.3")
                .containsEntry("TWENTY_WEEKS_EXCLUDING_EXCEPTIONS England 2024", "46.4")
                .containsEntry("TWENTY_WEEKS England 2019", "58.7");
    }

    @Test
    void targetsAreSetReplacedAndRemovedByThePerformanceTeamOnly() throws Exception {
        String path = "/api/kpis/targets/HEALTH_ADVICE_WITHIN_SIX_WEEKS/2015-04";
        try {
            JsonNode set = json.readTree(put(path, "{\"percent\":100.0,\"note\":\"Liverpool's 100%\"}").getBody());
            assertThat(set.get("updatedBy").asText()).isEqualTo("analyst");
            assertThat(set.get("amberMargin").decimalValue()).isEqualByComparingTo("5.0");
            put(path, "{\"percent\":90.0}");
            List<String> targets = new ArrayList<>();
            get("/api/kpis/targets").get("targets").forEach(t -> targets.add(t.get("measure").asText() + " "
                    + t.get("from").asText() + " " + t.get("percent").asText()));
            assertThat(targets).contains("HEALTH_ADVICE_WITHIN_SIX_WEEKS 2015-04 90.0")
                    .doesNotContain("HEALTH_ADVICE_WITHIN_SIX_WEEKS 2015-04 100.0");

            assertThat(send("manager", HttpMethod.PUT, path, "{\"percent\":10.0}").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send("caseworker", HttpMethod.GET, "/api/kpis/targets", null).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send("manager", HttpMethod.GET, "/api/kpis/targets", null).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(send("manager", HttpMethod.DELETE, path, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        } finally {
            assertThat(send("analyst", HttpMethod.DELETE, path, null).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
        assertThat(send("analyst", HttpMethod.DELETE, path, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badTargetsAndComparatorsAreRefusedNamingEachFault() throws Exception {
        assertThat(errors(send("analyst", HttpMethod.PUT, "/api/kpis/targets/TWENTY_WEEKS/2016-01",
                "{\"percent\":100.5,\"amberMargin\":-1}")))
                .containsOnlyKeys("percent", "amberMargin");
        assertThat(errors(send("analyst", HttpMethod.PUT, "/api/kpis/targets/TWENTY_WEEKS/2016-01", "{}")))
                .containsEntry("percent", "must not be null");
        assertThat(errors(send("analyst", HttpMethod.PUT, "/api/kpis/targets/SPEED/16-01", "{\"percent\":50}")))
                .containsOnlyKeys("measure", "from");
        assertThat(errors(send("analyst", HttpMethod.PUT, "/api/kpis/comparators/TWENTY_WEEKS/England/twenty",
                "{\"percent\":50}"))).containsOnlyKeys("year");
        assertThat(errors(analyst().getForEntity("/api/kpis/board?from=2016-01&to=2016-02", String.class)))
                .containsOnlyKeys("measure");
        assertThat(errors(analyst().getForEntity("/api/kpis/years?measure=TWENTY_WEEKS&from=2016&to=2015&kind=fiscal",
                String.class))).containsOnlyKeys("to", "kind");
        assertThat(send("analyst", HttpMethod.GET, "/api/kpis/targets", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
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

    private ResponseEntity<String> put(String path, String body) {
        ResponseEntity<String> response = send("analyst", HttpMethod.PUT, path, body);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return response;
    }

    private void delete(String path) {
        send("analyst", HttpMethod.DELETE, path, null);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static JsonNode[] rows(JsonNode board) {
        List<JsonNode> rows = new ArrayList<>();
        board.get("months").forEach(rows::add);
        return rows.toArray(JsonNode[]::new);
    }

    /** "onTime/total rate rag direction", the way a board pack line reads. */
    private static String figures(JsonNode period) {
        return period.get("onTime").asLong() + "/" + period.get("total").asLong() + " " + text(period.get("rate"))
                + " " + text(period.get("rag")) + " " + text(period.get("direction"));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asText();
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
        return refs;
    }

    private Map<String, String> errors(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = new LinkedHashMap<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> errors.put(e.get("field").asText(),
                e.get("message").asText()));
        return errors;
    }
}
