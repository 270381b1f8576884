package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every answer tells the browser: the Content-Security-Policy, the Referrer-Policy and the cookie's terms. */
@IntegrationTest
class PageHeadersIT {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @LocalServerPort int port;

    @Test
    void pagesAndTheApiCarryTheContentSecurityAndReferrerPolicies() throws Exception {
        Browser manager = Browser.signedIn(port, "manager", "demo");
        for (HttpResponse<String> answer : List.of(Browser.anonymous(port).get("/login"), manager.get("/oversight"),
                manager.get("/api/oversight/summary"), Browser.basic(port, "manager", "demo").get("/api/cases"))) {
            assertThat(answer.headers().allValues("Content-Security-Policy")).as(answer.uri().toString())
                    .containsExactly(POLICY);
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(answer.uri().toString())
                    .hasValue("same-origin");
        }
    }

    @Test
    void swaggerUiMayUseInlineStylesAndNothingElseMore() throws Exception {
        HttpResponse<String> docs = Browser.signedIn(port, "admin", "demo").get("/api/swagger-ui/index.html");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().allValues("Content-Security-Policy"))
                .containsExactly(POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
    }

    @Test
    void theCamundaWebappsKeepTheirOwnPolicyAlone() throws Exception {
        HttpResponse<String> cockpit = Browser.signedIn(port, "admin", "demo").get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.headers().allValues("Content-Security-Policy")).doesNotContain(POLICY).hasSize(1)
                .allSatisfy(policy -> assertThat(policy).contains("script-src"));
        assertThat(cockpit.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() throws Exception {
        HttpResponse<String> login = Browser.anonymous(port).get("/login");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie)
                        .contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure"));
    }
}
