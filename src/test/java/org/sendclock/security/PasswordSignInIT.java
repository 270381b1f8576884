package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendclock.SendClockApplication;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Password guessing, in an application of its own (its own H2 database and engine): the failures counted against
 * the test machine's address must not lock the shared test application out.
 */
@IntegrationTest
class PasswordSignInIT {

    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void start() {
        String name = "signin" + UUID.randomUUID().toString().replace("-", "");
        app = SpringApplication.run(SendClockApplication.class, new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--spring.datasource.url=jdbc:h2:mem:" + name,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--server.port=0",
                "--camunda.bpm.process-engine-name=" + name,
                // Camunda's webapps keep process-wide state: only the shared test application serves them.
                "--camunda.bpm.webapp.enabled=false",
                "--spring.main.banner-mode=off",
                "--sendclock.sign-in.account-failures=5",
                "--sendclock.sign-in.address-failures=25")).toArray(String[]::new));
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void guessingIsRefusedPerAccountAndPerAddressAndARightPasswordClearsTheAccount() throws Exception {
        // A right password clears the account's count: four wrong, one right, four wrong again is never refused.
        for (int i = 0; i < 4; i++) {
            assertThat(Browser.basic(port, "caseworker2", "wrong" + i).get("/api/cases").statusCode()).isEqualTo(401);
        }
        assertThat(Browser.basic(port, "caseworker2", "demo").get("/api/cases").statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(Browser.basic(port, "caseworker2", "wrong" + i).get("/api/cases").statusCode()).isEqualTo(401);
        }
        assertThat(Browser.basic(port, "caseworker2", "demo").get("/api/cases").statusCode()).isEqualTo(200);

        // 150 wrong passwords for one account: 5 are checked, the rest refused unchecked, and then so is the right one.
        int checked = 0;
        int refused = 0;
        for (int i = 0; i < 150; i++) {
            int status = Browser.basic(port, "caseworker", "guess" + i).get("/api/cases").statusCode();
            if (status == 401) {
                checked++;
            } else if (status == 429) {
                refused++;
            }
        }
        assertThat(checked).isEqualTo(5);
        assertThat(refused).isEqualTo(145);
        HttpResponse<String> right = Browser.basic(port, "caseworker", "demo").get("/api/cases");
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
        assertThat(right.body()).contains("Too many failed sign-ins", "try again in");

        // The login form is the same account: refused too, with a page that says why and for how long.
        Browser form = Browser.anonymous(port);
        HttpResponse<String> signIn = form.signIn("caseworker", "demo");
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?throttled"));
        assertThat(form.get("/login?throttled").body())
                .containsPattern("Too many failed sign-ins for this account or from this address\\. Try again in "
                        + "(1[0-5]|[1-9]) minutes?\\.");
        assertThat(form.get("/my-work").statusCode()).as("not signed in").isEqualTo(302);

        // Other accounts from the same address still sign in...
        assertThat(Browser.signedIn(port, "manager", "demo").get("/oversight").statusCode()).isEqualTo(200);
        // ...until the address has had its 25 failures (8 + 5 so far): then nobody signs in from it.
        for (int i = 0; i < 12; i++) {
            assertThat(Browser.basic(port, "nobody" + i, "guess").get("/api/cases").statusCode()).isEqualTo(401);
        }
        assertThat(Browser.basic(port, "manager", "demo").get("/api/oversight/summary").statusCode())
                .isEqualTo(429);
        assertThat(Browser.anonymous(port).signIn("manager", "demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?throttled"));
    }
}
