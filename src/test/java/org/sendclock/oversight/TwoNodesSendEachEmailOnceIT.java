package org.sendclock.oversight;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendclock.SendClockApplication;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.Commands.ChildDetails;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.casefile.RequestSource;
import org.sendclock.support.DatabaseAvailable;
import org.sendclock.support.EngineTime;
import org.sendclock.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two whole application nodes on one PostgreSQL database, each with its job executor and its outbox sender running,
 * as docker/ runs them: a burst of breach timers falls due at once, both nodes race for the timers and then for the
 * e-mails, and the mail server receives each breach e-mail exactly once. (MailOutboxIT races senders within one
 * application; DeadNodeJobsIT hands timers from a dead node to a live one.) PostgreSQL only: it is the database
 * several nodes share in production.
 */
@ExtendWith(DatabaseAvailable.class)
class TwoNodesSendEachEmailOnceIT {

    /** Not application-test.yml's 43025, which the shared test application's GreenMail tests use. */
    static final int SMTP_PORT = 43027;
    static final int CASES = 24;

    @Test
    void aBurstOfBreachTimersOnTwoNodesSendsEachEmailOnce() throws Exception {
        assumeTrue(TestDatabase.wantsPostgres(), "the two-node e-mail test runs on PostgreSQL");
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, Object> database = TestDatabase.freshDatabase("two_nodes_mail");
        try (ConfigurableApplicationContext nodeA = node("node-a", database);
             ConfigurableApplicationContext nodeB = node("node-b", database)) {
            // Cases whose week 6 decision is due in a week: no timer is due yet, so nothing is sent.
            AssessmentService assessments = nodeA.getBean(AssessmentService.class);
            LocalDate today = LocalDate.now(EngineTime.LONDON);
            List<String> refs = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                refs.add(assessments.register(new RegisterRequest(today.minusWeeks(5), RequestSource.PARENT,
                        new ChildDetails("Two", "Nodes", LocalDate.of(2018, 5, 14), null, null), null, "Mailroom"))
                        .getCaseRef());
            }
            // A fortnight on, every decision has been missed: both job executors take the breach timers.
            EngineTime.setTo(today.plusWeeks(2), LocalTime.of(9, 0));
            JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
            await().atMost(ofSeconds(90)).pollInterval(ofMillis(250)).until(() -> breachEmails(smtp, refs).size()
                    == CASES && waiting(jdbc) == 0);
            // And no second copy arrives afterwards.
            await().during(ofSeconds(3)).atMost(ofSeconds(5)).until(() -> breachEmails(smtp, refs).size() == CASES);

            Map<String, Long> perCase = breachEmails(smtp, refs).stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perCase).hasSize(CASES).allSatisfy((ref, count) -> assertThat(count).as(ref).isEqualTo(1));
            assertThat(jdbc.queryForObject("select count(*) from breach", Long.class)).isEqualTo(CASES);
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject like '%breached%'",
                    Long.class)).as("one row per breach, each sent").isEqualTo(CASES);
        } finally {
            EngineTime.reset();
            smtp.stop();
        }
    }

    /** The case reference of each breach e-mail received for these cases. */
    private static List<String> breachEmails(GreenMail smtp, List<String> refs) throws MessagingException {
        List<String> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String subject = message.getSubject();
            if (subject.contains("breached")) {
                refs.stream().filter(ref -> subject.endsWith(": " + ref)).forEach(found::add);
            }
        }
        return found;
    }

    private static long waiting(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from mail_outbox where status = 'WAITING'", Long.class);
    }

    /** One node: the whole application on its own port and engine name, jobs and e-mail running, the shared database. */
    private static ConfigurableApplicationContext node(String name, Map<String, Object> database) {
        Map<String, Object> settings = new HashMap<>(database);
        settings.put("server.port", "0");
        settings.put("camunda.bpm.process-engine-name", name.replace("-", ""));
        // Camunda's webapps keep process-wide state: only the shared test application serves them.
        settings.put("camunda.bpm.webapp.enabled", "false");
        settings.put("camunda.bpm.job-execution.enabled", "true");
        settings.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
        settings.put("camunda.bpm.job-execution.max-wait", "500");
        settings.put("spring.mail.port", String.valueOf(SMTP_PORT));
        // As arguments, which come before the profile's files (builder properties would come after them).
        return new SpringApplicationBuilder(SendClockApplication.class).profiles("test").run(settings.entrySet()
                .stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }
}
