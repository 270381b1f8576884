package org.sendclock.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sendclock.advice.AdviceCommands.ExcuseAdvice;
import org.sendclock.advice.AdviceCommands.MarkNotSought;
import org.sendclock.advice.AdviceCommands.ReceiveAdvice;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.sendclock.advice.AdviceExceptionReason;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceService;
import org.sendclock.advice.AdviceType;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.Commands.*;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.ExceptionReason;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.RequestSource;
import org.sendclock.reassessment.Reassessment;
import org.sendclock.reassessment.ReassessmentCommands;
import org.sendclock.reassessment.ReassessmentService;
import org.sendclock.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.sendclock.importer.ImportProgress;
import org.sendclock.importer.PlansImport;
import org.sendclock.importer.ReviewsImport;
import org.springframework.stereotype.Component;

/**
 * A handful of cases at different stages, so a newcomer sees something at once. Created through the same commands a
 * caseworker uses, dated relative to the first start, and only into an empty database. Clocks already passed fire
 * as soon as the job executor picks them up, so breaches appear within seconds.
 */
@Component
@ConditionalOnProperty(name = "sendclock.demo.enabled", havingValue = "true")
public class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final CaseRepository cases;
    private final AssessmentService assessments;
    private final AdviceService advice;
    private final Clock clock;
    private final PlansImport plans;
    private final ReviewsImport reviews;
    private final ReassessmentService reassessments;

    public DemoCases(CaseRepository cases, AssessmentService assessments, AdviceService advice, Clock clock,
                     PlansImport plans, ReviewsImport reviews, ReassessmentService reassessments) {
        this.reassessments = reassessments;
        this.plans = plans;
        this.reviews = reviews;
        this.cases = cases;
        this.assessments = assessments;
        this.advice = advice;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnce() {
        if (cases.count() > 0) {
            return;
        }
        // The timeline records who did each step: the demo caseworker, and the manager who agrees an exception.
        signIn("caseworker", Role.CASEWORKER);
        try {
            seed(LocalDate.now(clock));
            reassessments(LocalDate.now(clock));
            log.info("Demo data: {} cases created. Log in as caseworker, manager, analyst or admin (password demo).",
                    cases.count());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Birth dates are ages, so the children are the same age (the young person in Year 9 or above) whenever run. */
    public List<String> seed(LocalDate today) {
        // Just in: the decision is six weeks away.
        String justIn = register("Oliver", "Bennett", today.minusYears(7).minusDays(50), today.minusDays(3), RequestSource.PARENT,
                "caseworker", null);

        // The week 6 decision is due in three days: "at risk".
        String atRisk = register("Priya", "Shah", today.minusYears(9).minusDays(120), today.minusDays(39), RequestSource.SCHOOL,
                "caseworker", "Meadow Lane Primary");

        // Assessing: education advice is in, health and educational psychology are overdue (breaches, chase tasks).
        String advising = register("Jack", "Morrison", today.minusYears(11).minusDays(200), today.minusWeeks(12),
                RequestSource.PARENT, "caseworker", "Northfield Academy");
        assessments.decideWhetherToAssess(advising, assess(today.minusWeeks(10)));
        LocalDate asked = today.minusWeeks(9).minusDays(5);
        AdviceRequest education = advice.request(advising, new RequestAdvice(AdviceType.EDUCATION, "Northfield Academy", asked));
        advice.request(advising, new RequestAdvice(AdviceType.HEALTH, "Northshire ICB", asked));
        advice.request(advising, new RequestAdvice(AdviceType.EDUCATIONAL_PSYCHOLOGY, "County EP Service", asked));
        advice.receive(advising, education.getId(), new ReceiveAdvice(today.minusWeeks(1)));

        // A draft plan is with the parent; their 15 days are running. The plan decision weighed the advice reg 6(1)
        // requires: four received or excused, social care not sought (advice from March already covers it).
        String drafting = register("Sophie", "Turner", today.minusYears(15).minusDays(30), today.minusWeeks(15),
                RequestSource.YOUNG_PERSON, "caseworker2", "Riverside College");
        assessments.decideWhetherToAssess(drafting, assess(today.minusWeeks(10)));
        LocalDate draftingAsked = today.minusWeeks(10);
        AdviceRequest youngPerson = advice.request(drafting, new RequestAdvice(AdviceType.PARENT, null, draftingAsked));
        AdviceRequest college = advice.request(drafting,
                new RequestAdvice(AdviceType.EDUCATION, "Riverside College", draftingAsked));
        AdviceRequest draftingHealth = advice.request(drafting,
                new RequestAdvice(AdviceType.HEALTH, "Northshire ICB", draftingAsked));
        AdviceRequest draftingEp = advice.request(drafting,
                new RequestAdvice(AdviceType.EDUCATIONAL_PSYCHOLOGY, "County EP Service", draftingAsked));
        AdviceRequest pfa = advice.request(drafting,
                new RequestAdvice(AdviceType.PREPARING_FOR_ADULTHOOD, "Riverside College", draftingAsked));
        advice.markNotSought(drafting, new MarkNotSought(AdviceType.SOCIAL_CARE, "Social care assessed Sophie in "
                + "March; the young person and her social worker agree that advice is sufficient (reg 6(4))"));
        advice.receive(drafting, youngPerson.getId(), new ReceiveAdvice(today.minusWeeks(9)));
        advice.receive(drafting, college.getId(), new ReceiveAdvice(today.minusWeeks(6)));
        advice.receive(drafting, draftingHealth.getId(), new ReceiveAdvice(today.minusWeeks(5)));
        advice.excuse(drafting, draftingEp.getId(), new ExcuseAdvice(AdviceExceptionReason.MISSED_APPOINTMENT,
                "Sophie missed the assessment appointment twice", today.minusWeeks(4), today.minusWeeks(5)));
        advice.receive(drafting, pfa.getId(), new ReceiveAdvice(today.minusWeeks(5)));
        assessments.decideWhetherToIssuePlan(drafting, new DecideWhetherToIssuePlan(PlanDecision.ISSUE_PLAN,
                today.minusWeeks(3), null));
        assessments.serveDraft(drafting, new ServeDraft(today.minusDays(5)));

        // Issued on time at week 19, with all the advice reg 6(1) requires.
        String issued = register("Noah", "Williams", today.minusYears(10).minusDays(300), today.minusWeeks(25),
                RequestSource.PARENT, "caseworker", "St Anne's CE Primary");
        assessments.decideWhetherToAssess(issued, assess(today.minusWeeks(20)));
        LocalDate issuedAsked = today.minusWeeks(20);
        List<AdviceRequest> issuedAdvice = List.of(
                advice.request(issued, new RequestAdvice(AdviceType.PARENT, null, issuedAsked)),
                advice.request(issued, new RequestAdvice(AdviceType.EDUCATION, "St Anne's CE Primary", issuedAsked)),
                advice.request(issued, new RequestAdvice(AdviceType.HEALTH, "Northshire ICB", issuedAsked)),
                advice.request(issued, new RequestAdvice(AdviceType.EDUCATIONAL_PSYCHOLOGY, "County EP Service",
                        issuedAsked)),
                advice.request(issued, new RequestAdvice(AdviceType.SOCIAL_CARE, "Children's Services", issuedAsked)));
        for (int i = 0; i < issuedAdvice.size(); i++) {
            advice.receive(issued, issuedAdvice.get(i).getId(), new ReceiveAdvice(today.minusWeeks(17).plusDays(i * 4L)));
        }
        assessments.decideWhetherToIssuePlan(issued, new DecideWhetherToIssuePlan(PlanDecision.ISSUE_PLAN,
                today.minusWeeks(14), null));
        assessments.serveDraft(issued, new ServeDraft(today.minusWeeks(13)));
        assessments.recordParentResponse(issued, new ParentResponse(today.minusWeeks(12), "St Anne's CE Primary", true));
        assessments.recordSchoolConsultation(issued, new SchoolConsultation("St Anne's CE Primary", today.minusWeeks(11)));
        assessments.issueFinalPlan(issued, new IssueFinalPlan(today.minusWeeks(6)));

        // Refused at week 5, with appeal and mediation rights sent the same day.
        String refused = register("Ella", "Hughes", today.minusYears(8).minusDays(70), today.minusWeeks(8),
                RequestSource.SCHOOL, "caseworker2", "Hillside Infant School");
        assessments.decideWhetherToAssess(refused, new DecideWhetherToAssess(Decision.REFUSE, today.minusWeeks(3),
                "Needs can be met from the school's SEN support", today.minusWeeks(3), null));

        // Entered late: received 21 weeks ago and never decided. Week 6 and week 20 breaches show at once.
        String late = register("Leo", "Ahmed", today.minusYears(12).minusDays(160), today.minusWeeks(21),
                RequestSource.OTHER, "caseworker", null);
        long exception = assessments.recordException(late, new RecordException(
                ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, today.minusWeeks(18), today.minusWeeks(12),
                "Family in temporary accommodation out of county")).getId();
        // Four-eyes: the caseworker recorded it; it counts once the manager agrees it.
        asManager(() -> assessments.agreeException(late, exception));

        List<String> refs = new java.util.ArrayList<>(List.of(justIn, atRisk, advising, drafting, issued, refused,
                late));
        refs.addAll(broughtInPlans(today));
        return refs;
    }

    /**
     * Two re-assessments of the brought-in plans: Grace's, asked for by her school five weeks ago and decided on within
     * a week, at its advice (health advice in, educational psychology awaited); and one of Leo's, asked for by his
     * parent last year and concluded with the amended plan in 12 weeks. Apart from {@link #seed}, as re-assessments
     * are neither exported nor imported yet (ADR 27): the caseload round trip seeds the rest.
     */
    public void reassessments(LocalDate today) {
        reassessments.request("DEMO-P3", new ReassessmentCommands.Request(today.minusWeeks(5),
                Reassessment.RequestedBy.SCHOOL));
        reassessments.decide("DEMO-P3", 1, new ReassessmentCommands.Decide(Reassessment.Decision.REASSESS,
                today.minusWeeks(4)));
        reassessments.requestAdvice("DEMO-P3", 1, new RequestAdvice(AdviceType.EDUCATIONAL_PSYCHOLOGY,
                "County EP Service", today.minusWeeks(4)));
        AdviceRequest health = reassessments.requestAdvice("DEMO-P3", 1, new RequestAdvice(AdviceType.HEALTH,
                "Northshire ICB", today.minusWeeks(4)));
        advice.receive("DEMO-P3", health.getId(), new ReceiveAdvice(today.minusWeeks(1)));

        LocalDate asked = today.minusWeeks(30);
        reassessments.request("DEMO-P4", new ReassessmentCommands.Request(asked, Reassessment.RequestedBy.PARENT));
        reassessments.decide("DEMO-P4", 1, new ReassessmentCommands.Decide(Reassessment.Decision.REASSESS,
                asked.plusDays(10)));
        AdviceRequest psychology = reassessments.requestAdvice("DEMO-P4", 1, new RequestAdvice(
                AdviceType.EDUCATIONAL_PSYCHOLOGY, "County EP Service", asked.plusDays(10)));
        advice.receive("DEMO-P4", psychology.getId(), new ReceiveAdvice(asked.plusWeeks(6)));
        reassessments.conclude("DEMO-P4", 1, new ReassessmentCommands.Conclude(Reassessment.Outcome.AMENDED,
                asked.plusWeeks(12)));
    }

    /**
     * Plans the council maintained before it used SEND Clock, brought in as plans.csv and reviews.csv are: a child in
     * Year 6 whose phase-transfer review meeting has been held (report and decision running, the 15 February transfer
     * ahead), a young person in Year 11 transferred in, whose review meeting is arranged, a plan whose review is
     * overdue, and one with two years of reviews behind it (maintained, then amended) whose third is due within weeks.
     */
    private List<String> broughtInPlans(LocalDate today) {
        int schoolYearStarted = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        // A child in national curriculum year N was born in the school year that started 5 + N years before this one.
        LocalDate yearSix = LocalDate.of(schoolYearStarted - 11, 9, 1).plusDays(140);
        LocalDate yearEleven = LocalDate.of(schoolYearStarted - 16, 9, 1).plusDays(60);
        LocalDate yearNine = LocalDate.of(schoolYearStarted - 14, 9, 1).plusDays(250);
        LocalDate yearFour = LocalDate.of(schoolYearStarted - 9, 9, 1).plusDays(30);
        LocalDate longStart = today.minusMonths(34);
        LocalDate firstMeeting = longStart.plusMonths(11);
        LocalDate firstDecision = firstMeeting.plusDays(20);
        LocalDate secondMeeting = firstDecision.plusMonths(11);
        LocalDate secondDecision = secondMeeting.plusDays(21);
        String csv = "case_ref,child_given_name,child_family_name,child_date_of_birth,plan_start_date,setting_urn,"
                + "sen_setting,sen_need,transferred_in_date,team,caseworker\n"
                + "DEMO-P1,Amira,Khan," + yearSix + "," + today.minusMonths(5) + ",100001,,SLCN;ASD,,North,caseworker\n"
                + "DEMO-P2,Tom,Price," + yearEleven + "," + today.minusMonths(11) + ",,OLA,SEMH,"
                + today.minusMonths(7) + ",North,caseworker\n"
                + "DEMO-P3,Grace,Okafor," + yearNine + "," + today.minusMonths(14) + ",10012345,,PD;MSI,,North,"
                + "caseworker2\n"
                + "DEMO-P4,Leo,Brown," + yearFour + "," + longStart + ",100002,,MLD,,North,caseworker\n";
        String reviewHistory = "case_ref,meeting_date,decision,decision_date,amendments_proposed_date,amended_plan_date,"
                + "phase_transfer\n"
                + "DEMO-P1," + today.minusDays(10) + ",,,,,Y\n"
                + "DEMO-P2," + today.plusDays(20) + ",,,,,\n"
                + "DEMO-P4," + firstMeeting + ",MAINTAIN," + firstDecision + ",,,\n"
                + "DEMO-P4," + secondMeeting + ",AMEND," + secondDecision + ",," + secondDecision.plusDays(50) + ",\n";
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("sendclock-demo-plans-", ".csv");
            try {
                java.nio.file.Files.writeString(file, csv);
                plans.run(file, false, new ImportProgress());
                java.nio.file.Files.writeString(file, reviewHistory);
                reviews.run(file, false, new ImportProgress());
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.of("DEMO-P1", "DEMO-P2", "DEMO-P3", "DEMO-P4");
    }

    private static void signIn(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    /** The demo manager does one thing, then whoever was signed in carries on. */
    private static void asManager(Runnable step) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        signIn("manager", Role.MANAGER);
        try {
            step.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private String register(String givenName, String familyName, LocalDate dateOfBirth, LocalDate requestDate,
                            RequestSource source, String caseworker, String setting) {
        return assessments.register(new RegisterRequest(requestDate, source,
                new ChildDetails(givenName, familyName, dateOfBirth, null, setting), caseworker, "North")).getCaseRef();
    }

    private static DecideWhetherToAssess assess(LocalDate date) {
        return new DecideWhetherToAssess(Decision.ASSESS, date, null, null, null);
    }
}
