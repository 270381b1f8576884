package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The annual reviews section of the performance page over the plans of {@link ReviewFixture}, January to August
 * 2004: the figures are those counted by hand in that class (and asserted through the API in {@link ReviewsKpiIT}).
 */
@IntegrationTest
class ReviewsPageIT {

    private static final String MONTHS = "/performance?from=2004-01&to=2004-08";

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired PlanRepository plans;
    @Autowired AnnualReviewRepository reviews;
    @Autowired PlanService planService;
    @Autowired TransactionTemplate transaction;

    @BeforeEach
    void plans() {
        ReviewFixture.ensureLoaded(http, cases, plans, reviews, planService, transaction);
    }

    @Test
    void theReviewsTableAndTheOverdueReviewsOpenAsTheirCases() throws Exception {
        Browser analyst = Browser.signedIn(port, "analyst", "demo");
        String body = analyst.get(MONTHS).body();

        String table = text(section(body, "reviews-table"));
        assertThat(table).contains("2004-03 3 Due 2 Decided by the due date 4 Decisions 2 Decided within 4 weeks of"
                + " the meeting 0 Amended plans issued 0 Within 8 weeks of the proposal 0 Within 12 weeks of the"
                + " meeting 1 Maintained 2 Amend 1 Cease",
                "2004-06 0 Due 0 Decided by the due date 0 Decisions",
                "Total 10 Due 5 Decided by the due date 7 Decisions 5 Decided within 4 weeks of the meeting 3 Amended"
                        + " plans issued 2 Within 8 weeks of the proposal 1 Within 12 weeks of the meeting 3 Maintained"
                        + " 3 Amend 1 Cease");
        // At the end of August: H 212 days past its due date (30 weeks), K 113 (16 weeks).
        assertThat(text(section(body, "overdue-reviews-table"))).contains("Reviews overdue at the end of 2004-08-31",
                "13 to 26 weeks 1", "27 or more weeks 1", "All overdue reviews 2");
        assertThat(text(section(body, "board-table"))).contains("Annual reviews decided by their due date",
                "Review decisions within 4 weeks of the meeting", "Amended plans issued within 8 weeks of the proposal");

        HttpResponse<String> onTime = analyst.get(href(body, "table=reviews&measure=onTime&from=2004-03&to=2004-03"));
        assertThat(onTime.statusCode()).isEqualTo(200);
        assertThat(onTime.body()).contains("Annual reviews decided by their due date: 2004-03", "Cycle started",
                "Review due", "Decision sent");
        assertThat(text(section(onTime.body(), "cases-table")))
                .contains("RKPI-A 2003-03-10 2004-03-10 2004-03-09 MAINTAIN 2004-03-09",
                        "RKPI-B 2003-03-15 2004-03-15 2004-03-15 AMEND 2004-03-15")
                .doesNotContain("RKPI-C");
        HttpResponse<String> csv = analyst.get(href(onTime.body(), "/api/kpis/reviews/cases?"));
        assertThat(csv.body()).startsWith("caseRef,adviceType,startDate,dueDate,eventDate,decision,decisionDate")
                .contains("RKPI-A,,2003-03-10,2004-03-10,2004-03-09,MAINTAIN,2004-03-09");

        HttpResponse<String> longOverdue = analyst.get(href(body, "measure=27%2B&on=2004-08-31"));
        assertThat(longOverdue.statusCode()).isEqualTo(200);
        assertThat(text(section(longOverdue.body(), "cases-table"))).contains("RKPI-H 2003-02-01 2004-02-01 –")
                .doesNotContain("RKPI-K");
        assertThat(longOverdue.body()).contains("Annual reviews overdue by 27+ weeks: on 2004-08-31")
                .doesNotContainIgnoringCase("date of birth").doesNotContain("Review Child");

        HttpResponse<String> amended = analyst.get(
                href(body, "table=reviews&measure=amendedWithin12WeeksOfMeeting&from=2004-01&to=2004-08"));
        assertThat(amended.body()).contains("Review meeting", "Amended plan due (12 weeks)");
        assertThat(text(section(amended.body(), "cases-table"))).contains("RKPI-D 2003-12-15 2004-03-08 2004-02-20");
        assertThat(analyst.get("/performance/cases?table=reviews&measure=late&from=2004-01&to=2004-01").statusCode())
                .isEqualTo(404);
    }

    /** The element with this id, up to the end of its table. */
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
