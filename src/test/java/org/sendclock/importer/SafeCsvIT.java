package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No cell of any CSV the product hands out starts a spreadsheet formula: cases whose family name is
 * {@code =HYPERLINK(...)} and whose references, names, caseworker and provider begin with {@code @ + - =} or a tab
 * are imported, then every CSV endpoint is read, cell by cell. Every GET endpoint of the API must be listed here as
 * a CSV endpoint (with the requests that read it) or as JSON only, so a new CSV download cannot escape this test.
 */
@IntegrationTest
class SafeCsvIT {

    private static final String HOSTILE_NAME = "=HYPERLINK(\"http://x\",\"y\")";

    /** Each CSV endpoint, as mapped, with the requests that read it over the imported cases of 2018. */
    private static final Map<String, List<String>> CSV_ENDPOINTS = Map.ofEntries(
            Map.entry("/api/exports/requests.csv", List.of("/api/exports/requests.csv")),
            Map.entry("/api/exports/advice.csv", List.of("/api/exports/advice.csv")),
            Map.entry("/api/exports/plans.csv", List.of("/api/exports/plans.csv")),
            Map.entry("/api/exports/reviews.csv", List.of("/api/exports/reviews.csv")),
            Map.entry("/api/kpis/twenty-week", List.of("/api/kpis/twenty-week?from=2018-01&to=2018-12&format=csv")),
            Map.entry("/api/kpis/twenty-week/cases",
                    List.of("/api/kpis/twenty-week/cases?month=2018-05&measure=issued&format=csv")),
            Map.entry("/api/kpis/decisions", List.of("/api/kpis/decisions?from=2018-01&to=2018-12&format=csv")),
            Map.entry("/api/kpis/decisions/cases",
                    List.of("/api/kpis/decisions/cases?month=2018-02&measure=decided&format=csv")),
            Map.entry("/api/kpis/advice", List.of("/api/kpis/advice?from=2018-01&to=2018-12&format=csv")),
            Map.entry("/api/kpis/advice/cases",
                    List.of("/api/kpis/advice/cases?month=2018-03&measure=returned&format=csv")),
            Map.entry("/api/kpis/backlog", List.of("/api/kpis/backlog?on=2018-03-01&format=csv")),
            Map.entry("/api/kpis/backlog/cases", List.of("/api/kpis/backlog/cases?on=2018-03-01&measure=open&format=csv")),
            Map.entry("/api/kpis/board",
                    List.of("/api/kpis/board?measure=TWENTY_WEEKS&from=2018-01&to=2018-12&format=csv")),
            Map.entry("/api/kpis/years", List.of("/api/kpis/years?measure=TWENTY_WEEKS&from=2018&to=2018&format=csv")),
            Map.entry("/api/kpis/cohorts", List.of("/api/kpis/cohorts?from=2018-01&to=2018-12&format=csv")),
            Map.entry("/api/kpis/cohorts/cases",
                    List.of("/api/kpis/cohorts/cases?month=2018-01&measure=requests&format=csv")),
            Map.entry("/api/kpis/forecast", List.of("/api/kpis/forecast?format=csv")),
            Map.entry("/api/kpis/forecast/cases",
                    List.of("/api/kpis/forecast/cases?exceptions=included&measure=openDueInEarlierYears&format=csv")),
            Map.entry("/api/kpis/reviews", List.of("/api/kpis/reviews?from=2018-01&to=2018-12&format=csv")),
            Map.entry("/api/kpis/reviews/cases",
                    List.of("/api/kpis/reviews/cases?month=2018-03&measure=due&format=csv")),
            Map.entry("/api/kpis/reviews/overdue", List.of("/api/kpis/reviews/overdue?on=2018-06-01&format=csv")),
            Map.entry("/api/kpis/reviews/overdue/cases",
                    List.of("/api/kpis/reviews/overdue/cases?on=2018-06-01&measure=all&format=csv")),
            Map.entry("/api/sen2/{year}/modules/{module}.csv", java.util.Arrays.stream(
                    org.sendclock.sen2.Sen2Module.values()).map(m -> "/api/sen2/2018/modules/" + m.slug() + ".csv")
                    .toList()),
            Map.entry("/api/sen2/{year}/validation", List.of("/api/sen2/2018/validation?format=csv")),
            Map.entry("/api/kpis/phase-transfers", List.of("/api/kpis/phase-transfers?year=2023&format=csv")),
            Map.entry("/api/kpis/phase-transfers/cases",
                    List.of("/api/kpis/phase-transfers/cases?year=2023&kind=PRIMARY_TO_SECONDARY&measure=due"
                            + "&format=csv")),
            Map.entry("/api/oversight/phase-transfers",
                    List.of("/api/oversight/phase-transfers?year=2023&format=csv")),
            Map.entry("/api/access-log.csv", List.of("/api/access-log.csv?caseRef=-CSV-1")),
            Map.entry("/api/oversight/reviews.csv", List.of("/api/oversight/reviews.csv?caseworker=@Reviewer")));

    /** GET endpoints that answer JSON only. */
    private static final Set<String> JSON_ONLY = Set.of("/api/cases", "/api/cases/{caseRef}",
            "/api/cases/{caseRef}/escalations", "/api/oversight/escalations", "/api/oversight/breaches",
            "/api/oversight/summary", "/api/kpis/targets", "/api/kpis/comparators", "/api/access-log",
            "/api/oversight/stopped-processes", "/api/oversight/reviews", "/api/plans", "/api/cases/{caseRef}/plan",
            "/api/cases/{caseRef}/reviews", "/api/cases/{caseRef}/reassessments",
            // The SEN2 return itself is XML, not CSV: its cells are its module CSVs, read above.
            "/api/sen2/{year}/return.xml");

    @Autowired TestRestTemplate http;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyGetEndpointOfTheApiIsHereAsCsvOrAsJsonOnly() {
        Set<String> unlisted = new TreeSet<>(apiGetEndpoints());
        unlisted.removeAll(CSV_ENDPOINTS.keySet());
        unlisted.removeAll(JSON_ONLY);
        assertThat(unlisted).as("GET endpoints not yet covered: list each in CSV_ENDPOINTS or JSON_ONLY").isEmpty();
        assertThat(apiGetEndpoints()).as("no endpoint listed here has gone").containsAll(CSV_ENDPOINTS.keySet());
    }

    @Test
    void noCellOfAnyCsvStartsAFormula() throws IOException {
        importHostileCases();
        List<String> cells = new ArrayList<>();
        for (Map.Entry<String, List<String>> endpoint : CSV_ENDPOINTS.entrySet()) {
            for (String path : endpoint.getValue()) {
                boolean forAdmins = path.startsWith("/api/exports") || path.startsWith("/api/access-log");
                String user = forAdmins ? "admin" : path.startsWith("/api/oversight") ? "manager" : "analyst";
                ResponseEntity<String> response = http.withBasicAuth(user, "demo")
                        .getForEntity(path, String.class);
                assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
                assertThat(response.getHeaders().getContentType().toString()).as(path).startsWith("text/csv");
                for (String cell : cellsOf(response.getBody())) {
                    assertThat(cell).as(path).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                            .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                    cells.add(cell);
                }
            }
        }
        assertThat(cells).as("the hostile text arrived, neutralised").contains("'@CSV(1+1)", "'+CSV-1", "'-CSV-1",
                "'=CSV-1", "'" + HOSTILE_NAME, "'-Ada", "'\tTabbed", "'@ICB");
        assertThat(cells).as("the access log's hostile reference").contains("'-CSV-1");
        assertThat(cells).as("the phase transfers' hostile plan").contains("'+PT-CSV", "'-Eve @Evans", "'=Team",
                "'+Worker");
        assertThat(cells).as("a plan's and its review's hostile reference and names").contains("'=PLAN-CSV",
                "'+Plan", "'@Caseworker", "'-Team");
        assertThat(cells).as("a plan's hostile reference, in the reviews lists").contains("'@PLAN(1)");
        assertThat(cells).as("the reviews register's hostile plan").contains("'+REV-1", "'=Team", "'@Reviewer");
    }

    private void importHostileCases() {
        imported("/api/imports/requests", "case_ref,request_date,request_source,decision_date,decision,"
                + "no_plan_date,draft_plan_date,final_plan_date,caseworker,child_given_name,child_family_name,"
                + "child_date_of_birth\n"
                + "@CSV(1+1),2018-01-08,PARENT,2018-02-12,ASSESS,,2018-04-02,2018-05-14,\"\tTabbed\",-Ada,\""
                + HOSTILE_NAME.replace("\"", "\"\"") + "\",2012-03-04\n"
                + "+CSV-1,2018-01-09,SCHOOL,2018-02-13,REFUSE,,,,,+Ben,@Brown,2012-03-05\n"
                + "-CSV-1,2018-01-10,PARENT,,,,,,,Cara,Clark,2012-03-06\n"
                + "=CSV-1,2018-01-11,PARENT,2018-02-14,ASSESS,2018-05-01,,,,Dev,Das,2012-03-07\n");
        imported("/api/imports/advice", "case_ref,advice_type,requested_date,received_date,provider\n"
                + "@CSV(1+1),HEALTH,2018-02-19,2018-03-26,@ICB\n");
        // A plan brought in, so the Year 6 transfer of 2023 lists a hostile case, child, team and caseworker.
        imported("/api/imports/plans", "case_ref,child_given_name,child_family_name,child_date_of_birth,"
                + "plan_start_date,team,caseworker\n+PT-CSV,-Eve,@Evans,2012-03-05,2018-05-14,=Team,+Worker\n");
        imported("/api/imports/plans", "case_ref,child_given_name,child_family_name,child_date_of_birth,"
                + "plan_start_date,sen_need,team,caseworker\n"
                + "=PLAN-CSV,+Plan,\"" + HOSTILE_NAME.replace("\"", "\"\"") + "\",2012-03-04,2018-06-01,MLD,-Team,"
                + "@Caseworker\n");
        imported("/api/imports/reviews", "case_ref,meeting_date,decision,decision_date\n"
                + "=PLAN-CSV,2019-05-01,MAINTAIN,2019-05-20\n");
        // A plan whose review fell due in March 2018 and was overdue in June; ceased since, so nobody's list today.
        imported("/api/imports/plans", "case_ref,child_given_name,child_family_name,child_date_of_birth,upn,"
                + "plan_start_date,setting_urn,sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason,team,"
                + "caseworker\n"
                + "@PLAN(1),Eve,Evans,2010-01-01,,2017-03-01,,OTH,,,2018-12-31,2,,\n");
        // A plan whose review is overdue, for the reviews register.
        imported("/api/imports/plans", "case_ref,child_given_name,child_family_name,child_date_of_birth,upn,"
                + "plan_start_date,setting_urn,sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason,team,"
                + "caseworker\n"
                + "+REV-1,-Ada,@Brown,2012-03-04,,2018-05-14,,EHE,,,,,=Team,@Reviewer\n");
        // A read of a case, so the access log has a hostile reference to write.
        assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/-CSV-1", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void imported(String path, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
                .postForEntity(path, new HttpEntity<>(csv, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private static List<String> cellsOf(String csv) throws IOException {
        List<String> cells = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(csv))) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                cells.addAll(row);
            }
        }
        return cells;
    }

    private Set<String> apiGetEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (method.getBeanType().getPackageName().startsWith("org.sendclock")
                    && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(endpoints::add);
            }
        });
        return endpoints;
    }
}
