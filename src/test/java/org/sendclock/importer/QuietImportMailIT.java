package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Quiet arrivals, honest alerts, counted by a real SMTP server (GreenMail, as in OversightMailIT): clocks already
 * past when their case arrives (an import, a backdated request) e-mail no one one by one, however their timers fire;
 * each manager gets one summary of an import; a clock that passes after its case arrived still e-mails. Teams
 * Arrivals and Harbour share a manager, Uplands has its own (application-test.yml).
 */
@IntegrationTest
class QuietImportMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(43025, null, ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    static final String ARRIVALS_MANAGER = "arrivals-manager@sendclock.test";
    static final String UPLANDS_MANAGER = "uplands-manager@sendclock.test";
    static final String CASEWORKER = "mailroom-caseworker";
    /** Monday 2 March 2026, 09:00. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired CaseloadImport caseloadImport;
    @Autowired CaseRepository cases;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;

    private final String p = "Q" + UUID.randomUUID().toString().substring(0, 8) + "-";
    /** This test's cases: their timers are the ones executed, their e-mails the ones counted. */
    private final List<String> refs = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        EngineTime.setTo(TODAY, LocalTime.of(9, 0));
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void anImportOfLongPastClocksSendsOneSummaryPerManagerAndNoAlertOfItsOwn() throws Exception {
        Path dir = Files.createTempDirectory("quiet-import-");
        Path requests = Files.writeString(dir.resolve("requests.csv"),
                "case_ref,request_date,decision_date,decision,decision_notice_date,draft_plan_date,final_plan_date,"
                        + "team,caseworker\n"
                        // undecided for nine months: weeks 6, 16 and 20 all long past
                        + p + "1,2025-06-02,,,,,,Arrivals," + CASEWORKER + "\n"
                        // decided on time; its advice due 17 November 2025 and weeks 16 and 20 past
                        + p + "2,2025-09-01,2025-10-06,ASSESS,,,,Arrivals," + CASEWORKER + "\n"
                        // history: the plan issued in 2024
                        + p + "3,2024-01-08,2024-02-12,ASSESS,,2024-05-01,2024-05-20,Harbour," + CASEWORKER + "\n"
                        // week 6 due 9 March 2026: running when it arrives
                        + p + "4,2026-01-26,,,,,,Uplands,\n"
                        // the family told 14 January; its advice due 23 February 2026, a week past
                        + p + "5,2025-12-15,2026-01-12,ASSESS,2026-01-14,,,Arrivals," + CASEWORKER + "\n");
        Path advice = Files.writeString(dir.resolve("advice.csv"), "case_ref,advice_type,requested_date\n"
                + p + "2,HEALTH,2025-10-06\n"
                + p + "5,EDUCATION,2026-01-12\n");

        for (int i = 1; i <= 5; i++) {
            refs.add(p + i);
        }
        caseloadImport.run(new ImportFiles(requests, advice), false, new ImportProgress());
        executeEveryDueTimer();

        // Every past clock's timer fired and recorded its breach and escalation, without e-mailing.
        assertThat(breaches(p + "1")).contains("DECISION", "FINAL_PLAN");
        assertThat(breaches(p + "2")).contains("ADVICE", "NO_PLAN_NOTICE", "FINAL_PLAN");
        assertThat(breaches(p + "5")).containsExactly("ADVICE");
        assertThat(escalations(p + "2")).contains("ADVICE_OVERDUE");
        assertThat(escalations(p + "5")).doesNotContain("ADVICE_OVERDUE");

        // A week later: case 4's week 6 passes after it arrived, and case 5's advice, a week past when it arrived, is
        // still outstanding two weeks after its due date. Both are news and e-mail the manager.
        EngineTime.setTo(LocalDateTime.of(2026, 3, 10, 0, 30));
        executeEveryDueTimer();

        List<MimeMessage> mail = awaitMail(4);
        assertThat(subjectsTo(mail, ARRIVALS_MANAGER)).containsExactlyInAnyOrder(
                "Import: 4 cases brought in, 7 clocks already overdue",
                "Advice 14 days overdue: " + p + "5");
        assertThat(subjectsTo(mail, UPLANDS_MANAGER)).containsExactlyInAnyOrder(
                "Import: 1 case brought in, 0 clocks already overdue",
                "Week 6 decision breached: " + p + "4");
        assertThat(mail).as("no reminder, warning or breach e-mail for a clock that arrived past").hasSize(4);

        String summary = GreenMailUtil.getBody(mail.stream().filter(m -> subject(m).startsWith("Import:")
                && recipients(m).contains(ARRIVALS_MANAGER)).findFirst().orElseThrow()).replace("\r\n", "\n");
        assertThat(summary).contains(
                "An import on 2 March 2026 brought in 4 cases of your teams.",
                "Team Arrivals: 3 cases (3 new, 0 changed; 3 open, 0 closed)\n"
                        + "  Clocks already overdue when they arrived: week 6 decision 1, advice 2, "
                        + "week 16 no-plan notice 2, week 20 final plan 2",
                "Team Harbour: 1 case (1 new, 0 changed; 0 open, 1 closed)\n"
                        + "  Clocks already overdue when they arrived: week 6 decision 0, advice 0, "
                        + "week 16 no-plan notice 0, week 20 final plan 0",
                "The register: https://sendclock.test/oversight");
    }

    @Test
    void aBackdatedRequestSendsNoEmailForItsPassedClocks() throws Exception {
        LocalDate longAgo = TODAY.minusWeeks(30);
        String backdated = register(longAgo, CASEWORKER);
        post("/api/cases/" + backdated + "/decision",
                "{\"decision\":\"ASSESS\",\"decisionDate\":\"" + longAgo.plusWeeks(5) + "\"}");
        post("/api/cases/" + backdated + "/advice-requests",
                "{\"adviceType\":\"HEALTH\",\"requestedDate\":\"" + longAgo.plusWeeks(5) + "\"}");
        String live = register(TODAY.minusWeeks(5), null);
        executeEveryDueTimer();

        assertThat(breaches(backdated)).contains("ADVICE", "NO_PLAN_NOTICE", "FINAL_PLAN");
        assertThat(escalations(backdated)).contains("ADVICE_OVERDUE");

        // The live request's week 6 passes a week later: that breach is e-mailed, and it is the only e-mail.
        EngineTime.setTo(TODAY.plusWeeks(1).plusDays(1), LocalTime.of(0, 30));
        executeEveryDueTimer();

        List<MimeMessage> mail = awaitMail(1);
        assertThat(mail).extracting(QuietImportMailIT::subject)
                .containsExactly("Week 6 decision breached: " + live);
        assertThat(recipients(mail.get(0))).containsExactly(UPLANDS_MANAGER);
    }

    @Test
    void aWarningGivenIsNotGivenAgainWhenAReimportRestartsTheCase() throws Exception {
        String ref = p + "w";
        refs.add(ref);
        Path dir = Files.createTempDirectory("quiet-import-");
        String header = "case_ref,request_date,child_given_name,team,caseworker\n";
        // Week 6 due 6 March 2026: at risk since 27 February, so its warning fires as the case arrives. Team
        // Westfield has no manager of this class's: its imports' summaries go to the default manager, not counted here.
        Path first = Files.writeString(dir.resolve("first.csv"), header
                + ref + ",2026-01-23,Amara,Westfield," + CASEWORKER + "\n");
        caseloadImport.run(new ImportFiles(first, null), false, new ImportProgress());
        executeEveryDueTimer();
        assertThat(warnings(ref)).isEqualTo(1);
        String process = cases.require(ref).getProcessInstanceId();

        // A corrected name restates the case: its process starts again at its step, its warning timer set again
        // for a moment already past. The caseworker has had that warning.
        Path corrected = Files.writeString(dir.resolve("corrected.csv"), header
                + ref + ",2026-01-23,Amarah,Westfield," + CASEWORKER + "\n");
        assertThat(caseloadImport.run(new ImportFiles(corrected, null), false, new ImportProgress()).requests()
                .updated()).isEqualTo(1);
        assertThat(cases.require(ref).getProcessInstanceId()).as("a new process").isNotEqualTo(process);
        executeEveryDueTimer();
        assertThat(warnings(ref)).as("once").isEqualTo(1);

        // A request date corrected by three days re-dates week 6 to 9 March, at risk from today: a warning for the
        // new date is news.
        Path redated = Files.writeString(dir.resolve("redated.csv"), header
                + ref + ",2026-01-26,Amarah,Westfield," + CASEWORKER + "\n");
        caseloadImport.run(new ImportFiles(redated, null), false, new ImportProgress());
        executeEveryDueTimer();
        assertThat(warnings(ref)).isEqualTo(2);
    }

    /** The case's at-risk warnings: on its timeline, each with its e-mail to the caseworker. */
    private int warnings(String caseRef) {
        int onTimeline = jdbc.queryForObject("select count(*) from timeline_event t join assessment_case c"
                + " on c.id = t.case_id where c.case_ref = ? and t.kind = 'AT_RISK'", Integer.class, caseRef);
        int mailed = jdbc.queryForObject("select count(*) from mail_outbox where subject = ?", Integer.class,
                "Week 6 decision at risk: " + caseRef);
        assertThat(mailed).as("an e-mail for each warning").isEqualTo(onTimeline);
        return onTimeline;
    }

    // --- helpers

    private String register(LocalDate requestDate, String caseworker) throws Exception {
        ResponseEntity<String> created = post("/api/cases", "{\"requestDate\":\"" + requestDate
                + "\",\"source\":\"PARENT\",\"team\":\"Uplands\""
                + ",\"child\":{\"givenName\":\"Amara\",\"familyName\":\"Okafor\",\"dateOfBirth\":\"2018-05-14\"}}");
        String caseRef = created.getHeaders().getLocation().getPath().replace("/api/cases/", "");
        if (caseworker != null) {
            // mailroom-caseworker has no account, only an address: on the case as an import would leave the name (a
            // page or the API gives cases only to someone who can sign in).
            jdbc.update("update assessment_case set caseworker = ? where case_ref = ?", caseworker, caseRef);
        }
        refs.add(caseRef);
        return caseRef;
    }

    private ResponseEntity<String> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.withBasicAuth("caseworker", "demo")
                .postForEntity(path, new HttpEntity<>(json, headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " " + response.getBody()).isTrue();
        return response;
    }

    /**
     * Executes every due timer of this test's cases, as the job executor would, until none is left: a fired breach
     * can make the next timer due (the chase after an advice breach).
     */
    private void executeEveryDueTimer() {
        for (int round = 0; round < 10; round++) {
            List<Job> due = new ArrayList<>();
            for (String caseRef : refs) {
                String instance = cases.require(caseRef).getProcessInstanceId();
                if (instance != null) {
                    due.addAll(management.createJobQuery().processInstanceId(instance).executable().list());
                }
            }
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("timers kept coming due");
    }

    private List<String> breaches(String caseRef) {
        return jdbc.queryForList("select b.deadline from breach b join assessment_case c on c.id = b.case_id "
                + "where c.case_ref = ? and b.voided_at is null", String.class, caseRef);
    }

    private List<String> escalations(String caseRef) {
        return jdbc.queryForList("select e.kind from escalation e join assessment_case c on c.id = e.case_id "
                + "where c.case_ref = ?", String.class, caseRef);
    }

    /**
     * This test's e-mails (to its managers or about its cases) once at least {@code count} have come. The e-mails that
     * must not come would have been published before the last ones awaited, and the outbox sends in order.
     */
    private List<MimeMessage> awaitMail(int count) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        List<MimeMessage> mine;
        int seen = SMTP.getReceivedMessages().length;
        do {
            SMTP.waitForIncomingEmail(Math.max(1, deadline - System.currentTimeMillis()), ++seen);
            mine = Arrays.stream(SMTP.getReceivedMessages()).filter(this::isMine).collect(Collectors.toList());
        } while (mine.size() < count && System.currentTimeMillis() < deadline);
        return mine;
    }

    private boolean isMine(MimeMessage m) {
        List<String> to = recipients(m);
        return refs.stream().anyMatch(subject(m)::endsWith) || to.contains(ARRIVALS_MANAGER)
                || to.contains(UPLANDS_MANAGER);
    }

    private static List<String> subjectsTo(List<MimeMessage> mail, String address) {
        return mail.stream().filter(m -> recipients(m).contains(address)).map(QuietImportMailIT::subject).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
