package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The performance dashboard page over the hand-made cases of {@link KpiFixture}, January to March 2016: the figures
 * below are those worked out by hand in that class (and asserted through the API in {@link KpiApiIT}).
 */
@IntegrationTest
class PerformancePageIT {

    private static final String FIXTURE_MONTHS = "/performance?from=2016-01&to=2016-03";

    @LocalServerPort int port;
    @Autowired CaseRepository cases;
    @Autowired AdviceRequestRepository advice;
    @Autowired ExceptionRecordRepository exceptions;
    @Autowired StatutoryCalendar calendar;
    @Autowired ClockRegister clocks;
    @Autowired TransactionTemplate transaction;

    @BeforeEach
    void fixture() {
        KpiFixture.ensureLoaded(cases, advice, exceptions, calendar, clocks, transaction);
    }

    @Test
    void theAnalystSeesTheTwentyWeekRateByMonthAndYearToDate() throws Exception {
        HttpResponse<String> page = analyst().get(FIXTURE_MONTHS);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Performance – SEND Clock</title>", "value=\"2016-01\"",
                "value=\"2016-03\"", "data-chart=", "/webjars/chart.js/4.4.1/dist/chart.umd.js");
        String trend = text(section(page.body(), "trend-table"));
        // Excluding exceptions: January A on time, B late (F has an exception); February G and H late (E excepted);
        // March D on time, C late (the leap year). Year to date in March: 2 of 6.
        assertThat(trend).contains("2016-01 1 on time of 2 in all : 50.0%", "2016-02 0 on time of 2 in all : 0.0%", "2016-03 1 on time of 2 in all : 50.0%",
                "2 on time of 6 in all : 33.3%");
    }

    @Test
    void adviceBacklogForecastAndBoardViewAreShown() throws Exception {
        String body = analyst().get(FIXTURE_MONTHS).body();

        // Only C's educational psychology advice came back in these months, late.
        assertThat(text(section(body, "advice-table"))).contains("Educational psychology 1 0 0.0% 1 0 0.0%",
                "Health 0 0 no rate", "All advice 1 0 0.0%");
        assertThat(text(section(body, "backlog-table"))).contains("16 to 20 weeks", "52 or more weeks");
        assertThat(text(section(body, "overdue-table"))).contains("Final plan (week 20)");
        assertThat(body).contains("Year-end forecast", "Best possible rate", "Worst possible rate");
        String board = text(section(body, "board-table"));
        assertThat(board).contains("Board view for 2016-03",
                "New plans issued within 20 weeks, excluding exceptions (the DfE headline)", "Rolling 12 months");
        // The month, then the year to date: March 1 of 2, January to March 2 of 6.
        assertThat(board).containsPattern("excluding exceptions \\(the DfE headline\\) [^A-Z]*1 on time of 2 in all : 50\\.0%.*2 on time of 6 in all : 33\\.3%");
    }

    @Test
    void aFigureOpensAsItsCasesAndDownloadsAsCsv() throws Exception {
        Browser analyst = analyst();
        String body = analyst.get(FIXTURE_MONTHS).body();
        String link = href(body, "table=twenty-week&measure=issuedExcludingExceptions&from=2016-01&to=2016-01");

        HttpResponse<String> drill = analyst.get(link);
        assertThat(drill.statusCode()).isEqualTo(200);
        String table = text(section(drill.body(), "cases-table"));
        assertThat(table).contains("KPI-A 2015-08-20 2016-01-07 2016-01-07", "KPI-B 2015-08-21 2016-01-08 2016-01-09")
                .doesNotContain("KPI-F", "KPI-C");
        assertThat(drill.body()).contains("New plans issued, excluding exceptions: 2016-01");

        HttpResponse<String> csv = analyst.get(href(drill.body(), "/api/kpis/twenty-week/cases?"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("caseRef,adviceType,startDate,dueDate,eventDate")
                .contains("KPI-A,,2015-08-20,2016-01-07,2016-01-07", "KPI-B,,2015-08-21,2016-01-08,2016-01-09")
                .doesNotContain("KPI-F");

        HttpResponse<String> tableCsv = analyst.get(href(body, "/api/kpis/board?measure=TWENTY_WEEKS_EXCLUDING_EXCEPTIONS"));
        assertThat(tableCsv.statusCode()).isEqualTo(200);
        assertThat(tableCsv.body()).startsWith("month,target,england,monthOnTime,monthTotal,monthRate");
    }

    @Test
    void theBacklogAndTheOnTimeFiguresOpenTooWithoutNames() throws Exception {
        Browser analyst = analyst();
        String body = analyst.get(FIXTURE_MONTHS).body();

        String onTime = text(section(analyst.get(
                href(body, "table=twenty-week&measure=onTimeExcludingExceptions&from=2016-01&to=2016-03")).body(),
                "cases-table"));
        assertThat(onTime).contains("KPI-A", "KPI-D").doesNotContain("KPI-B", "KPI-C", "KPI-F");

        // L was requested on 2015-12-01 and is still waiting for its decision: day 121 on 31 March 2016.
        HttpResponse<String> band = analyst.get(href(body, "table=backlog&measure=16-20&on=2016-03-31"));
        assertThat(band.statusCode()).isEqualTo(200);
        assertThat(text(section(band.body(), "cases-table"))).contains("KPI-L 2015-12-01 2016-04-19 –");
        assertThat(band.body()).doesNotContainIgnoringCase("date of birth");

        assertThat(analyst.get("/performance/cases?table=twenty-week&measure=nonsense&from=2016-01&to=2016-01")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aBadPeriodIsExplainedInAnErrorSummary() throws Exception {
        Browser analyst = analyst();
        HttpResponse<String> bad = analyst.get("/performance?from=2016-13&to=");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("<title>Error: Performance – SEND Clock</title>", "govuk-error-summary",
                "There is a problem", "href=\"#from\"", "Enter the first month as a year and month, for example 2024-01",
                "Enter the last month", "value=\"2016-13\"").doesNotContain("trend-table");

        assertThat(analyst.get("/performance?from=2016-03&to=2016-01").body())
                .contains("The last month must be the same as or after the first month");
    }

    @Test
    void withoutAPeriodTheCalendarYearToDateIsShown() throws Exception {
        HttpResponse<String> page = analyst().get("/performance");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("id=\"from\" name=\"from\" type=\"text\" spellcheck=\"false\"\\s+value=\"\\d{4}-01\"")
                .contains("trend-table");
    }

    @Test
    void onlyThoseWhoReadTheKpisSeeThePage() throws Exception {
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        assertThat(caseworker.get(FIXTURE_MONTHS).statusCode()).isEqualTo(403);
        assertThat(caseworker.get("/performance/cases?table=backlog&measure=open&on=2016-03-31").statusCode())
                .isEqualTo(403);
        assertThat(caseworker.get("/my-work").body()).doesNotContain("href=\"/performance\"");
        assertThat(Browser.signedIn(port, "manager", "demo").get(FIXTURE_MONTHS).statusCode()).isEqualTo(200);
        assertThat(analyst().get(FIXTURE_MONTHS).body()).contains("href=\"/performance\"");
        assertThat(Browser.anonymous(port).get(FIXTURE_MONTHS).statusCode()).isEqualTo(302);
    }

    private Browser analyst() throws Exception {
        return Browser.signedIn(port, "analyst", "demo");
    }

    /** The element with this id, up to the end of its table (or list). */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element " + id).isNotNegative();
        int end = html.indexOf("</table>", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    /** The text a reader sees: tags gone, spaces collapsed. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&ndash;", "–").replaceAll("\\s+", " ");
    }

    /** The first link whose address contains {@code part}, as the browser would follow it. */
    private static String href(String html, String part) {
        Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
        while (links.find()) {
            String link = links.group(1).replace("&amp;", "&");
            if (link.contains(part)) {
                return link;
            }
        }
        throw new AssertionError("no link containing " + part);
    }
}
