package org.sendclock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendclock.support.Browser;
import org.sendclock.support.TestDatabase;

/**
 * The product as it runs by default, in a process of its own on its embedded H2 file database (application.yml's
 * URL, relative to the process's working directory under target/), killed with SIGKILL right after its last answer:
 * every request it answered 201 is on disk when it starts again, and every e-mail that was waiting in the outbox is
 * sent after the restart, once (one the killed process had claimed mid-send, once its claim has run out). Runs in the H2 pass only: it is about the embedded database, not the test's own.
 */
class NothingConfirmedIsLostIT {

    private static final Pattern CASE_REF = Pattern.compile("\"caseRef\":\"([^\"]+)\"");
    private static final int REQUESTS = 30;
    private static final int EMAILED = 3;

    private final List<Process> started = new ArrayList<>();
    private GreenMail smtp;

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void everyRequestAnswered201SurvivesAKillAndEveryWaitingEmailIsSentOnceAfterTheRestart() throws Exception {
        assumeThat(TestDatabase.wantsPostgres()).as("the embedded H2 database only").isFalse();
        Path home = Files.createDirectories(Path.of("target", "nothing-lost-" + System.currentTimeMillis()));
        int smtpPort = freePort();

        // First life: nothing listens on the SMTP port yet, so the e-mails wait in the outbox, retried.
        int port = freePort();
        Process first = start(home, port, smtpPort, "first");
        awaitUp(first, port, home.resolve("first.log"));
        Browser caseworker = Browser.basic(port, "caseworker", "demo");
        // A few cases whose e-mails are written before the kill: their week 6 decision is due in 3 days (requested
        // 39 days ago), so each "at risk" warning is due at once and e-mails the caseworker when its timer fires.
        List<String> confirmed = new ArrayList<>();
        for (int i = 0; i < EMAILED; i++) {
            confirmed.add(register(caseworker, i));
        }
        awaitLog(home.resolve("first.log"), "failed (attempt 1 of", EMAILED);
        // Then requests in quick succession, the process killed the moment the last is answered.
        for (int i = EMAILED; i < EMAILED + REQUESTS; i++) {
            confirmed.add(register(caseworker, i));
        }
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Map<String, String> outbox = outbox(home);
        assertThat(cases(home)).as("every request answered 201").containsAll(confirmed);
        assertThat(outbox).as("e-mails written before the kill, waiting").isNotEmpty()
                .allSatisfy((subject, status) -> assertThat(status).isEqualTo("WAITING"));

        // Second life, the mail server up: the waiting e-mails go out, each once.
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        port = freePort();
        Process second = start(home, port, smtpPort, "second");
        awaitUp(second, port, home.resolve("second.log"));
        assertThat(Browser.basic(port, "caseworker", "demo").get("/api/cases/" + confirmed.get(confirmed.size() - 1))
                .statusCode()).isEqualTo(200);
        assertThat(smtp.waitForIncomingEmail(60_000, outbox.size())).as("the waiting e-mails, sent").isTrue();
        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getSubject(), 1, Integer::sum);
        }
        // The second life's job executor may raise e-mails of its own for timers the first never reached: those are
        // not the promise here; every e-mail waiting at the kill is, and no e-mail ever goes twice.
        Map<String, String> after = outbox(home);
        outbox.keySet().forEach(subject -> assertThat(after.get(subject)).as(subject + ", marked sent")
                .isEqualTo("SENT"));
        outbox.keySet().forEach(subject -> assertThat(received.get(subject)).as(subject).isEqualTo(1));
        assertThat(received).as("no e-mail sent twice").allSatisfy((subject, times) -> assertThat(times).isOne());
    }

    private static String register(Browser caseworker, int i) throws Exception {
        HttpResponse<String> answer = caseworker.postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT","caseworker":"caseworker","team":"North",
                 "child":{"givenName":"Durable","familyName":"Child%d","dateOfBirth":"2017-03-0%d"}}"""
                .formatted(LocalDate.now().minusDays(39), i, 1 + i % 9));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        Matcher ref = CASE_REF.matcher(answer.body());
        assertThat(ref.find()).isTrue();
        return ref.group(1);
    }

    /** Waits until the log holds {@code count} lines containing {@code text}. */
    private static void awaitLog(Path log, String text, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try (var lines = Files.lines(log)) {
                if (lines.filter(line -> line.contains(text)).count() >= count) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + count + " lines with \"" + text + "\" within 2 minutes in " + log);
    }

    private static Process start(Path home, int port, int smtpPort, String life) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SendClockApplication.class.getName(),
                "--server.port=" + port,
                "--sendclock.demo.enabled=false",
                "--spring.main.banner-mode=off",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--sendclock.oversight.outbox-poll=200ms",
                "--sendclock.oversight.retry-delay=200ms",
                "--sendclock.oversight.send-attempts=1000",
                // The first process may die holding a claim on an e-mail: the second sends it once the claim ends.
                "--sendclock.oversight.outbox-claim=5s",
                "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "--spring.mail.properties.mail.smtp.timeout=2000",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000");
        File log = home.resolve(life + ".log").toFile();
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log).start();
    }

    private void awaitUp(Process process, int port, Path log) throws Exception {
        started.add(process);
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            assertThat(process.isAlive()).as("the application started; see %s", log).isTrue();
            try {
                if (Browser.basic(port, "caseworker", "demo").get("/api/cases").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not start within 3 minutes; see " + log);
    }

    private static List<String> cases(Path home) throws Exception {
        List<String> refs = new ArrayList<>();
        try (Connection db = open(home); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("select case_ref from assessment_case")) {
            while (rs.next()) {
                refs.add(rs.getString(1));
            }
        }
        return refs;
    }

    /** Each e-mail's subject (unique here: one per case) and its status. */
    private static Map<String, String> outbox(Path home) throws Exception {
        Map<String, String> rows = new HashMap<>();
        try (Connection db = open(home); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("select subject, status from mail_outbox")) {
            while (rs.next()) {
                assertThat(rows.put(rs.getString(1), rs.getString(2))).as("one e-mail per subject").isNull();
            }
        }
        return rows;
    }

    private static Connection open(Path home) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.toAbsolutePath().resolve("data/sendclock"), "sa", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
