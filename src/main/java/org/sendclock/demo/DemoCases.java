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
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.plan.CeaseReason;
import org.sendclock.plan.PlanCommands;
import org.sendclock.plan.PlanService;
import org.sendclock.review.ReviewAdvice;
import org.sendclock.review.ReviewCommands.*;
import org.sendclock.review.ReviewService;

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
    private final ReviewService reviewSteps;
    private final ReviewAdvice reviewAdvice;
    private final PlanService planService;
    private final ReassessmentService reassessments;

    public DemoCases(CaseRepository cases, AssessmentService assessments, AdviceService advice, Clock clock,
                     PlansImport plans, ReviewsImport reviews, ReviewService reviewSteps, ReviewAdvice reviewAdvice,
                     PlanService planService, ReassessmentService reassessments) {
        this.reviewSteps = reviewSteps;
        this.reviewAdvice = reviewAdvice;
        this.planService = planService;
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
        refs.addAll(plansAtEveryReviewStep(today));
        refs.addAll(transferCohorts(today));
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
                + "sen_setting,sen_need,transferred_in_date,team,caseworker,child_sex,child_ethnicity,child_postcode,"
                + "placement_rank,sen_unit,resourced_provision,organised_arrangements,direct_payments\n"
                + "DEMO-P1,Amira,Khan," + yearSix + "," + today.minusMonths(5) + ",100001,,SLCN;ASD,,North,caseworker,"
                + "F,APKN,LS4 2QA,1,N,Y,,\n"
                + "DEMO-P2,Tom,Price," + yearEleven + "," + today.minusMonths(11) + ",,OLA,SEMH,"
                + today.minusMonths(7) + ",North,caseworker,M,WBRI,LS10 1LN,,,,Y,N\n"
                + "DEMO-P3,Grace,Okafor," + yearNine + "," + today.minusMonths(14) + ",10012345,,PD;MSI,,North,"
                + "caseworker2,F,BAFR,LS2 7EW,1,N,N,,\n"
                + "DEMO-P4,Leo,Brown," + yearFour + "," + longStart + ",100002,,MLD,,North,caseworker,M,MWAS,"
                + "LS13 4EN,1,Y,N,,\n";
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

    /**
     * A plan at each step of a review cycle the plans above do not show, taken there through the review commands a
     * caseworker uses: arranging the meeting; invitations and advice out with health advice still awaited; the meeting
     * held and its report awaited; the report in and the decision due; amendments proposed and the family's 15 days
     * running; the amended plan issued; ceasing under consultation; consulted and to be ceased; ceased. The children
     * are in years that make no phase transfer this calendar year, so the cohorts below are counted alone.
     */
    private List<String> plansAtEveryReviewStep(LocalDate today) {
        int schoolYearStarted = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        java.util.function.IntFunction<LocalDate> bornInYear = year -> LocalDate.of(schoolYearStarted - 5 - year, 9, 1)
                .plusDays(45L * year);
        StringBuilder csv = new StringBuilder(PLAN_COLUMNS);
        Object[][] rows = {
                {"DEMO-R1", "Ruby", "Ellis", 4, today.minusMonths(10).minusDays(10), "F", "WBRI", "LS6 3HN"},
                {"DEMO-R2", "Adam", "Novak", 5, today.minusMonths(11), "M", "WOTH", "LS8 2QD"},
                {"DEMO-R3", "Hana", "Begum", 8, today.minusMonths(11).minusDays(15), "F", "ABAN", "LS9 6AB"},
                {"DEMO-R4", "Callum", "Reid", 9, today.minusMonths(11).minusDays(20), "M", "WBRI", "LS10 3PL"},
                {"DEMO-R5", "Maya", "Osei", 10, today.minusMonths(12).minusDays(5), "F", "BAFR", "LS11 8TT"},
                {"DEMO-R6", "Daniel", "Walsh", 4, today.minusMonths(13), "M", "WIRI", "LS12 1DF"},
                {"DEMO-R7", "Chloe", "Martin", 14, today.minusMonths(12), "F", "WBRI", "LS13 2RA"},
                {"DEMO-R8", "Ethan", "Clarke", 13, today.minusMonths(12).minusDays(20), "M", "MWBA", "LS14 5JD"},
                {"DEMO-R9", "Lily", "Hussain", 14, today.minusMonths(13), "F", "APKN", "LS15 7LT"}};
        for (Object[] r : rows) {
            csv.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append(',')
                    .append(bornInYear.apply((Integer) r[3])).append(',').append(r[4])
                    .append(",100003,,SLCN,,North,caseworker,").append(r[5]).append(',').append(r[6]).append(',')
                    .append(r[7]).append(",1,N,N,,\n");
        }
        bringIn(csv.toString(), null);

        // Invitations sent and what advice came in circulated; health advice is still awaited (on My work).
        reviewSteps.arrangeMeeting("DEMO-R2", 1, new ArrangeMeeting(today.plusDays(18), "Castle Hill Primary"));
        reviewAdvice.request("DEMO-R2", 1, new RequestAdvice(AdviceType.HEALTH, "Northshire ICB", today.minusDays(20)));
        AdviceRequest school = reviewAdvice.request("DEMO-R2", 1,
                new RequestAdvice(AdviceType.EDUCATION, "Castle Hill Primary", today.minusDays(20)));
        reviewAdvice.receive("DEMO-R2", 1, school.getId(), new ReceiveAdvice(today.minusDays(6)));
        reviewSteps.sendInvitations("DEMO-R2", 1, new SendInvitations(today.minusDays(5)));
        reviewSteps.circulateAdvice("DEMO-R2", 1, new CirculateAdvice(today.minusDays(4)));

        meetingHeld("DEMO-R3", today.minusDays(6));
        meetingHeld("DEMO-R4", today.minusDays(12));
        reviewSteps.receiveReport("DEMO-R4", 1, new ReceiveReport(today.minusDays(3)));

        meetingHeld("DEMO-R5", today.minusDays(20));
        reviewSteps.receiveReport("DEMO-R5", 1, new ReceiveReport(today.minusDays(15)));
        reviewSteps.decide("DEMO-R5", 1, new Decide(ReviewDecision.AMEND, today.minusDays(6), null, false));

        meetingHeld("DEMO-R6", today.minusDays(75));
        reviewSteps.receiveReport("DEMO-R6", 1, new ReceiveReport(today.minusDays(70)));
        reviewSteps.decide("DEMO-R6", 1, new Decide(ReviewDecision.AMEND, today.minusDays(60), null, false));
        reviewSteps.recordRepresentations("DEMO-R6", 1, new RecordRepresentations(today.minusDays(50)));
        reviewSteps.issueAmendedPlan("DEMO-R6", 1, new IssueAmendedPlan(today.minusDays(30)));

        // Decided today, so this month's review figures are never empty.
        meetingHeld("DEMO-R7", today.minusDays(14));
        reviewSteps.receiveReport("DEMO-R7", 1, new ReceiveReport(today.minusDays(10)));
        reviewSteps.decide("DEMO-R7", 1, new Decide(ReviewDecision.CEASE, today, null, false));

        meetingHeld("DEMO-R8", today.minusDays(40));
        reviewSteps.receiveReport("DEMO-R8", 1, new ReceiveReport(today.minusDays(35)));
        reviewSteps.decide("DEMO-R8", 1, new Decide(ReviewDecision.CEASE, today.minusDays(25), null, false));
        reviewSteps.consultOnCeasing("DEMO-R8", 1, new ConsultOnCeasing(today.minusDays(5)));

        meetingHeld("DEMO-R9", today.minusDays(60));
        reviewSteps.receiveReport("DEMO-R9", 1, new ReceiveReport(today.minusDays(55)));
        reviewSteps.decide("DEMO-R9", 1, new Decide(ReviewDecision.CEASE, today.minusDays(45), null, false));
        reviewSteps.consultOnCeasing("DEMO-R9", 1, new ConsultOnCeasing(today.minusDays(30)));
        planService.cease("DEMO-R9", new PlanCommands.CeasePlan(today.minusDays(20), CeaseReason.EMPLOYMENT.code()));
        return java.util.Arrays.stream(rows).map(r -> (String) r[0]).toList();
    }

    /** Arranged, invitations and advice out, and held on {@code held}, as the school ran it. */
    private void meetingHeld(String caseRef, LocalDate held) {
        reviewSteps.arrangeMeeting(caseRef, 1, new ArrangeMeeting(held, null));
        reviewSteps.sendInvitations(caseRef, 1, new SendInvitations(held.minusWeeks(3)));
        reviewSteps.circulateAdvice(caseRef, 1, new CirculateAdvice(held.minusWeeks(2)));
        reviewSteps.holdMeeting(caseRef, 1, new HoldMeeting(held));
    }

    /**
     * The Year 6 and Year 11 whose phase transfers fall due this calendar year (15 February and 31 March), the year
     * the performance page opens on: their transfer reviews held in the autumn before, brought in as reviews.csv is.
     * Of five Year 6, three amended plans were issued by the deadline and two are still to issue; of four Year 11, two
     * and two.
     */
    private List<String> transferCohorts(LocalDate today) {
        int year = today.getYear();
        LocalDate autumn = LocalDate.of(year - 1, 9, 1);
        StringBuilder csv = new StringBuilder(PLAN_COLUMNS);
        StringBuilder history = new StringBuilder(REVIEW_COLUMNS);
        List<String> refs = new java.util.ArrayList<>();
        String[][] children = {
                {"Isla", "Grant", "F", "WBRI"}, {"Musa", "Diallo", "M", "BAFR"}, {"Freya", "Lewis", "F", "WBRI"},
                {"Arjun", "Patel", "M", "AIND"}, {"Poppy", "Ward", "F", "MWBC"}, {"Kai", "Chen", "M", "CHNE"},
                {"Zainab", "Ali", "F", "APKN"}, {"Harvey", "Cook", "M", "WBRI"}, {"Nia", "Evans", "F", "WOTH"}};
        for (int i = 0; i < children.length; i++) {
            boolean yearSix = i < 5;
            int n = yearSix ? i : i - 5;
            String ref = (yearSix ? "DEMO-T6-" : "DEMO-T11-") + (n + 1);
            LocalDate born = (yearSix ? LocalDate.of(year - 12, 9, 1) : LocalDate.of(year - 17, 9, 1))
                    .plusDays(40L + n * 61L);
            LocalDate meeting = autumn.plusDays(20L + n * 5L);
            LocalDate decided = meeting.plusDays(14);
            boolean finalised = yearSix ? n < 3 : n < 2;
            csv.append(ref).append(',').append(children[i][0]).append(',').append(children[i][1]).append(',')
                    .append(born).append(',').append(meeting.minusMonths(11)).append(',')
                    .append(yearSix ? "100004" : "100005").append(",,").append(yearSix ? "SPLD" : "ASD")
                    .append(",,North,").append(i % 2 == 0 ? "caseworker" : "caseworker2").append(',')
                    .append(children[i][2]).append(',').append(children[i][3]).append(",LS16 ").append(i + 1)
                    .append("AA,1,N,N,,\n");
            history.append(ref).append(',').append(meeting).append(",AMEND,").append(decided).append(",,")
                    .append(finalised ? decided.plusDays(28L + n * 7L).toString() : "").append(",Y\n");
            refs.add(ref);
        }
        bringIn(csv.toString(), history.toString());
        return refs;
    }

    private static final String PLAN_COLUMNS = "case_ref,child_given_name,child_family_name,child_date_of_birth,"
            + "plan_start_date,setting_urn,sen_setting,sen_need,transferred_in_date,team,caseworker,child_sex,"
            + "child_ethnicity,child_postcode,placement_rank,sen_unit,resourced_provision,organised_arrangements,"
            + "direct_payments\n";
    private static final String REVIEW_COLUMNS = "case_ref,meeting_date,decision,decision_date,"
            + "amendments_proposed_date,amended_plan_date,phase_transfer\n";

    /** Plans, and their reviews when given, brought in through the imports a council runs. */
    private void bringIn(String plansCsv, String reviewsCsv) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("sendclock-demo-plans-", ".csv");
            try {
                java.nio.file.Files.writeString(file, plansCsv);
                plans.run(file, false, new ImportProgress());
                if (reviewsCsv != null) {
                    java.nio.file.Files.writeString(file, reviewsCsv);
                    reviews.run(file, false, new ImportProgress());
                }
            } catch (org.sendclock.importer.ImportRefused e) {
                // A demo row refused is a bug in the demo: name the rows rather than only count them.
                throw new IllegalStateException("the demo's import was refused: " + e.errors(), e);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        List<String> sen2 = SEN2_PERSON.get(givenName);
        return assessments.register(new RegisterRequest(requestDate, source,
                new ChildDetails(givenName, familyName, dateOfBirth, null, setting, sen2.get(0), sen2.get(1),
                        sen2.get(2), null, null), caseworker, "North")).getCaseRef();
    }

    /** Sex, ethnicity and postcode of each demo child, so the SEN2 return has its person items to show. */
    private static final java.util.Map<String, List<String>> SEN2_PERSON = java.util.Map.of(
            "Oliver", List.of("M", "WBRI", "LS1 4DY"),
            "Priya", List.of("F", "AIND", "LS6 2AA"),
            "Jack", List.of("M", "WIRI", "LS8 1NT"),
            "Sophie", List.of("F", "MWBC", "LS11 5QP"),
            "Noah", List.of("M", "BAFR", "LS9 7HS"),
            "Ella", List.of("F", "WBRI", "LS12 3BG"),
            "Leo", List.of("M", "APKN", "LS7 3JB"));

    private static DecideWhetherToAssess assess(LocalDate date) {
        return new DecideWhetherToAssess(Decision.ASSESS, date, null, null, null);
    }
}
