package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The production administrator's settings: each missing one named, and never the password itself. */
class AdminSettingsTest {

    @Test
    void bothSettingsMissingAreNamed() {
        assertThatThrownBy(() -> new AdminSettings(null, null).requireComplete())
                .hasMessageContaining("sendclock.admin.username (environment variable SENDCLOCK_ADMIN_USERNAME) and "
                        + "sendclock.admin.password (environment variable SENDCLOCK_ADMIN_PASSWORD) are not set");
    }

    @Test
    void aBlankSettingCountsAsMissing() {
        assertThatThrownBy(() -> new AdminSettings(" ", "secret").requireComplete())
                .hasMessageContaining("sendclock.admin.username (environment variable SENDCLOCK_ADMIN_USERNAME) is not set")
                .message().doesNotContain("sendclock.admin.password").doesNotContain("secret");
    }

    @Test
    void theUsernameMustBeACamundaUserId() {
        assertThatThrownBy(() -> new AdminSettings("jane.smith@council.example", "secret").requireComplete())
                .hasMessageContaining("sendclock.admin.username must be letters and digits only");
        assertThatCode(() -> new AdminSettings("janesmith2", "secret").requireComplete()).doesNotThrowAnyException();
    }

    @Test
    void aPasswordWithAnEncoderPrefixIsTakenAsAlreadyEncoded() {
        assertThat(new AdminSettings("root", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv").passwordIsEncoded()).isTrue();
        assertThat(new AdminSettings("root", "correct horse battery staple").passwordIsEncoded()).isFalse();
        assertThat(new AdminSettings("root", "{}nothing").passwordIsEncoded()).isFalse();
    }

    @Test
    void thePasswordNeverAppearsInTheSettingsText() {
        assertThat(new AdminSettings("root", "hunter2")).asString().contains("root").doesNotContain("hunter2");
    }
}
