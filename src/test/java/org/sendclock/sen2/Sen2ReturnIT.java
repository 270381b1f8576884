package org.sendclock.sen2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ReturnFlags;
import org.sendclock.support.Browser;
import org.sendclock.support.EmptySystem;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The 2024 return of a small synthetic caseload, every expected value counted by hand from the cases below (not by
 * running the builder a second way). The caseload, as at 31 December 2024:
 * <pre>
 * S2-01 request 8 Jan, assess (told 14 Feb), plan issued 13 May: 126 days, no exception       -> A / Y, Week20 0
 * S2-02 request 15 Jan, assess 20 Feb, plan issued 1 Jul: 168 days, reg 10(4) exception       -> A / Y, Week20 1
 * S2-03 request 4 Mar, refused (told 12 Apr), mediation                                       -> N
 * S2-14 the same child (same UPN): request 2 Sep, assess 14 Oct, still assessing               -> A / A
 * S2-04 request 5 Feb, assess 11 Mar, no plan (told 17 Jun)                                   -> A / N
 * S2-05 request 1 Apr, withdrawn 20 Apr before a decision                                     -> W
 * S2-06 request 6 May, assess 10 Jun, moved out 1 Aug                                         -> A / W, Exported 1
 * S2-07 request 7 Oct, no decision yet                                                        -> P
 * S2-08 request 5 Aug, assess 9 Sep, draft 4 Nov, plan issued 20 Jan 2025                     -> A / A, no date
 * S2-16 request 4 Nov, assess 16 Dec but told 6 Jan 2025                                      -> P
 * S2-09 request 2023, plan issued 24 Jul 2023; review 20 Jun 2024 amend 10 Jul; moved setting -> A / H; 5a, 2 x 5b
 * S2-10 plan brought in (2019), ceased 31 Jul 2024 (max age); review 10 Mar cease 1 Apr       -> H; 4a ceased; 5a C
 * S2-11 plan brought in (2022), transferred in 1 Feb 2024; review 15 Nov maintain 2 Dec       -> H; 5a M
 * S2-15 plan brought in (2021); review 10 Dec 2024, decided 6 Jan 2025                         -> H; 5a meeting only
 * S2-12 plan ceased in 2023; S2-13 refused in 2023                                            -> not in the return
 * </pre>
 */
@IntegrationTest
class Sen2ReturnIT {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired CaseRepository cases;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    @BeforeEach
    void caseload() {
        EmptySystem.empty(jdbc, runtime);
        imported("/api/imports/requests", "case_ref,request_date,request_source,decision_date,decision,"
                + "decision_notice_date,no_plan_date,draft_plan_date,final_plan_date,exception_reason,closed_date,"
                + "closed_reason,child_given_name,child_family_name,child_date_of_birth,upn\n"
                + "S2-01,2024-01-08,PARENT,2024-02-12,ASSESS,2024-02-14,,2024-04-08,2024-05-13,,,,Ann,Able,2015-03-01,"
                + "Y938200100001\n"
                + "S2-02,2024-01-15,SCHOOL,2024-02-20,ASSESS,2024-02-20,,2024-05-20,2024-07-01,"
                + "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,,,Ben,Baker,2014-05-02,M938200100002\n"
                + "S2-03,2024-03-04,PARENT,2024-04-10,REFUSE,2024-04-12,,,,,,,Cal,Cole,2013-07-03,B938200100003\n"
                + "S2-14,2024-09-02,SCHOOL,2024-10-14,ASSESS,2024-10-14,,,,,,,Cal,Cole,2013-07-03,B938200100003\n"
                + "S2-04,2024-02-05,PARENT,2024-03-11,ASSESS,2024-03-11,2024-06-17,,,,,,Dee,Dale,2016-01-04,\n"
                + "S2-05,2024-04-01,PARENT,,,,,,,,2024-04-20,WITHDRAWN,Eve,Eden,2017-02-05,\n"
                + "S2-06,2024-05-06,PARENT,2024-06-10,ASSESS,2024-06-10,,,,,2024-08-01,MOVED_OUT,Fay,Ford,2012-03-06,\n"
                + "S2-07,2024-10-07,YOUNG_PERSON,,,,,,,,,,Gus,Gray,2007-04-07,\n"
                + "S2-08,2024-08-05,OTHER,2024-09-09,ASSESS,2024-09-09,,2024-11-04,2025-01-20,,,,Hal,Hart,2018-05-08,\n"
                + "S2-16,2024-11-04,PARENT,2024-12-16,ASSESS,2025-01-06,,,,,,,Ivy,Irwin,2019-06-09,\n"
                + "S2-09,2023-03-06,PARENT,2023-04-10,ASSESS,2023-04-10,,2023-06-05,2023-07-24,,,,Jo,Jones,2011-07-10,\n"
                + "S2-13,2023-03-06,PARENT,2023-04-10,REFUSE,2023-05-01,,,,,,,Kit,King,2011-08-11,\n");
        imported("/api/imports/plans", "case_ref,child_given_name,child_family_name,child_date_of_birth,upn,"
                + "plan_start_date,setting_urn,sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason\n"
                + "S2-01,,,,,2024-05-13,100001,,ASD;SLCN,,,\n"
                + "S2-02,,,,,2024-07-01,,EHE,SEMH,,,\n"
                + "S2-08,,,,,2025-01-20,100003,,MLD,,,\n"
                + "S2-09,,,,,2023-07-24,100002,,SPLD,,,\n"
                + "S2-10,Lou,Lane,2000-09-12,,2019-09-01,10012346,,PMLD;HI,,2024-07-31,1\n"
                + "S2-11,Max,Moss,2010-10-13,,2022-01-10,100004,,DS,2024-02-01,,\n"
                + "S2-15,Ned,Nash,2012-11-14,,2021-05-01,,OLA,VI,,,\n"
                + "S2-12,Oli,Owen,2005-12-15,,2018-01-01,100005,,MLD,,2023-06-30,4\n");
        imported("/api/imports/reviews", "case_ref,meeting_date,decision,decision_date\n"
                + "S2-09,2024-06-20,AMEND,2024-07-10\n"
                + "S2-10,2024-03-10,CEASE,2024-04-01\n"
                + "S2-11,2024-11-15,MAINTAIN,2024-12-02\n"
                + "S2-15,2024-12-10,MAINTAIN,2025-01-06\n");
        // S2-09 moved from its school to a college on 1 September 2024.
        Long plan09 = planOf("S2-09");
        jdbc.update("update plan_placement set leaving_date = date '2024-09-01', placement_rank = 1 where plan_id = ?",
                plan09);
        jdbc.update("insert into plan_placement (plan_id, placement_order, setting_urn, sen_setting, entry_date,"
                + " leaving_date, placement_rank, sen_unit, resourced_provision) values (?, 2, '10012345', null,"
                + " date '2024-09-01', null, 1, false, true)", plan09);
        // S2-01's plan: a personal budget taken as direct payments, a SEN unit place. The forms for these come with
        // the SEN2 record work; until then they are written to the record directly.
        jdbc.update("update ehc_plan set personal_budget = true, direct_payments = true where id = ?", planOf("S2-01"));
        jdbc.update("update plan_placement set sen_unit = true where plan_id = ?", planOf("S2-01"));
        String[][] people = {
                {"S2-01", "F", "WBRI", "AB1 2AB", null, null}, {"S2-02", "M", "APKN", "AB1 2AD", null, null},
                {"S2-03", "M", "BAFR", "AB1 2AE", null, null}, {"S2-14", "M", "BAFR", "AB1 2AE", null, null},
                {"S2-04", "F", "WIRI", "AB1 2AF", null, "UN1"}, {"S2-05", "F", "MWBC", "AB1 2AG", null, "UN1"},
                {"S2-06", "F", "CHNE", "AB1 2AH", null, "UN2"}, {"S2-07", "M", "WBRI", "AB1 2AJ", "4012345671", null},
                {"S2-08", "M", "WBRI", "AB1 2AL", null, "UN1"}, {"S2-16", "F", "REFU", "AB1 2AN", null, "UN1"},
                {"S2-09", "M", "WBRI", "AB1 2AP", null, "UN2"}, {"S2-10", "F", "WBRI", "AB1 2AQ", "4012345679", null},
                {"S2-11", "M", "OOTH", "AB1 2AR", null, "UN2"}, {"S2-15", "M", "WBRI", "AB1 2AS", null, "UN2"}};
        transactions.executeWithoutResult(status -> {
            for (String[] p : people) {
                AssessmentCase c = cases.findByCaseRef(p[0]).orElseThrow();
                c.restateChild(c.getChild().withReturnDetails(p[1], p[2], p[3], p[4], p[5]));
                boolean mediation = p[0].equals("S2-03");
                c.recordReturnFlags(new ReturnFlags(false, mediation, false, false, false, false, false));
            }
        });
    }

    @Test
    void eachModuleHoldsWhatTheRecordSaysItemByItem() {
        Map<String, List<String>> requests = rowsByCase("requests");
        assertThat(requests.keySet()).as("every request in the year once; 2023's finished work not at all")
                .containsExactlyInAnyOrder("S2-01", "S2-02", "S2-03", "S2-14", "S2-04", "S2-05", "S2-06", "S2-07",
                        "S2-08", "S2-16", "S2-09", "S2-10", "S2-11", "S2-15");
        // ReceivedDate, RequestSource, RYA, RequestOutcomeDate, RequestOutcome, RequestMediation, RequestTribunal,
        // Exported
        assertThat(requests.get("S2-01")).containsExactly("2024-01-08", "1", "0", "2024-02-14", "A", "0", "0", "0");
        assertThat(requests.get("S2-02")).containsExactly("2024-01-15", "2", "0", "2024-02-20", "A", "0", "0", "0");
        assertThat(requests.get("S2-03")).containsExactly("2024-03-04", "1", "0", "2024-04-12", "N", "1", "0", "0");
        assertThat(requests.get("S2-05")).containsExactly("2024-04-01", "1", "0", "2024-04-20", "W", "0", "0", "0");
        assertThat(requests.get("S2-06")).containsExactly("2024-05-06", "1", "0", "2024-06-10", "A", "0", "0", "1");
        assertThat(requests.get("S2-07")).containsExactly("2024-10-07", "1", "0", "", "P", "0", "0", "0");
        assertThat(requests.get("S2-08")).containsExactly("2024-08-05", "5", "0", "2024-09-09", "A", "0", "0", "0");
        assertThat(requests.get("S2-16")).as("decided in December, told in January: pending at the year end")
                .containsExactly("2024-11-04", "1", "0", "", "P", "0", "0", "0");
        assertThat(requests.get("S2-09")).containsExactly("2023-03-06", "1", "0", "2023-04-10", "A", "0", "0", "0");
        assertThat(requests.get("S2-10")).as("a plan brought in without its request")
                .containsExactly("", "", "0", "", "A", "0", "0", "0");

        Map<String, List<String>> assessments = rowsByCase("assessment");
        assertThat(assessments.keySet()).containsExactlyInAnyOrder("S2-01", "S2-02", "S2-14", "S2-04", "S2-06",
                "S2-08", "S2-09", "S2-10", "S2-11", "S2-15");
        // AssessmentOutcome, AssessmentOutcomeDate, AssessmentMediation, AssessmentTribunal, OtherMediation,
        // OtherTribunal, Week20
        assertThat(assessments.get("S2-01")).containsExactly("Y", "2024-05-13", "0", "0", "0", "0", "0");
        assertThat(assessments.get("S2-02")).containsExactly("Y", "2024-07-01", "0", "0", "0", "0", "1");
        assertThat(assessments.get("S2-04")).as("the day the family was told there would be no plan")
                .containsExactly("N", "2024-06-17", "0", "0", "0", "0", "");
        assertThat(assessments.get("S2-06")).containsExactly("W", "2024-08-01", "0", "0", "0", "0", "");
        assertThat(assessments.get("S2-08")).as("a plan agreed, not issued by the year end: no date, no Week20")
                .containsExactly("A", "", "0", "0", "0", "0", "");
        assertThat(assessments.get("S2-14")).containsExactly("A", "", "0", "0", "0", "0", "");
        assertThat(assessments.get("S2-09")).as("decided in an earlier year").containsExactly("H", "", "0", "0", "0",
                "0", "");
        assertThat(assessments.get("S2-10").get(0)).isEqualTo("H");

        Map<String, List<String>> named = rowsByCase("named-plan");
        assertThat(named.keySet()).containsExactlyInAnyOrder("S2-01", "S2-02", "S2-10");
        // StartDate, PlanRes, PlanWBP, PB, OA, DP, CeaseDate, CeaseReason
        assertThat(named.get("S2-01")).containsExactly("2024-05-13", "", "0", "1", "0", "1", "", "");
        assertThat(named.get("S2-10")).containsExactly("2019-09-01", "", "0", "0", "0", "0", "2024-07-31", "1");

        Map<String, List<String>> detail = rowsByCase("plan-detail");
        // URN, UKPRN, SENSetting, SENSettingOther, PlacementRank, SENunitIndicator, ResourcedProvisionIndicator
        assertThat(detail.get("S2-01")).containsExactly("100001", "", "", "", "1", "1", "0");
        assertThat(detail.get("S2-02")).containsExactly("", "", "EHE", "", "1", "0", "0");
        assertThat(detail.get("S2-10")).containsExactly("", "10012346", "", "", "1", "0", "0");

        Map<String, List<String>> active = rowsByCase("active-plans");
        assertThat(active.keySet()).as("plans active on any day of 2024")
                .containsExactlyInAnyOrder("S2-01", "S2-02", "S2-09", "S2-10", "S2-11", "S2-15");
        // TransferLA, RES, WBP, ReviewMeeting, ReviewOutcome, LastReview
        assertThat(active.get("S2-09")).containsExactly("", "", "0", "2024-06-20", "A", "2024-07-10");
        assertThat(active.get("S2-10")).containsExactly("", "", "0", "2024-03-10", "C", "2024-04-01");
        assertThat(active.get("S2-11")).containsExactly("", "", "0", "2024-11-15", "M", "2024-12-02");
        assertThat(active.get("S2-15")).as("the decision came in 2025").containsExactly("", "", "0", "2024-12-10",
                "", "");
        assertThat(active.get("S2-01")).containsExactly("", "", "0", "", "", "");

        List<List<String>> placements = rows("placement-detail");
        assertThat(placements).hasSize(7);
        // URN, UKPRN, SENSetting, SENSettingOther, PlacementRank, EntryDate, LeavingDate, SENunitIndicator,
        // ResourcedProvisionIndicator
        assertThat(placements).contains(
                List.of("S2-09", "100002", "", "", "", "1", "2023-07-24", "2024-09-01", "0", "0"),
                List.of("S2-09", "", "10012345", "", "", "1", "2024-09-01", "", "0", "1"),
                List.of("S2-15", "", "", "OLA", "", "1", "2021-05-01", "", "0", "0"));

        List<List<String>> needs = rows("sen-need");
        assertThat(needs).containsExactlyInAnyOrder(List.of("S2-01", "ASD", "1"), List.of("S2-01", "SLCN", "2"),
                List.of("S2-02", "SEMH", "1"), List.of("S2-09", "SPLD", "1"), List.of("S2-10", "PMLD", "1"),
                List.of("S2-10", "HI", "2"), List.of("S2-11", "DS", "1"), List.of("S2-15", "VI", "1"));

        Map<String, List<String>> persons = rowsByCase("person");
        assertThat(persons).as("every child once: S2-03 and S2-14 are one child").hasSize(13);
        assertThat(persons.get("S2-14")).containsExactly("Cole", "Cal", "2013-07-03", "M", "BAFR", "AB1 2AE",
                "B938200100003", "", "");
    }

    @Test
    void theXmlIsWellFormedInModuleOrderWithoutCaseReferences() throws Exception {
        ResponseEntity<byte[]> response = http.withBasicAuth("analyst", "demo")
                .getForEntity("/api/sen2/2024/return.xml", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getFirst("SEN2-Validation-Failures")).isNotNull();
        String text = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("S2-0");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getBody()));
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("Message");
        assertThat(childNames(root)).containsExactly("Header", "Persons");
        assertThat(text(root, "Year")).isEqualTo("2025");
        assertThat(text(root, "ReferenceDate")).isEqualTo("2025-01-16");
        assertThat(xml.getElementsByTagName("Person").getLength()).isEqualTo(13);
        assertThat(xml.getElementsByTagName("Requests").getLength()).isEqualTo(14);
        assertThat(xml.getElementsByTagName("Assessment").getLength()).isEqualTo(10);
        assertThat(xml.getElementsByTagName("NamedPlan").getLength()).isEqualTo(3);
        assertThat(xml.getElementsByTagName("ActivePlans").getLength()).isEqualTo(6);
        // Cal Cole: the person's items, then the two requests in the order received, the second still assessing.
        Element cal = person(xml, "Cole");
        assertThat(childNames(cal)).containsExactly("Surname", "Forename", "PersonBirthDate", "Sex", "Ethnicity",
                "PostCode", "UPN", "Requests", "Requests");
        Element second = (Element) cal.getElementsByTagName("Requests").item(1);
        assertThat(childNames(second)).containsExactly("ReceivedDate", "RequestSource", "RYA", "RequestOutcomeDate",
                "RequestOutcome", "RequestMediation", "RequestTribunal", "Exported", "Assessment");
        // Jo Jones: the historical assessment (no date), then the active plan with its placements and need.
        Element jo = (Element) person(xml, "Jones").getElementsByTagName("Requests").item(0);
        assertThat(childNames((Element) jo.getElementsByTagName("Assessment").item(0))).containsExactly(
                "AssessmentOutcome", "AssessmentMediation", "AssessmentTribunal", "OtherMediation", "OtherTribunal");
        assertThat(childNames((Element) jo.getElementsByTagName("ActivePlans").item(0))).containsExactly("WBP",
                "ReviewMeeting", "ReviewOutcome", "LastReview", "PlacementDetail", "PlacementDetail", "SENneed");
        // Ann Able: the plan named at issue, inside the assessment.
        Element ann = (Element) person(xml, "Able").getElementsByTagName("NamedPlan").item(0);
        assertThat(childNames(ann)).containsExactly("StartDate", "PlanWBP", "PB", "OA", "DP", "PlanDetail");
    }

    @Test
    void theFiguresBesideTheDashboardsAndTheValidation() {
        Sen2Validation report = http.withBasicAuth("analyst", "demo")
                .getForObject("/api/sen2/2024/validation", Sen2Validation.class);
        assertThat(report.children()).isEqualTo(13);
        assertThat(report.requests()).isEqualTo(14);
        assertThat(report.notConfirmed()).isNotEmpty();
        // The header has no LA code in the test settings; S2-10's plan brought in has no request source.
        assertThat(report.failures()).extracting(Sen2Validation.Failure::rule, Sen2Validation.Failure::caseRef)
                .contains(org.assertj.core.groups.Tuple.tuple("SC001", null),
                        org.assertj.core.groups.Tuple.tuple("SC202", "S2-10"));
        assertThat(report.failures()).extracting(Sen2Validation.Failure::caseRef).as(report.failures().toString())
                .doesNotContain("S2-01", "S2-03", "S2-04", "S2-05", "S2-06", "S2-07");
        ResponseEntity<String> csv = http.withBasicAuth("analyst", "demo")
                .getForEntity("/api/sen2/2024/validation?format=csv", String.class);
        assertThat(csv.getBody()).startsWith("Rule,Module,Item,RuleText,CaseRef,Detail\r\n");
    }

    @Test
    void thePageListsFailuresByRuleWithLinksToTheFieldAndTheFiguresBesideTheDashboards() throws Exception {
        String html = Browser.signedIn(port, "analyst", "demo").get("/performance/sen2?year=2024").body();
        assertThat(html).contains("SEN2 return 2025: the year 2024");
        assertThat(html).as("the plan brought in has no request source: a link to where the case holds it")
                .contains("href=\"/cases/S2-10#case-details\"");
        assertThat(html).contains("SC001").contains("Not confirmed against the DfE").contains("RequestOutcome codes");
        // Requests received in 2024, by hand: S2-01 to S2-08, S2-14 and S2-16; the dashboard counts the same ten.
        assertThat(html).containsPattern("Requests received in the year</span>\\s*</th>\\s*<td[^>]*>10</td>\\s*"
                + "<td[^>]*>10</td>");
        // New plans issued in 2024: S2-01 and S2-02; within 20 weeks including exceptions: S2-01 only.
        assertThat(html).containsPattern("New plans issued in the year</span>\\s*</th>\\s*<td[^>]*>2</td>\\s*"
                + "<td[^>]*>2</td>");
        assertThat(html).containsPattern("Issued within 20 weeks, including exceptions</span>\\s*</th>\\s*"
                + "<td[^>]*>1</td>\\s*<td[^>]*>1</td>");
        assertThat(html).contains("/api/sen2/2024/return.xml").contains("/api/sen2/2024/modules/sen-need.csv");
    }

    @Test
    void onlyThePerformanceTeamAndOnlyForAYearBegun() {
        assertThat(http.withBasicAuth("manager", "demo").getForEntity("/api/sen2/2024/return.xml", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> future = http.withBasicAuth("analyst", "demo")
                .getForEntity("/api/sen2/2999/modules/nonsense.csv", String.class);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody()).contains("module").contains("year");
    }

    private Map<String, List<String>> rowsByCase(String module) {
        Map<String, List<String>> byCase = new LinkedHashMap<>();
        for (List<String> row : rows(module)) {
            byCase.put(row.get(0), row.subList(1, row.size()));
        }
        return byCase;
    }

    /** The module CSV's rows after its header; none of the values here holds a comma or a quote. */
    private List<List<String>> rows(String module) {
        ResponseEntity<String> response = http.withBasicAuth("analyst", "demo")
                .getForEntity("/api/sen2/2024/modules/" + module + ".csv", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String[] lines = response.getBody().split("\r\n");
        assertThat(lines[0]).startsWith("CaseRef,");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            rows.add(Arrays.asList(lines[i].split(",", -1)));
        }
        return rows;
    }

    private Long planOf(String caseRef) {
        return jdbc.queryForObject("select p.id from ehc_plan p join assessment_case c on c.id = p.case_id"
                + " where c.case_ref = ?", Long.class, caseRef);
    }

    private void imported(String path, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
                .postForEntity(path, new HttpEntity<>(csv, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private static Element person(Document xml, String surname) {
        for (int i = 0; i < xml.getElementsByTagName("Person").getLength(); i++) {
            Element person = (Element) xml.getElementsByTagName("Person").item(i);
            if (surname.equals(text(person, "Surname"))) {
                return person;
            }
        }
        throw new AssertionError("no person " + surname);
    }

    private static String text(Element element, String tag) {
        return element.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getTagName());
            }
        }
        return names;
    }
}
