package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendclock.security.EndpointRoleMatrixIT.Who.ADMIN;
import static org.sendclock.security.EndpointRoleMatrixIT.Who.ANONYMOUS;
import static org.sendclock.security.EndpointRoleMatrixIT.Who.CASEWORKER;
import static org.sendclock.security.EndpointRoleMatrixIT.Who.MANAGER;
import static org.sendclock.security.EndpointRoleMatrixIT.Who.PERFORMANCE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what: every handler mapping of the application (pages and API, each method and pattern, whoever's
 * controller it is) must have a row here saying which of anonymous, CASEWORKER, MANAGER, PERFORMANCE and ADMIN may
 * call it, so a new endpoint without a rule fails the build. Each row is called by each of them with a harmless
 * request (path variables of a real case, bodies empty): a refused caller must get 401 or 403 (the API) or 403 or the
 * login page (pages); an allowed one anything else. What an allowed call then does is the other tests' concern, and
 * so is the 404 for a case outside the person's teams (the test profile opens every case to caseworkers).
 * Camunda's REST API and webapps are not Spring MVC mappings: a few representative paths are rows of their own.
 */
@IntegrationTest
class EndpointRoleMatrixIT {

    enum Who {
        ANONYMOUS(null), CASEWORKER("caseworker"), MANAGER("manager"), PERFORMANCE("analyst"), ADMIN("admin");

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.of(CASEWORKER, MANAGER, PERFORMANCE, ADMIN);
    /** Cases carry names and dates of birth. */
    private static final Set<Who> READ_CASES = EnumSet.of(CASEWORKER, MANAGER, ADMIN);
    private static final Set<Who> WORK_CASES = EnumSet.of(CASEWORKER, MANAGER);
    private static final Set<Who> READ_KPIS = EnumSet.of(PERFORMANCE, MANAGER);
    private static final Set<Who> MANAGERS = EnumSet.of(MANAGER);
    private static final Set<Who> PERFORMANCE_TEAM = EnumSet.of(PERFORMANCE);
    private static final Set<Who> ADMINS = EnumSet.of(ADMIN);

    /** Every Spring MVC mapping, "METHOD pattern" ("ANY" when it takes every method), and who may call it. */
    private static final Map<String, Set<Who>> MAPPINGS = new LinkedHashMap<>();

    static {
        // The API: cases.
        MAPPINGS.put("GET /api/cases", READ_CASES);
        MAPPINGS.put("POST /api/cases", WORK_CASES);
        MAPPINGS.put("GET /api/cases/{caseRef}", READ_CASES);
        // The plan: read as the case is, recorded, moved and ceased by those who work cases.
        MAPPINGS.put("GET /api/cases/{caseRef}/plan", READ_CASES);
        MAPPINGS.put("POST /api/cases/{caseRef}/plan", WORK_CASES);
        MAPPINGS.put("POST /api/cases/{caseRef}/plan/placements", WORK_CASES);
        MAPPINGS.put("POST /api/cases/{caseRef}/plan/cessation", WORK_CASES);
        MAPPINGS.put("POST /api/cases/{caseRef}/plan/transfer-notice", WORK_CASES);
        MAPPINGS.put("POST /api/cases/{caseRef}/plan/placements/{number}/provision", WORK_CASES);
        MAPPINGS.put("POST /api/cases/{caseRef}/plan/post16-move", WORK_CASES);
        MAPPINGS.put("GET /api/plans", READ_CASES);
        // The plan's review cycles: read as the case is, each step taken by those who work cases.
        MAPPINGS.put("GET /api/cases/{caseRef}/reviews", READ_CASES);
        for (String step : List.of("meeting", "invitations", "advice-circulated", "meeting-held", "report", "decision",
                "representations", "amended-plan", "cease-consultation", "advice-requests",
                "advice-requests/{adviceRequestId}/receipt", "advice-requests/{adviceRequestId}/exception",
                "advice-requests/{adviceRequestId}/withdrawal")) {
            MAPPINGS.put("POST /api/cases/{caseRef}/reviews/{cycle}/" + step, WORK_CASES);
        }
        // A plan's re-assessments: read as the case is, requested and stepped by those who work cases.
        MAPPINGS.put("GET /api/cases/{caseRef}/reassessments", READ_CASES);
        MAPPINGS.put("POST /api/cases/{caseRef}/reassessments", WORK_CASES);
        for (String step : List.of("decision", "advice-requests", "outcome")) {
            MAPPINGS.put("POST /api/cases/{caseRef}/reassessments/{number}/" + step, WORK_CASES);
        }
        for (String step : List.of("decision", "advice-requests", "advice-requests/{adviceRequestId}/receipt",
                "advice-requests/{adviceRequestId}/exception", "advice-requests/{adviceRequestId}/withdrawal",
                "advice-requests/{adviceRequestId}/requested-date", "advice-requests/{adviceRequestId}/chase",
                "advice-not-sought", "exceptions", "plan-decision", "draft-plan", "parent-response",
                "school-consultation", "final-plan", "withdrawal", "closure", "request-date", "child-details",
                "return-flags")) {
            MAPPINGS.put("POST /api/cases/{caseRef}/" + step, WORK_CASES);
        }
        MAPPINGS.put("POST /api/cases/{caseRef}/exceptions/{exceptionId}/agreement", MANAGERS);
        MAPPINGS.put("GET /api/cases/{caseRef}/escalations", READ_CASES);
        MAPPINGS.put("POST /api/cases/{caseRef}/escalations/{id}/acknowledgement", MANAGERS);
        // The managers' register.
        for (String read : List.of("breaches", "stopped-processes", "summary", "escalations", "phase-transfers",
                "reviews", "reviews.csv")) {
            MAPPINGS.put("GET /api/oversight/" + read, MANAGERS);
        }
        MAPPINGS.put("POST /api/oversight/reassignments", MANAGERS);
        MAPPINGS.put("POST /api/oversight/escalations/acknowledgements", MANAGERS);
        // KPIs: read by the performance team and managers, their reference data changed by the performance team.
        for (String read : List.of("twenty-week", "twenty-week/cases", "decisions", "decisions/cases", "advice",
                "advice/cases", "backlog", "backlog/cases", "board", "years", "cohorts", "cohorts/cases", "forecast",
                "forecast/cases", "targets", "comparators", "phase-transfers",
                "phase-transfers/cases", "reviews", "reviews/cases", "reviews/overdue", "reviews/overdue/cases")) {
            MAPPINGS.put("GET /api/kpis/" + read, READ_KPIS);
        }
        MAPPINGS.put("PUT /api/kpis/targets/{measure}/{from}", PERFORMANCE_TEAM);
        MAPPINGS.put("DELETE /api/kpis/targets/{measure}/{from}", PERFORMANCE_TEAM);
        MAPPINGS.put("PUT /api/kpis/comparators/{measure}/{area}/{year}", PERFORMANCE_TEAM);
        MAPPINGS.put("DELETE /api/kpis/comparators/{measure}/{area}/{year}", PERFORMANCE_TEAM);
        // The SEN2 return names every child: the performance team, who file it (ADR 28).
        for (String read : List.of("return.xml", "modules/{module}.csv", "validation")) {
            MAPPINGS.put("GET /api/sen2/{year}/" + read, PERFORMANCE_TEAM);
        }
        // The caseload in and out, and who read which record: administrators.
        MAPPINGS.put("POST /api/imports/requests", ADMINS);
        MAPPINGS.put("POST /api/imports/advice", ADMINS);
        MAPPINGS.put("POST /api/imports/plans", ADMINS);
        MAPPINGS.put("POST /api/imports/reviews", ADMINS);
        MAPPINGS.put("POST /api/imports/sen2", ADMINS);
        MAPPINGS.put("GET /api/exports/requests.csv", ADMINS);
        MAPPINGS.put("GET /api/exports/advice.csv", ADMINS);
        MAPPINGS.put("POST /api/model-versions/upgrade", ADMINS);
        MAPPINGS.put("GET /api/exports/plans.csv", ADMINS);
        MAPPINGS.put("GET /api/exports/reviews.csv", ADMINS);
        MAPPINGS.put("GET /api/access-log", ADMINS);
        MAPPINGS.put("GET /api/access-log.csv", ADMINS);
        // The API's documentation (springdoc): anyone signed in.
        MAPPINGS.put("GET /api/openapi", SIGNED_IN);
        MAPPINGS.put("GET /api/openapi.yaml", SIGNED_IN);
        MAPPINGS.put("GET /api/openapi/swagger-config", SIGNED_IN);
        MAPPINGS.put("GET /api/docs", SIGNED_IN);

        // Pages.
        MAPPINGS.put("GET /", SIGNED_IN);
        // The sign-in page itself.
        MAPPINGS.put("GET /login", EVERYONE);
        MAPPINGS.put("GET /cases", READ_CASES);
        MAPPINGS.put("POST /cases", READ_CASES);
        MAPPINGS.put("GET /cases/new", WORK_CASES);
        MAPPINGS.put("POST /cases/new", WORK_CASES);
        MAPPINGS.put("GET /cases/{caseRef}", READ_CASES);
        MAPPINGS.put("GET /cases/{caseRef}/diagram.svg", READ_CASES);
        MAPPINGS.put("POST /cases/{caseRef}/plan/{action}", WORK_CASES);
        MAPPINGS.put("POST /cases/{caseRef}/reviews/{cycle}/{step}", WORK_CASES);
        MAPPINGS.put("POST /cases/{caseRef}/reassessments", WORK_CASES);
        MAPPINGS.put("POST /cases/{caseRef}/reassessments/{number}/{step}", WORK_CASES);
        for (String step : List.of("decision", "advice", "advice/{adviceRequestId}/{action}", "advice-not-sought",
                "steps/{slug}", "child-details", "return-flags", "plan/placements/{number}")) {
            MAPPINGS.put("POST /cases/{caseRef}/" + step, WORK_CASES);
        }
        MAPPINGS.put("POST /cases/{caseRef}/exceptions/{exceptionId}/agreement", MANAGERS);
        MAPPINGS.put("GET /my-work", WORK_CASES);
        for (String action : List.of("claim", "pass-on", "give-back")) {
            MAPPINGS.put("POST /my-work/{taskId}/" + action, WORK_CASES);
        }
        MAPPINGS.put("GET /oversight", MANAGERS);
        MAPPINGS.put("GET /oversight/phase-transfers", MANAGERS);
        MAPPINGS.put("GET /oversight/reviews", MANAGERS);
        MAPPINGS.put("POST /oversight/reassignments", MANAGERS);
        MAPPINGS.put("POST /oversight/escalations/acknowledgements", MANAGERS);
        MAPPINGS.put("GET /performance", READ_KPIS);
        MAPPINGS.put("GET /performance/cases", READ_KPIS);
        MAPPINGS.put("GET /performance/sen2", PERFORMANCE_TEAM);
        MAPPINGS.put("GET /imports", ADMINS);
        MAPPINGS.put("POST /imports", ADMINS);
        MAPPINGS.put("POST /imports/plans", ADMINS);
        MAPPINGS.put("POST /imports/reviews", ADMINS);
        MAPPINGS.put("GET /imports/progress/{token}", ADMINS);
        MAPPINGS.put("GET /admin/access-log", ADMINS);
        // Spring Boot's error page, which every refusal itself is forwarded to.
        MAPPINGS.put("ANY /error", EVERYONE);
    }

    /**
     * Camunda's REST API (Jersey) and webapps (servlets of their own): reading for administrators, changes for nobody
     * (ADR 15, {@link EngineChanges}); a query sent as a POST is reading.
     */
    private static final Map<String, Set<Who>> CAMUNDA = new LinkedHashMap<>();

    static {
        CAMUNDA.put("GET /engine-rest/process-definition", ADMINS);
        CAMUNDA.put("GET /engine-rest/process-instance/{processInstanceId}", ADMINS);
        CAMUNDA.put("POST /engine-rest/process-instance", ADMINS);
        CAMUNDA.put("DELETE /engine-rest/process-instance/{processInstanceId}", NOBODY);
        CAMUNDA.put("PUT /engine-rest/process-instance/{processInstanceId}/suspended", NOBODY);
        CAMUNDA.put("GET /camunda/app/cockpit/default/", ADMINS);
        CAMUNDA.put("GET /camunda/api/engine/engine/default/process-definition", ADMINS);
        CAMUNDA.put("DELETE /camunda/api/engine/engine/default/process-instance/{processInstanceId}", NOBODY);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMappings;

    @Test
    void everyEndpointOfTheApplicationHasARuleHere() {
        Set<String> unruled = new TreeSet<>(mappings());
        unruled.removeAll(MAPPINGS.keySet());
        assertThat(unruled).as("endpoints with no row in EndpointRoleMatrixIT.MAPPINGS: add each with who may call it")
                .isEmpty();
        Set<String> gone = new TreeSet<>(MAPPINGS.keySet());
        gone.removeAll(mappings());
        assertThat(gone).as("rows of EndpointRoleMatrixIT.MAPPINGS whose endpoint is gone").isEmpty();
    }

    @Test
    void eachEndpointRefusesWhoeverHasNoRuleForItAndLetsTheOthersThrough() throws Exception {
        WorkedCase worked = WorkedCase.make(port, json, management, runtime);
        Map<Who, Browser> api = new EnumMap<>(Who.class);
        Map<Who, Browser> pages = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            api.put(who, who == ANONYMOUS ? Browser.anonymous(port) : Browser.basic(port, who.user, "demo"));
            pages.put(who, who == ANONYMOUS ? Browser.anonymous(port) : Browser.signedIn(port, who.user, "demo"));
        }
        // Cockpit hands out Camunda's own CSRF token, which its API's changes need: with it, only the guard refuses.
        pages.get(ADMIN).get("/camunda/app/cockpit/default/");
        String camundaToken = pages.get(ADMIN).cookie("XSRF-TOKEN").orElseThrow();

        Map<String, Set<Who>> rows = new LinkedHashMap<>(MAPPINGS);
        rows.putAll(CAMUNDA);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Set<Who>> row : rows.entrySet()) {
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            String path = filled(row.getKey().substring(method.length() + 1), worked);
            boolean isApi = path.startsWith("/api/") || path.startsWith("/engine-rest/");
            for (Who who : Who.values()) {
                HttpResponse<String> response = isApi ? callApi(api.get(who), method, path)
                        : callPage(pages.get(who), method, path, camundaToken);
                calls++;
                boolean refused = response.statusCode() == 401 || response.statusCode() == 403
                        || (!isApi && response.statusCode() == 302 && response.headers().firstValue("Location")
                        .orElse("").endsWith("/login"));
                boolean allowed = row.getValue().contains(who);
                if (refused == allowed) {
                    wrong.add(row.getKey() + " as " + who + ": expected " + (allowed ? "allowed" : "refused")
                            + ", answered " + response.statusCode() + " " + response.headers().firstValue("Location")
                            .orElse(""));
                }
            }
        }
        assertThat(wrong).as("calls answered against the matrix (of " + calls + ")").isEmpty();
        assertThat(calls).isEqualTo(rows.size() * Who.values().length);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(worked.processInstanceId()).count())
                .as("the refused engine changes left the case's process running").isEqualTo(1);
    }

    private static HttpResponse<String> callApi(Browser browser, String method, String path) throws Exception {
        return switch (method) {
            case "GET", "ANY" -> browser.get(path);
            case "DELETE" -> browser.send("DELETE", path, null, Map.of());
            // An import takes CSV; an empty one is refused (400) and, as a dry run, could not change anything anyway.
            case "POST" -> path.startsWith("/api/imports/")
                    ? browser.send("POST", path + "?dryRun=true", null, Map.of("Content-Type", "text/csv"))
                    : browser.send(method, path, "{}", Map.of());
            default -> browser.send(method, path, "{}", Map.of());
        };
    }

    private static HttpResponse<String> callPage(Browser browser, String method, String path, String camundaToken)
            throws Exception {
        return switch (method) {
            case "GET", "ANY" -> browser.get(path);
            // A form as the page sends it, with its CSRF token (CsrfOnEveryFormIT posts them without), fields empty.
            case "POST" -> browser.postForm(path, "");
            default -> browser.send(method, path, null, Map.of("X-XSRF-TOKEN", camundaToken));
        };
    }

    /** The path with each variable given a real value: the worked case's, or one that names nothing harmful. */
    private static String filled(String pattern, WorkedCase worked) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String value = switch (variables.group(1)) {
                case "caseRef" -> worked.caseRef();
                case "adviceRequestId" -> String.valueOf(worked.adviceRequestId());
                case "exceptionId" -> String.valueOf(worked.exceptionId());
                case "id" -> String.valueOf(worked.escalationId());
                case "taskId" -> worked.taskId();
                case "processInstanceId" -> worked.processInstanceId();
                case "action" -> "chased";
                case "slug" -> "serve-draft";
                // The worked case has no plan: a review step on it changes nothing.
                case "cycle" -> "1";
                case "number" -> "1";
                case "step" -> "report";
                case "token" -> UUID.randomUUID().toString();
                case "measure" -> "TWENTY_WEEKS";
                // Reference data of a year nobody reports on: a deletion there removes nothing.
                case "from" -> "1990-04";
                case "area" -> "England";
                case "year" -> "1990";
                case "module" -> "person";
                default -> throw new IllegalStateException("no value for {" + variables.group(1) + "} in " + pattern
                        + ": add one to EndpointRoleMatrixIT.filled");
            };
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return variables.appendTail(path).toString();
    }

    private Set<String> mappings() {
        Set<String> endpoints = new TreeSet<>();
        handlerMappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        });
        return endpoints;
    }
}
