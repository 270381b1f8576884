package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendclock.SendClockApplication;
import org.sendclock.support.IntegrationTest;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Single sign-on against a real OpenID Connect provider started here (NAV's mock-oauth2-server, issuer "entra"), in
 * an application of its own with the groups mapped as a council would map its Entra ID groups: through the browser
 * (authorization code flow, cookies and redirects as a browser follows them) and on the API with bearer tokens.
 */
@IntegrationTest
class SingleSignOnIT {

    private static final String CASEWORKERS = "0b3f8e0a-5d2c-4c1e-9a57-0a1b2c3d4e5f";
    private static final String NORTH_TEAM = "6c9d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f";
    private static final String ADMINISTRATORS = "9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9";
    private static final String CANTEEN = "11111111-2222-4333-8444-555555555555";

    private static MockOAuth2Server identityProvider;
    private static ConfigurableApplicationContext app;
    private static String base;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        identityProvider = new MockOAuth2Server();
        identityProvider.start();
        String issuer = identityProvider.issuerUrl("entra").toString();
        String name = "sso" + UUID.randomUUID().toString().replace("-", "");
        app = SpringApplication.run(SendClockApplication.class,
                "--spring.profiles.active=test",
                "--spring.datasource.url=jdbc:h2:mem:" + name,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--server.port=0",
                "--camunda.bpm.process-engine-name=" + name,
                // Camunda's webapps keep process-wide state: only the shared test application serves them.
                "--camunda.bpm.webapp.enabled=false",
                "--spring.main.banner-mode=off",
                "--sendclock.sso.enabled=true",
                "--sendclock.sso.roles." + CASEWORKERS + "=CASEWORKER",
                "--sendclock.sso.roles." + ADMINISTRATORS.toUpperCase() + "=ADMIN",
                "--sendclock.sso.teams." + NORTH_TEAM + "=North",
                "--spring.security.oauth2.client.registration.entra.client-id=sendclock",
                "--spring.security.oauth2.client.registration.entra.client-secret=not-a-secret",
                "--spring.security.oauth2.client.registration.entra.scope=openid,profile",
                "--spring.security.oauth2.client.provider.entra.issuer-uri=" + issuer,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                "--spring.security.oauth2.resourceserver.jwt.audiences=sendclock");
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        identityProvider.shutdown();
    }

    @Test
    void aCaseworkerSignsInThroughTheIdentityProviderWithTheTeamsOfTheirGroups() throws Exception {
        HttpClient browser = browser();
        assertThat(get(browser, base + "/login").body()).contains("Sign in with your council account",
                "/oauth2/authorization/entra", "name=\"username\"");

        signingInAs("jane.smith@council.example", CASEWORKERS, NORTH_TEAM, "an-unmapped-group");
        assertThat(signIn(browser)).isEqualTo(base + "/");
        assertThat(get(browser, base + "/my-work").statusCode()).isEqualTo(200);

        // The same account as a configured member of staff: teams, a caseworker a manager may choose, a webapps user.
        Teams teams = app.getBean(Teams.class);
        assertThat(teams.of("jane.smith@council.example")).containsExactly("North");
        assertThat(teams.caseworkers()).contains("jane.smith@council.example");
        assertThat(app.getBean(IdentityService.class).createGroupQuery().groupMember("jane.smith@council.example")
                .list()).extracting(Group::getId).containsExactly("caseworker");

        // A request registered for her team through the API with a bearer token lands on her team's list.
        String token = token("jane.smith@council.example", "sendclock", CASEWORKERS, NORTH_TEAM);
        HttpResponse<String> registered = send(browser(), HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"requestDate":"%s","source":"PARENT","team":"North",
                         "child":{"givenName":"Amara","familyName":"Okafor","dateOfBirth":"2018-05-14"}}
                        """.formatted(LocalDate.of(2026, 11, 2)))));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String caseRef = json.readTree(registered.body()).get("caseRef").asText();
        assertThat(get(browser, base + "/my-work").body()).contains(caseRef);
    }

    @Test
    void anAdministratorsGroupMakesAnAdministratorOfTheCamundaWebapps() throws Exception {
        HttpClient browser = browser();
        signingInAs("tom.jones@council.example", ADMINISTRATORS);
        assertThat(signIn(browser)).isEqualTo(base + "/");
        assertThat(app.getBean(IdentityService.class).createGroupQuery().groupMember("tom.jones@council.example")
                .list()).extracting(Group::getId).containsExactly("camunda-admin");
        assertThat(get(browser, base + "/imports").statusCode()).isEqualTo(200);
        assertThat(get(browser, base + "/my-work").statusCode()).as("not a caseworker").isEqualTo(403);
    }

    @Test
    void someoneWhoseGroupsGiveNoRoleIsRefusedWithAPageThatSaysWhy() throws Exception {
        HttpClient browser = browser();
        signingInAs("pat.canteen@council.example", CANTEEN);
        assertThat(signIn(browser)).isEqualTo(base + "/login?refused");
        assertThat(get(browser, base + "/login?refused").body()).contains(
                "You signed in as pat.canteen@council.example, but none of your groups gives you a role in SEND Clock");
        assertThat(get(browser, base + "/my-work").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(app.getBean(Teams.class).caseworkers()).doesNotContain("pat.canteen@council.example");
    }

    @Test
    void theApiTakesTheProvidersTokensForItsAudienceWithTheRolesOfTheirGroups() throws Exception {
        assertThat(api(token("jane.smith@council.example", "sendclock", CASEWORKERS, NORTH_TEAM)).statusCode())
                .isEqualTo(200);
        assertThat(api(token("pat.canteen@council.example", "sendclock", CANTEEN)).statusCode()).isEqualTo(403);
        assertThat(api(token("jane.smith@council.example", "another-app", CASEWORKERS)).statusCode())
                .as("a token meant for another application").isEqualTo(401);
        assertThat(api(token("jane.smith@council.example", "sendclock", CASEWORKERS) + "x").statusCode())
                .as("a token not signed by the provider").isEqualTo(401);
    }

    private static void signingInAs(String username, String... groups) {
        identityProvider.enqueueCallback(new DefaultOAuth2TokenCallback("entra", UUID.randomUUID().toString(), "JWT",
                List.of("sendclock"), Map.of("preferred_username", username, "groups", List.of(groups)), 3600));
    }

    private static String token(String username, String audience, String... groups) {
        return identityProvider.issueToken("entra", "integration-client", new DefaultOAuth2TokenCallback("entra",
                UUID.randomUUID().toString(), "JWT", List.of(audience),
                Map.of("preferred_username", username, "groups", List.of(groups)), 3600)).serialize();
    }

    /**
     * Follows the redirects of signing in as a browser does, from the provider link on the sign-in page through the
     * provider and back; answers where SEND Clock finally sends the browser.
     */
    private static String signIn(HttpClient browser) throws Exception {
        URI next = URI.create(base + "/oauth2/authorization/entra");
        for (int hops = 0; hops < 10; hops++) {
            HttpResponse<String> response = get(browser, next.toString());
            String location = response.headers().firstValue("Location").orElseThrow(() ->
                    new AssertionError("no redirect from " + response.uri() + ": " + response.statusCode()));
            next = next.resolve(location);
            if (next.toString().startsWith(base) && !next.getPath().startsWith("/login/oauth2/")) {
                return next.toString();
            }
        }
        throw new AssertionError("signing in did not end");
    }

    private static HttpResponse<String> api(String token) throws Exception {
        return send(browser(), HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                .header("Authorization", "Bearer " + token).GET());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return send(browser, HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) throws Exception {
        return browser.send(request.header("Accept", "text/html,application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
