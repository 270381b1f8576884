package org.sendclock.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What the outbox's sender does with an e-mail the SMTP server will not take (retries with a growing wait, then
 * failed, recording why without the address), and without an SMTP server (logged, marked sent). An embedded H2 with
 * the outbox's table, a mail server on a port where nothing listens.
 */
class OutboxSenderTest {

    private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true).addScript("db/migration/V10__mail_outbox_and_node_locks.sql").build();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);
    private final MailOutbox outbox = new MailOutbox(jdbc);
    private final OversightSettings settings = new OversightSettings(null, null, null, null, null, null, null, 3,
            Duration.ofMinutes(1), null, null);

    @AfterEach
    void close() {
        database.shutdown();
    }

    @Test
    void aFailedSendWaitsLongerEachTimeThenIsMarkedFailedWithTheReasonButNoAddress() throws Exception {
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(closedPort());
        OutboxSender sender = sender(nowhere);
        outbox.add(new Notification("someone@council.example", "Week 6 decision at risk: EHC-1", "text"));

        sender.sendDue();
        Map<String, Object> row = row();
        assertThat(row).containsEntry("STATUS", "WAITING").containsEntry("ATTEMPTS", 1);
        assertThat(row.get("LAST_ERROR").toString()).startsWith("MailSendException").contains("ConnectException")
                .doesNotContain("someone", "council.example", "EHC-1");
        assertThat(nextAttempt()).isBetween(OffsetDateTime.now().plusSeconds(50), OffsetDateTime.now().plusSeconds(61));
        assertThat(row.get("CLAIMED_BY")).as("claim released").isNull();

        sender.sendDue();
        assertThat(row()).as("not tried again before its time").containsEntry("ATTEMPTS", 1);

        dueNow();
        sender.sendDue();
        assertThat(row()).containsEntry("STATUS", "WAITING").containsEntry("ATTEMPTS", 2);
        assertThat(nextAttempt()).as("twice the wait").isAfter(OffsetDateTime.now().plusSeconds(110));

        dueNow();
        sender.sendDue();
        assertThat(row()).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 3);
        dueNow();
        sender.sendDue();
        assertThat(row()).as("a failed e-mail stays failed").containsEntry("STATUS", "FAILED")
                .containsEntry("ATTEMPTS", 3);
    }

    @Test
    void withoutAnSmtpServerTheEmailIsLoggedAndMarkedSent() {
        outbox.add(new Notification("someone@council.example", "Advice due soon: EHC-2", "text"));

        new OutboxSender(outbox, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), settings,
                "test").sendDue();

        assertThat(row()).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 1);
        assertThat(row().get("SENT_AT")).isNotNull();
    }

    private OutboxSender sender(JavaMailSender mail) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mail", mail);
        return new OutboxSender(outbox, beans.getBeanProvider(JavaMailSender.class), settings, "test");
    }

    private Map<String, Object> row() {
        return jdbc.queryForMap("select * from mail_outbox");
    }

    private OffsetDateTime nextAttempt() {
        return jdbc.queryForObject("select next_attempt_at from mail_outbox", OffsetDateTime.class);
    }

    /** As if the wait had passed. */
    private void dueNow() {
        jdbc.update("update mail_outbox set next_attempt_at = ?", OffsetDateTime.now().minusSeconds(1));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
