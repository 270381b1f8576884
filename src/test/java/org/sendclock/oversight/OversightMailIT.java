package org.sendclock.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.sendclock.advice.AdviceService;
import org.sendclock.advice.AdviceType;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.Commands.ChildDetails;
import org.sendclock.assessment.Commands.DecideWhetherToAssess;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.RequestSource;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * E-mails through a real SMTP server (GreenMail on the port application-test.yml gives spring.mail): the manager on
 * a breach, the caseworker on a reminder or warning, the weekly digest. Teams "Mailroom" and "Digest" are this
 * class's own, with their managers' and the caseworker's addresses in application-test.yml.
 */
@IntegrationTest
class OversightMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(43025, null, ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    static final String TEAM = "Mailroom";
    static final String MANAGER = "mailroom-manager@sendclock.test";
    /** The digest's own team and manager, so that the other tests' cases stay out of it. */
    static final String DIGEST_TEAM = "Digest";
    static final String DIGEST_MANAGER = "digest-manager@sendclock.test";
    static final String CASEWORKER = "mailroom-caseworker@sendclock.test";
    /** The team of the digest's reviews, and its manager. */
    static final String REVIEW_TEAM = "Reviewing";
    static final String REVIEW_MANAGER = "reviewing-manager@sendclock.test";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired AssessmentService assessments;
    @Autowired JdbcTemplate jdbc;
    @Autowired AdviceService advice;
    @Autowired CaseRepository cases;
    @Autowired ManagementService management;
    @Autowired BreachRepository breaches;
    @Autowired WeeklyDigest digest;
    @Autowired EscalationRepository escalations;
    @Autowired TaskService taskService;
    @Autowired TestRestTemplate http;

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
    void passingADueDateRecordsOneBreachEmailsTheTeamsManagerOnceAndRaisesOneEscalation() throws Exception {
        AssessmentCase assessment = register(LocalDate.of(2026, 2, 16));
        String ref = assessment.getCaseRef();

        // The week 6 decision was due on 30 March; its clock passes as that day ends.
        EngineTime.setTo(LocalDateTime.of(2026, 3, 31, 0, 0));
        executeDueJobs(assessment);
        executeDueJobs(assessment);

        assertThat(breaches.findByCaseIdOrderByDetectedAtAscIdAsc(assessment.getId())).hasSize(1);
        List<MimeMessage> mail = awaitMailAbout(ref, 1);
        assertThat(mail).hasSize(1);
        MimeMessage message = mail.get(0);
        assertThat(recipients(message)).containsExactly(MANAGER);
        assertThat(message.getSubject()).isEqualTo("Week 6 decision breached: " + ref);
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("Week 6 decision breached: was due 30 March 2026", "Caseworker: mailroom-caseworker",
                "https://sendclock.test/cases/" + ref);
        assertThat(message.getSubject() + body).doesNotContain("Okafor", "Amara");

        // ... and one escalation task for the managers, which only a manager can acknowledge, with a note, once.
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ref)
                .taskDefinitionKey("AcknowledgeEscalation").taskCandidateGroup("manager").count()).isOne();
        long id = escalations.findByCaseIdOrderByIdAsc(assessment.getId()).get(0).getId();
        String path = "/api/cases/" + ref + "/escalations/" + id + "/acknowledgement";
        assertThat(acknowledge("caseworker", path, "{\"note\":\"seen\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(acknowledge("manager", path, "{\"note\":\" \"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> done = acknowledge("manager", path, "{\"note\":\"Decision booked for 2 April\"}");
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(done.getBody()).contains("\"acknowledgedBy\":\"manager\"", "Decision booked for 2 April");
        assertThat(acknowledge("manager", path, "{\"note\":\"again\"}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ref)
                .taskDefinitionKey("AcknowledgeEscalation").count()).isZero();
    }

    private ResponseEntity<String> acknowledge(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(json, headers), String.class);
    }

    @Test
    void anAdviceReminderEmailsTheCaseworker() throws Exception {
        AssessmentCase assessment = register(LocalDate.of(2026, 2, 16));
        String ref = assessment.getCaseRef();
        assessments.decideWhetherToAssess(ref, new DecideWhetherToAssess(Decision.ASSESS, TODAY, null, null, null));
        advice.request(ref, new RequestAdvice(AdviceType.HEALTH, "Northshire ICB", TODAY));

        // Advice due 13 April; reminder a week ahead at 07:00.
        EngineTime.setTo(LocalDateTime.of(2026, 4, 6, 7, 0));
        executeJob(assessment, "AdviceReminderDue");

        MimeMessage message = awaitMailAbout(ref, 1).get(0);
        assertThat(recipients(message)).containsExactly(CASEWORKER);
        assertThat(message.getSubject()).isEqualTo("Advice due soon: " + ref);
        assertThat(GreenMailUtil.getBody(message)).contains(
                "Reminder: health advice (Northshire ICB) is due on 13 April 2026",
                "https://sendclock.test/cases/" + ref);
    }

    @Test
    void anAtRiskWarningEmailsTheCaseworker() throws Exception {
        AssessmentCase assessment = register(LocalDate.of(2026, 2, 16));
        String ref = assessment.getCaseRef();

        EngineTime.setTo(LocalDateTime.of(2026, 3, 23, 7, 0));
        executeJob(assessment, "DecisionAtRisk");

        MimeMessage message = awaitMailAbout(ref, 1).get(0);
        assertThat(recipients(message)).containsExactly(CASEWORKER);
        assertThat(message.getSubject()).isEqualTo("Week 6 decision at risk: " + ref);
        assertThat(GreenMailUtil.getBody(message)).contains("due 30 March 2026, 7 days left");
    }

    @Test
    void theWeeklyDigestListsEachManagersBreachesAndCasesAtRisk() throws Exception {
        // On Monday 1 June 2026: decision due 18 May, 14 days late; decision due today, at risk.
        EngineTime.setTo(LocalDate.of(2026, 6, 1), LocalTime.of(7, 0));
        String late = register(LocalDate.of(2026, 4, 6), DIGEST_TEAM).getCaseRef();
        String close = register(LocalDate.of(2026, 4, 20), DIGEST_TEAM).getCaseRef();

        List<Notification> digests = digest.compose();
        Notification mine = digests.stream().filter(n -> n.to().equals(DIGEST_MANAGER)).findFirst().orElseThrow();
        assertThat(mine.subject()).isEqualTo("Weekly digest: 1 breach, 1 at risk");
        assertThat(mine.body()).contains(
                "Weekly digest for 1 June 2026 (teams Digest).",
                "Breaches (1):\n- " + late + ": Week 6 decision, due 18 May 2026, 14 days late, caseworker mailroom-caseworker\n"
                        + "  https://sendclock.test/cases/" + late,
                "At risk (1):\n- " + close + ": Week 6 decision, due 1 June 2026, 0 days left, caseworker mailroom-caseworker",
                "The register: https://sendclock.test/oversight");
        assertThat(mine.body()).doesNotContain("Okafor");
        // The default manager's digest covers every other team, never Mailroom's cases.
        Notification others = digests.stream().filter(n -> n.to().equals("manager@sendclock.test")).findFirst()
                .orElseThrow();
        assertThat(others.body()).doesNotContain(late, close);

        digest.send();
        List<MimeMessage> sent = awaitMail(m -> recipients(m).contains(DIGEST_MANAGER), 1);
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Weekly digest: 1 breach, 1 at risk");
            assertThat(GreenMailUtil.getBody(m)).contains(late, close);
        });
    }

    @Test
    void aBreachVoidedByADecisionRecordedLateButMadeOnTimeLeavesTheDigestAndClosesItsEscalation() {
        // Requested 6 April 2026: week 6 due 18 May. Nothing recorded by then, so the breach fires.
        EngineTime.setTo(LocalDate.of(2026, 4, 6), LocalTime.of(9, 0));
        AssessmentCase assessment = register(LocalDate.of(2026, 4, 6), DIGEST_TEAM);
        String ref = assessment.getCaseRef();
        EngineTime.setTo(LocalDate.of(2026, 6, 1), LocalTime.of(7, 0));
        executeDueJobs(assessment);
        executeDueJobs(assessment);
        assertThat(breaches.findByCaseIdOrderByDetectedAtAscIdAsc(assessment.getId())).hasSize(1);
        assertThat(escalations.findByCaseIdOrderByIdAsc(assessment.getId())).singleElement()
                .satisfies(e -> assertThat(e.isOpen()).isTrue());
        assertThat(digestFor(DIGEST_MANAGER).body()).contains("- " + ref + ": Week 6 decision, due 18 May 2026");

        // The caseworker types in a decision made, and sent to the family, on 15 May.
        assessments.decideWhetherToAssess(ref, new DecideWhetherToAssess(Decision.ASSESS, LocalDate.of(2026, 5, 15),
                null, null, LocalDate.of(2026, 5, 15)));

        assertThat(breaches.findByCaseIdOrderByDetectedAtAscIdAsc(assessment.getId())).singleElement()
                .satisfies(b -> assertThat(b.getVoidedAt()).isNotNull());
        assertThat(escalations.findByCaseIdOrderByIdAsc(assessment.getId())).singleElement()
                .satisfies(e -> assertThat(e.isOpen()).isFalse());
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ref)
                .taskDefinitionKey("AcknowledgeEscalation").count()).isZero();
        assertThat(digestFor(DIGEST_MANAGER).body()).as("met on time: no breach, not at risk").doesNotContain(ref);
    }

    @Test
    void theWeeklyDigestCountsTheManagersReviewsAndNamesTheLongestOverdueFirst() throws Exception {
        // On Monday 2 March 2026 (eight weeks on: 27 April): reviews due 20 and 27 February, 1 April and 1 May.
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String file = "case_ref,child_given_name,child_family_name,child_date_of_birth,upn,plan_start_date,"
                + "setting_urn,sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason,team,caseworker\n"
                + "RD" + tag + "-1,Amara,Okafor,2016-10-01,,2025-02-20,100001,,,,,," + REVIEW_TEAM + ",mailroom-caseworker\n"
                + "RD" + tag + "-2,Amara,Okafor,2016-10-01,,2025-02-27,100001,,,,,," + REVIEW_TEAM + ",mailroom-caseworker\n"
                + "RD" + tag + "-3,Amara,Okafor,2016-10-01,,2025-04-01,100001,,,,,," + REVIEW_TEAM + ",mailroom-caseworker\n"
                + "RD" + tag + "-4,Amara,Okafor,2016-10-01,,2025-05-01,100001,,,,,," + REVIEW_TEAM + ",\n";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        assertThat(http.withBasicAuth("admin", "demo").postForEntity("/api/imports/plans",
                new HttpEntity<>(file, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        Notification mine = digestFor(REVIEW_MANAGER);
        assertThat(mine.subject()).isEqualTo("Weekly digest: 0 breaches, 0 at risk, 2 reviews overdue");
        assertThat(mine.body()).as("reviews are counted in their own part, not listed as breaches").contains(
                "Breaches (0):\nnone\n",
                "Reviews: 2 overdue, 1 due in the next 8 weeks.\nLongest overdue:\n"
                        + "- RD" + tag + "-1: Annual review (review 1), due 20 February 2026, 10 days late,"
                        + " caseworker mailroom-caseworker\n  https://sendclock.test/cases/RD" + tag + "-1\n"
                        + "- RD" + tag + "-2: Annual review (review 1), due 27 February 2026, 3 days late,"
                        + " caseworker mailroom-caseworker\n  https://sendclock.test/cases/RD" + tag + "-2\n"
                        + "The reviews register: https://sendclock.test/oversight/reviews\n")
                .doesNotContain("Okafor", "RD" + tag + "-3", "RD" + tag + "-4");
        assertThat(digestFor(DIGEST_MANAGER).body()).as("another manager's teams: none of these")
                .contains("Reviews: 0 overdue, 0 due in the next 8 weeks.\nThe reviews register:")
                .doesNotContain("RD" + tag);

        // Another test of this run may have sent the digest in the last half hour: its lock would stop this one. The
        // row is expired rather than deleted, as the lock provider remembers the rows it has seen and only updates them.
        jdbc.update("update shedlock set lock_until = ? where name = ?",
                java.sql.Timestamp.valueOf("2000-01-01 00:00:00"), WeeklyDigest.LOCK);
        assertThat(digest.send()).isTrue();
        assertThat(awaitMail(m -> recipients(m).contains(REVIEW_MANAGER), 1)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Weekly digest: 0 breaches, 0 at risk, 2 reviews overdue");
            assertThat(GreenMailUtil.getBody(m)).contains("Reviews: 2 overdue, 1 due in the next 8 weeks.");
        });
    }

    private Notification digestFor(String manager) {
        return digest.compose().stream().filter(n -> n.to().equals(manager)).findFirst().orElseThrow();
    }

    private AssessmentCase register(LocalDate requestDate) {
        return register(requestDate, TEAM);
    }

    private AssessmentCase register(LocalDate requestDate, String team) {
        String ref = assessments.register(new RegisterRequest(requestDate, RequestSource.PARENT,
                new ChildDetails("Amara", "Okafor", LocalDate.of(2018, 5, 14), null, null), null, team)).getCaseRef();
        // mailroom-caseworker has no account, only an address: on the case as an import would leave the name (a
        // page or the API gives cases only to someone who can sign in).
        jdbc.update("update assessment_case set caseworker = 'mailroom-caseworker' where case_ref = ?", ref);
        return cases.require(ref);
    }

    private void executeDueJobs(AssessmentCase assessment) {
        for (Job job : management.createJobQuery().processInstanceId(processOf(assessment)).executable().list()) {
            management.executeJob(job.getId());
        }
    }

    private void executeJob(AssessmentCase assessment, String activityId) {
        List<Job> due = management.createJobQuery().processInstanceId(processOf(assessment)).activityId(activityId)
                .executable().list();
        assertThat(due).as("due timer %s", activityId).hasSize(1);
        management.executeJob(due.get(0).getId());
    }

    private String processOf(AssessmentCase assessment) {
        return cases.findById(assessment.getId()).orElseThrow().getProcessInstanceId();
    }

    /** Waits (on GreenMail, never a sleep) until {@code count} messages about the case have arrived. */
    private List<MimeMessage> awaitMailAbout(String ref, int count) throws Exception {
        return awaitMail(m -> m.getSubject().endsWith(": " + ref), count);
    }

    interface MailTest {
        boolean test(MimeMessage message) throws Exception;
    }

    /**
     * Waits (on GreenMail, never a sleep) until {@code count} matching messages have arrived; other tests' e-mails,
     * retried late, may arrive too and are ignored.
     */
    private List<MimeMessage> awaitMail(MailTest matching, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        List<MimeMessage> found;
        int seen = SMTP.getReceivedMessages().length;
        do {
            SMTP.waitForIncomingEmail(Math.max(1, deadline - System.currentTimeMillis()), ++seen);
            found = new java.util.ArrayList<>();
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                if (matching.test(m)) {
                    found.add(m);
                }
            }
        } while (found.size() < count && System.currentTimeMillis() < deadline);
        return found;
    }

    private static List<String> recipients(MimeMessage message) throws Exception {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }
}
