package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The council's staff accounts in production: every mistake named by its setting, the password never shown. */
class StaffSettingsTest {

    private static final String ENCODED = "{bcrypt}$2a$10$abcdefghijklmnopqrstuv";

    @Test
    void aCompleteMemberBecomesAnAccountWithRolesAndTeams() {
        List<Account> accounts = new StaffSettings(Map.of("jsmith",
                new StaffSettings.Member(ENCODED, List.of("caseworker"), List.of(" North ", "")))).accounts("root");

        assertThat(accounts).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo("jsmith");
            assertThat(a.roles()).containsExactly(Role.CASEWORKER);
            assertThat(a.teams()).containsExactly("North");
        });
    }

    @Test
    void noStaffIsNoAccounts() {
        assertThat(new StaffSettings(null).accounts("root")).isEmpty();
    }

    @Test
    void everyMistakeIsNamedAtOnceAndNoPasswordIsShown() {
        Map<String, StaffSettings.Member> staff = new LinkedHashMap<>();
        staff.put("j.smith", new StaffSettings.Member(ENCODED, List.of("CASEWORKER"), List.of()));
        staff.put("plain", new StaffSettings.Member("hunter2", List.of("MANAGER"), List.of()));
        staff.put("noroles", new StaffSettings.Member(ENCODED, List.of(), List.of()));
        staff.put("typo", new StaffSettings.Member(ENCODED, List.of("CASEWORKR"), List.of()));
        staff.put("Root", new StaffSettings.Member(ENCODED, List.of("ADMIN"), List.of()));
        staff.put("noop", new StaffSettings.Member("{noop}hunter3", List.of("MANAGER"), List.of()));
        staff.put("misspelt", new StaffSettings.Member("{bcypt}$2a$10$abc", List.of("MANAGER"), List.of()));

        assertThatThrownBy(() -> new StaffSettings(staff).accounts("root"))
                .hasMessageContaining("sendclock.staff.j.smith: the user name must be letters and digits only")
                .hasMessageContaining("sendclock.staff.plain.password must be a password encoded with bcrypt")
                .hasMessageContaining("sendclock.staff.noop.password must be a password encoded")
                .hasMessageContaining("sendclock.staff.misspelt.password must be a password encoded")
                .hasMessageContaining("sendclock.staff.noroles.roles is not set")
                .hasMessageContaining("sendclock.staff.typo.roles: \"CASEWORKR\" is not a role")
                .hasMessageContaining("sendclock.staff.Root: the administrator is set by sendclock.admin")
                .hasMessageNotContaining("hunter2").hasMessageNotContaining("hunter3");
    }
}
