package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.sendclock.SendClockApplication;
import org.sendclock.support.IntegrationTest;
import org.sendclock.support.Browser;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The production profile, each test in an application of its own (on its own H2 database and under its own engine
 * name, so it never touches the shared test application): no demo users, and no start without an administrator.
 */
@IntegrationTest
class ProductionProfileIT {

    @Test
    void withoutAnAdministratorItRefusesToStartNamingBothMissingSettings() {
        assertThatThrownBy(() -> start())
                .satisfies(e -> assertThat(messages(e))
                        .contains("sendclock.admin.username")
                        .contains("sendclock.admin.password")
                        .contains("SENDCLOCK_ADMIN_USERNAME"));
    }

    @Test
    void withoutThePasswordItRefusesToStartNamingJustThePassword() {
        assertThatThrownBy(() -> start("--sendclock.admin.username=root", "--sendclock.admin.password= "))
                .satisfies(e -> assertThat(messages(e))
                        .contains("sendclock.admin.password (environment variable SENDCLOCK_ADMIN_PASSWORD) is not set")
                        .doesNotContain("sendclock.admin.username"));
    }

    @Test
    void withBothSettingsOnlyTheAdministratorExists() throws Exception {
        try (ConfigurableApplicationContext app = start("--sendclock.admin.username=root",
                "--sendclock.admin.password=correct horse battery staple")) {
            UserDetailsService users = app.getBean(UserDetailsService.class);

            assertThat(users.loadUserByUsername("root").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactly("ROLE_ADMIN");
            assertThat(users.loadUserByUsername("root").getPassword()).startsWith("{bcrypt}");
            for (String demo : List.of("caseworker", "caseworker2", "manager", "analyst", "admin")) {
                assertThatThrownBy(() -> users.loadUserByUsername(demo)).as(demo)
                        .isInstanceOf(UsernameNotFoundException.class);
            }

            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            assertThat(Browser.basic(port, "root", "correct horse battery staple").get("/api/cases").statusCode())
                    .isEqualTo(200);
            assertThat(Browser.basic(port, "caseworker", "demo").get("/api/cases").statusCode()).isEqualTo(401);
            // Behind the council's TLS proxy: the session cookie only ever goes over HTTPS.
            assertThat(Browser.anonymous(port).get("/login").headers().allValues("Set-Cookie"))
                    .filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement()
                    .satisfies(cookie -> assertThat(cookie).contains("; Secure", "; HttpOnly", "; SameSite=Lax"));

            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createGroupQuery().groupMember("root").list()).extracting(Group::getId)
                    .containsExactly("camunda-admin");
            assertThat(identity.createUserQuery().userId("caseworker").count()).isZero();
        }
    }

    @Test
    void theCouncilsStaffComeFromTheSettingsWithTheirRolesAndTeams() throws Exception {
        String encoded = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("their own password");
        try (ConfigurableApplicationContext app = start("--sendclock.admin.username=root",
                "--sendclock.admin.password=correct horse battery staple",
                "--sendclock.staff.jsmith.password=" + encoded,
                "--sendclock.staff.jsmith.roles=CASEWORKER",
                "--sendclock.staff.jsmith.teams=North,East",
                "--sendclock.staff.akhan.password=" + encoded,
                "--sendclock.staff.akhan.roles=CASEWORKER",
                "--sendclock.staff.akhan.teams=North")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            assertThat(Browser.basic(port, "jsmith", "their own password").get("/api/cases").statusCode())
                    .isEqualTo(200);
            assertThat(Browser.basic(port, "jsmith", "wrong").get("/api/cases").statusCode()).isEqualTo(401);
            Teams teams = app.getBean(Teams.class);
            assertThat(teams.of("jsmith")).containsExactlyInAnyOrder("North", "East");
            assertThat(teams.colleaguesOf("jsmith")).containsExactly("akhan");
            assertThat(app.getBean(IdentityService.class).createGroupQuery().groupMember("jsmith").list())
                    .extracting(Group::getId).containsExactly("caseworker");
        }
    }

    @Test
    void aPlainStaffPasswordIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> start("--sendclock.admin.username=root", "--sendclock.admin.password=secret",
                "--sendclock.staff.jsmith.password=letmein", "--sendclock.staff.jsmith.roles=CASEWORKER"))
                .satisfies(e -> assertThat(messages(e))
                        .contains("sendclock.staff.jsmith.password must be a password encoded with bcrypt")
                        .doesNotContain("letmein"));
    }

    private static ConfigurableApplicationContext start(String... settings) {
        String name = "production" + UUID.randomUUID().toString().replace("-", "");
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=production,test",
                "--spring.datasource.url=jdbc:h2:mem:" + name,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--server.port=0",
                // Camunda keeps its engines in a static registry by name: never replace the shared one ("default").
                "--camunda.bpm.process-engine-name=" + name,
                // Camunda's webapps keep process-wide state: only the shared test application serves them.
                "--camunda.bpm.webapp.enabled=false",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(settings));
        return SpringApplication.run(SendClockApplication.class, args.toArray(String[]::new));
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
