package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.sendclock.support.IntegrationTest;
import org.sendclock.support.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may do what, against the running application with its demo users (password "demo"). */
@IntegrationTest
class SecurityIT {

    static final String DEMO = "demo";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired IdentityService identity;

    // The API: HTTP Basic, 401 / 403, never a redirect.

    @Test
    void anAnonymousApiCallIsAskedToSignInWithHttpBasicNotRedirected() throws Exception {
        HttpResponse<String> response = Browser.anonymous(port).get("/api/cases");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedWith401() throws Exception {
        assertThat(Browser.basic(port, "caseworker", "not-demo").get("/api/cases").statusCode()).isEqualTo(401);
    }

    @Test
    void thePerformanceTeamMayNotSeeCasesTheyCarryPersonalData() throws Exception {
        Browser analyst = Browser.basic(port, "analyst", DEMO);

        HttpResponse<String> list = analyst.get("/api/cases");
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(json.readTree(list.body()).get("title").asText()).isEqualTo("Not allowed");
        assertThat(analyst.get("/api/cases/EHC-0001").statusCode()).isEqualTo(403);
        assertThat(analyst.postJson("/api/cases", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void caseworkersManagersAndAdminsMayReadCases() throws Exception {
        for (String user : List.of("caseworker", "caseworker2", "manager", "admin")) {
            HttpResponse<String> response = Browser.basic(port, user, DEMO).get("/api/cases");
            assertThat(response.statusCode()).as(user).isEqualTo(200);
            assertThat(json.readTree(response.body()).has("cases")).as(user).isTrue();
        }
    }

    @Test
    void caseworkersAndManagersMayChangeCasesWithoutACsrfTokenButAdminsMayNot() throws Exception {
        // An empty command reaches the controller (400 naming the fields), so security let it through; nothing saved.
        for (String user : List.of("caseworker", "manager")) {
            HttpResponse<String> response = Browser.basic(port, user, DEMO).postJson("/api/cases", "{}");
            assertThat(response.statusCode()).as(user).isEqualTo(400);
        }
        assertThat(Browser.basic(port, "admin", DEMO).postJson("/api/cases", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void theApiDocsAreForAnyoneSignedIn() throws Exception {
        assertThat(Browser.anonymous(port).get("/api/openapi").statusCode()).isEqualTo(401);
        assertThat(Browser.basic(port, "analyst", DEMO).get("/api/openapi").statusCode()).isEqualTo(200);

        // Swagger UI, read in a browser signed in through the login form.
        Browser analyst = Browser.signedIn(port, "analyst", DEMO);
        HttpResponse<String> docs = analyst.get("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        assertThat(docs.headers().firstValue("Location")).hasValue("/api/swagger-ui/index.html");
        assertThat(analyst.get("/api/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(analyst.get("/api/openapi").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInBrowserSessionMayReadTheApiButNeverChangeAnythingThroughIt() throws Exception {
        Browser caseworker = Browser.signedIn(port, "caseworker", DEMO);

        assertThat(caseworker.get("/api/cases").statusCode()).isEqualTo(200);
        // No CSRF tokens on the API, so a session cookie (which a cross-site form would carry) is not enough.
        assertThat(caseworker.postJson("/api/cases", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void theApiNeverStartsASession() throws Exception {
        HttpResponse<String> response = Browser.basic(port, "caseworker", DEMO).get("/api/cases");

        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    // Camunda's REST API: ADMIN only.

    @Test
    void camundasRestApiIsForAdminsOnly() throws Exception {
        assertThat(Browser.anonymous(port).get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
        assertThat(Browser.basic(port, "caseworker", DEMO).get("/engine-rest/process-definition").statusCode())
                .isEqualTo(403);
        assertThat(Browser.basic(port, "manager", DEMO).get("/engine-rest/process-definition").statusCode())
                .isEqualTo(403);

        HttpResponse<String> admin = Browser.basic(port, "admin", DEMO).get("/engine-rest/process-definition");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(json.readTree(admin.body()).isArray()).isTrue();
    }

    // Pages: form login.

    @Test
    void anAnonymousPageRequestIsRedirectedToTheLoginPage() throws Exception {
        for (String page : List.of("/", "/camunda/app/cockpit/default/", "/camunda/app/admin/default/")) {
            HttpResponse<String> response = Browser.anonymous(port).get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void staticAssetsAndTheLoginPageArePublic() throws Exception {
        Browser anonymous = Browser.anonymous(port);

        assertThat(anonymous.get("/css/sendclock.css").statusCode()).isEqualTo(200);
        HttpResponse<String> login = anonymous.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"username\"", "name=\"_csrf\"");
    }

    @Test
    void signingInGoesToTheStartPageAndAWrongPasswordBackToTheLoginPage() throws Exception {
        HttpResponse<String> good = Browser.anonymous(port).signIn("manager", DEMO);
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(good.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        HttpResponse<String> bad = Browser.anonymous(port).signIn("manager", "wrong");
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(bad.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void aLoginFormWithoutTheCsrfTokenIsRefused() throws Exception {
        Browser browser = Browser.anonymous(port);
        browser.get("/login");

        HttpResponse<String> response = browser.postFormWithoutCsrfToken("/login", "username=manager&password=demo");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Browser caseworker = Browser.signedIn(port, "caseworker", DEMO);
        assertThat(caseworker.get("/api/cases").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = caseworker.postForm("/logout", "");
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(caseworker.get("/api/cases").statusCode()).isEqualTo(401);
        assertThat(caseworker.get("/").statusCode()).isEqualTo(302);
    }

    // The Camunda webapps: ADMIN only, signed in once.

    @Test
    void caseworkersMayNotOpenCockpit() throws Exception {
        Browser caseworker = Browser.signedIn(port, "caseworker", DEMO);

        assertThat(caseworker.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(caseworker.get("/camunda/api/engine/engine/default/process-definition").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminSignedInOnceOpensCockpitAsThemselvesWithoutASecondLogin() throws Exception {
        Browser admin = Browser.signedIn(port, "admin", DEMO);

        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).containsIgnoringCase("<html");

        // The webapps' own "who is signed in" call, made by Cockpit when it loads: admin, with the apps.
        HttpResponse<String> whoAmI = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(whoAmI.statusCode()).isEqualTo(200);
        JsonNode user = json.readTree(whoAmI.body());
        assertThat(user.get("userId").asText()).isEqualTo("admin");
        List<String> apps = new ArrayList<>();
        user.get("authorizedApps").forEach(app -> apps.add(app.asText()));
        assertThat(apps).contains("cockpit", "tasklist", "admin");

        // And the engine API behind Cockpit answers as that user.
        assertThat(admin.get("/camunda/api/engine/engine/default/process-definition").statusCode()).isEqualTo(200);

        // Cockpit's own requests that change or query by POST carry Camunda's CSRF token (not Spring's): Camunda
        // checks it, Spring Security lets them through.
        String camundaToken = admin.cookie("XSRF-TOKEN").orElseThrow();
        String query = "/camunda/api/engine/engine/default/process-instance";
        assertThat(admin.postJson(query, "{}", Map.of("X-XSRF-TOKEN", camundaToken)).statusCode()).isEqualTo(200);
        assertThat(admin.postJson(query, "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void theDemoUsersAreCamundaUsersWithTheirRolesAsGroups() {
        assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
                .containsExactly("camunda-admin");
        assertThat(identity.createGroupQuery().groupMember("caseworker2").list()).extracting(Group::getId)
                .containsExactly("caseworker");
        assertThat(identity.createGroupQuery().groupMember("analyst").list()).extracting(Group::getId)
                .containsExactly("performance");
        // Nobody can sign in to Camunda directly with the demo password: Spring Security checks passwords.
        assertThat(identity.checkPassword("admin", DEMO)).isFalse();
    }
}
