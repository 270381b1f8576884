package org.sendclock.assessment;

import org.sendclock.clock.ClockSettings;
import static org.sendclock.assessment.AssessmentSteps.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.advice.AdviceService;
import org.sendclock.assessment.Commands.*;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.Deadline;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseReferences;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Child;
import org.sendclock.casefile.ChildChecks;
import org.sendclock.casefile.ClosedReason;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.ExceptionRecord;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Text;
import org.sendclock.casefile.Timeline;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.deadline.StatutoryDueDates;
import org.sendclock.engine.AssessmentProcess;
import org.sendclock.engine.OpenStep;
import org.sendclock.plan.PlanService;
import org.sendclock.security.Role;
import org.sendclock.security.Teams;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the 20-week assessment. Each command checks its input, writes the case record and moves the process
 * in one transaction: if any part fails, nothing is saved.
 */
@Service
@Transactional
public class AssessmentService {

    private final CaseRepository cases;
    private final CaseReferences references;
    private final AdviceRequestRepository adviceRequests;
    private final AdviceService advice;
    private final ExceptionRecordRepository exceptions;
    private final StatutoryCalendar calendar;
    private final AssessmentProcess process;
    private final TaskDueDates taskDueDates;
    private final ClockSettings settings;
    private final ClockRegister clocks;
    private final Timeline timeline;
    private final Clock clock;
    private final Teams teams;
    private final PlanService plans;

    public AssessmentService(CaseRepository cases, CaseReferences references, AdviceRequestRepository adviceRequests,
                             AdviceService advice, ExceptionRecordRepository exceptions, StatutoryCalendar calendar,
                             AssessmentProcess process, TaskDueDates taskDueDates, ClockSettings settings,
                             ClockRegister clocks, Timeline timeline, Clock clock, Teams teams, PlanService plans) {
        this.teams = teams;
        this.plans = plans;
        this.cases = cases;
        this.references = references;
        this.adviceRequests = adviceRequests;
        this.advice = advice;
        this.exceptions = exceptions;
        this.calendar = calendar;
        this.process = process;
        this.taskDueDates = taskDueDates;
        this.settings = settings;
        this.clocks = clocks;
        this.timeline = timeline;
        this.clock = clock;
    }

    public AssessmentCase register(RegisterRequest command) {
        LocalDate today = today();
        InvalidRequest.Collector errors = new InvalidRequest.Collector()
                .notInFuture("requestDate", command.requestDate(), today)
                .notInFuture("child.dateOfBirth", command.child().dateOfBirth(), today)
                .rejectIf(command.child().dateOfBirth().isAfter(command.requestDate()), "child.dateOfBirth",
                        "must be on or before the request date")
                // A name that is nobody's would put the case's tasks on nobody's list.
                .rejectIf(Text.blankToNull(command.caseworker()) != null
                        && !teams.canSignIn(command.caseworker().trim()), "caseworker",
                        "must be the user name of someone who can sign in (" + String.join(", ", teams.caseworkers())
                                + ")");
        ChildDetails c = command.child();
        ChildChecks.check(errors, "child.", Text.blankToNull(c.upn()), Text.blankToNull(c.sex()),
                Text.blankToNull(c.ethnicity()), Text.blankToNull(c.postcode()), Text.blankToNull(c.uln()),
                Text.blankToNull(c.upnUnknownReason()));
        errors.throwIfAny();
        Child child = new Child(c.givenName().trim(), c.familyName().trim(), c.dateOfBirth(), Text.blankToNull(c.upn()),
                Text.blankToNull(c.setting())).withReturnDetails(Text.blankToNull(c.sex()),
                Text.blankToNull(c.ethnicity()), ChildChecks.postcodeOf(Text.blankToNull(c.postcode())),
                Text.blankToNull(c.uln()), Text.blankToNull(c.upnUnknownReason()));
        StatutoryDueDates due = calendar.dueDates(command.requestDate());
        AssessmentCase assessment = cases.save(new AssessmentCase(references.next(), child, command.requestDate(),
                command.source(), due, Text.blankToNull(command.caseworker()) == null ? null
                : command.caseworker().trim(), Text.blankToNull(command.team()), clock.instant()));
        timeline.record(assessment, "REQUEST_REGISTERED", "Request received " + DateText.of(command.requestDate())
                + " (" + Text.words(command.source()) + "): decision due "
                + DateText.of(due.decision()) + ", final plan due " + DateText.of(due.finalPlan()));
        advice.updateClocks(assessment);
        assessment.startedAs(process.start(assessment.getCaseRef()));
        return assessment;
    }

    public AssessmentCase decideWhetherToAssess(String caseRef, DecideWhetherToAssess command) {
        AssessmentCase assessment = cases.require(caseRef);
        LocalDate today = today();
        boolean refuse = command.decision() == Decision.REFUSE;
        // A refusal's notice is the one that carries the appeal and mediation rights: either name gives its date.
        LocalDate notice = command.noticeSentDate() != null ? command.noticeSentDate()
                : refuse ? command.appealRightsSentDate() : command.decisionDate();
        new InvalidRequest.Collector()
                .notInFuture("decisionDate", command.decisionDate(), today)
                .notBefore("decisionDate", command.decisionDate(), assessment.getRequestDate(), "the request date")
                .rejectIf(refuse && notice == null, "noticeSentDate",
                        "is required when refusing: the date the family was sent the decision with appeal and "
                                + "mediation information")
                .rejectIf(refuse && command.noticeSentDate() != null && command.appealRightsSentDate() != null
                        && !command.noticeSentDate().equals(command.appealRightsSentDate()), "appealRightsSentDate",
                        "must be the notice's date: a refusal's appeal and mediation information goes with its notice")
                .notInFuture("noticeSentDate", notice, today)
                .notBefore("noticeSentDate", notice, command.decisionDate(), "the decision date")
                .throwIfAny();
        OpenStep task = requireTask(assessment, DECIDE_WHETHER_TO_ASSESS, "the decision on whether to assess was already "
                + "recorded on " + DateText.of(assessment.getDecisionDate()));
        assessment.decide(command.decision(), command.decisionDate(), notice, Text.blankToNull(command.reasons()),
                refuse ? notice : null);
        advice.updateClocks(assessment);
        String told = "; family told " + DateText.of(notice) + lateNote(assessment, Deadline.DECISION);
        timeline.record(assessment, refuse ? "REFUSED" : "DECIDED_TO_ASSESS", (refuse
                ? "Decided not to assess on " + DateText.of(command.decisionDate()) + told
                        + ", with appeal and mediation information"
                : "Decided to assess on " + DateText.of(command.decisionDate()) + told));
        process.complete(task, Map.of(VAR_ASSESS, !refuse));
        return assessment;
    }

    public AssessmentCase decideWhetherToIssuePlan(String caseRef, DecideWhetherToIssuePlan command) {
        AssessmentCase assessment = cases.require(caseRef);
        LocalDate today = today();
        boolean noPlan = command.outcome() == PlanDecision.NO_PLAN;
        new InvalidRequest.Collector()
                .notInFuture("decisionDate", command.decisionDate(), today)
                .notBefore("decisionDate", command.decisionDate(), assessment.getDecisionDate(),
                        "the decision to assess")
                .notBefore("decisionDate", command.decisionDate(), advice.lastAnswered(assessment),
                        "the last advice was answered")
                .rejectIf(noPlan && command.noticeSentDate() == null, "noticeSentDate",
                        "is required when no plan will be issued: the date the notice was sent")
                .notInFuture("noticeSentDate", command.noticeSentDate(), today)
                .notBefore("noticeSentDate", command.noticeSentDate(), command.decisionDate(), "the decision date")
                .throwIfAny();
        assessment.requireOpen();
        advice.requireAdviceToDecideOn(assessment);
        OpenStep task = requireTask(assessment, DECIDE_WHETHER_TO_ISSUE_PLAN,
                "the case is at \"" + assessment.getStage().label() + "\", not at the plan decision");
        assessment.decidePlan(command.outcome(), command.decisionDate(), noPlan ? command.noticeSentDate() : null);
        advice.updateClocks(assessment);
        if (noPlan) {
            String late = lateNote(assessment, Deadline.NO_PLAN_NOTICE);
            timeline.record(assessment, "NO_PLAN", "Decided not to issue a plan on "
                    + DateText.of(command.decisionDate()) + "; notice sent " + DateText.of(command.noticeSentDate())
                    + late);
        } else {
            timeline.record(assessment, "DECIDED_TO_ISSUE_PLAN", "Decided to issue a plan on "
                    + DateText.of(command.decisionDate()));
        }
        process.complete(task, Map.of(VAR_ISSUE_PLAN, !noPlan));
        return assessment;
    }

    public AssessmentCase serveDraft(String caseRef, ServeDraft command) {
        AssessmentCase assessment = cases.require(caseRef);
        new InvalidRequest.Collector()
                .notInFuture("servedDate", command.servedDate(), today())
                .notBefore("servedDate", command.servedDate(), assessment.getPlanDecisionDate(),
                        "the decision to issue a plan")
                .throwIfAny();
        assessment.requireOpen();
        OpenStep task = requireTask(assessment, SERVE_DRAFT_PLAN, assessment.getDraftServedDate() != null
                ? "a draft was already served on " + DateText.of(assessment.getDraftServedDate())
                : "a draft can only be served after the decision to issue a plan");
        LocalDate commentsEnd = calendar.commentPeriodEnds(command.servedDate());
        assessment.serveDraft(command.servedDate(), commentsEnd);
        advice.updateClocks(assessment);
        timeline.record(assessment, "DRAFT_SERVED", "Draft plan served " + DateText.of(command.servedDate())
                + "; comment period ends " + DateText.of(commentsEnd));
        process.complete(task);
        return assessment;
    }

    public AssessmentCase recordParentResponse(String caseRef, ParentResponse command) {
        AssessmentCase assessment = cases.require(caseRef);
        new InvalidRequest.Collector()
                .notInFuture("responseDate", command.responseDate(), today())
                .notBefore("responseDate", command.responseDate(), assessment.getDraftServedDate(), "the draft was served")
                .throwIfAny();
        assessment.requireOpen();
        if (assessment.getDraftServedDate() == null) {
            throw new StepNotPossible("no draft plan has been served, so there is nothing to respond to");
        }
        boolean finished = command.finishedCommenting() == null || command.finishedCommenting();
        assessment.recordParentResponse(command.responseDate(), finished, Text.blankToNull(command.namedSchool()));
        advice.updateClocks(assessment);
        timeline.record(assessment, "PARENT_RESPONDED", "Parent responded " + DateText.of(command.responseDate())
                + (command.namedSchool() == null || command.namedSchool().isBlank() ? ""
                        : "; named " + command.namedSchool().trim())
                + (finished ? "; they have finished commenting" : "; comments only, the comment period runs on"));
        if (finished && process.isWaitingFor(caseRef, MESSAGE_PARENT_RESPONDED)) {
            process.correlate(caseRef, MESSAGE_PARENT_RESPONDED);
        }
        return assessment;
    }

    public AssessmentCase recordSchoolConsultation(String caseRef, SchoolConsultation command) {
        AssessmentCase assessment = cases.require(caseRef);
        new InvalidRequest.Collector()
                .notInFuture("consultedDate", command.consultedDate(), today())
                .notBefore("consultedDate", command.consultedDate(), assessment.getDraftServedDate(),
                        "the draft was served")
                .throwIfAny();
        assessment.requireOpen();
        OpenStep task = requireTask(assessment, CONSULT_SCHOOL, assessment.getCommentPeriodEnds() != null
                && assessment.getSchoolConsultedDate() == null
                ? "the parent's comment period runs until " + DateText.of(assessment.getCommentPeriodEnds())
                        + " unless they respond sooner"
                : "the case is at \"" + assessment.getStage().label() + "\", not consulting a school");
        assessment.recordSchoolConsulted(command.school().trim(), command.consultedDate());
        timeline.record(assessment, "SCHOOL_CONSULTED", "Consulted " + command.school().trim() + " on "
                + DateText.of(command.consultedDate()));
        process.complete(task);
        return assessment;
    }

    public AssessmentCase issueFinalPlan(String caseRef, IssueFinalPlan command) {
        AssessmentCase assessment = cases.require(caseRef);
        new InvalidRequest.Collector()
                .notInFuture("issueDate", command.issueDate(), today())
                .notBefore("issueDate", command.issueDate(), assessment.getRequestDate(), "the request date")
                .notBefore("issueDate", command.issueDate(), assessment.getDraftServedDate(), "the draft was served")
                .notBefore("issueDate", command.issueDate(), assessment.getSchoolConsultedDate(),
                        "the school or college was consulted")
                .rejectIf(insideCommentPeriod(assessment, command.issueDate()), "issueDate", "must be after the "
                        + "parent's comment period, which ends " + DateText.of(assessment.getCommentPeriodEnds())
                        + ", unless they say they have finished commenting")
                .throwIfAny();
        assessment.requireOpen();
        OpenStep task = requireTask(assessment, ISSUE_FINAL_PLAN, assessment.getDraftServedDate() == null
                ? "a final plan can only be issued after a draft has been served"
                : "the named school or college must be consulted before the final plan is issued");
        assessment.issueFinalPlan(command.issueDate());
        advice.updateClocks(assessment);
        plans.issuedByAssessment(assessment, command.issueDate());
        String late = lateNote(assessment, Deadline.FINAL_PLAN);
        timeline.record(assessment, "PLAN_ISSUED", "Final plan issued " + DateText.of(command.issueDate()) + late);
        process.complete(task);
        return assessment;
    }

    public AssessmentCase withdraw(String caseRef, Withdraw command) {
        AssessmentCase assessment = cases.require(caseRef);
        validateEndDate(assessment, "withdrawnDate", command.withdrawnDate());
        assessment.requireOpen();
        assessment.close(ClosedReason.WITHDRAWN, command.withdrawnDate(), Text.blankToNull(command.note()));
        advice.withdrawOutstanding(assessment, command.withdrawnDate(), "the request was withdrawn");
        advice.updateClocks(assessment);
        timeline.record(assessment, "WITHDRAWN", "Request withdrawn " + DateText.of(command.withdrawnDate())
                + noteSuffix(command.note()));
        process.correlate(caseRef, MESSAGE_REQUEST_WITHDRAWN);
        return assessment;
    }

    public AssessmentCase close(String caseRef, Close command) {
        AssessmentCase assessment = cases.require(caseRef);
        new InvalidRequest.Collector()
                .rejectIf(command.reason() == ClosedReason.WITHDRAWN, "reason",
                        "a withdrawn request is recorded with the withdraw step, not closed")
                .throwIfAny();
        validateEndDate(assessment, "closedDate", command.closedDate());
        assessment.requireOpen();
        assessment.close(command.reason(), command.closedDate(), Text.blankToNull(command.note()));
        String why = command.reason() == ClosedReason.MOVED_OUT ? "moved out of the area" : "closed";
        advice.withdrawOutstanding(assessment, command.closedDate(), "the case was " + why);
        advice.updateClocks(assessment);
        timeline.record(assessment, "CLOSED", "Case " + why + " on " + DateText.of(command.closedDate())
                + noteSuffix(command.note()));
        process.correlate(caseRef, MESSAGE_CASE_CLOSED);
        return assessment;
    }

    /**
     * Moves every due date, pending timer and task due date to follow a corrected request date. A breach already
     * recorded for a clock that, corrected, has not passed is voided.
     */
    public AssessmentCase correctRequestDate(String caseRef, CorrectRequestDate command) {
        AssessmentCase assessment = cases.require(caseRef);
        assessment.requireAssessment();
        LocalDate corrected = command.requestDate();
        LocalDate firstStep = assessment.earliestRecordedStep();
        LocalDate firstAdvice = adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(assessment.getId()).stream()
                .map(AdviceRequest::getRequestedDate).findFirst().orElse(null);
        new InvalidRequest.Collector()
                .notInFuture("requestDate", corrected, today())
                .notBefore("requestDate", corrected, assessment.getChild().getDateOfBirth(), "the child's date of birth")
                .rejectIf(firstStep != null && corrected.isAfter(firstStep), "requestDate",
                        "must not be after the first step recorded on the case, " + DateText.of(firstStep))
                .rejectIf(firstAdvice != null && corrected.isAfter(firstAdvice), "requestDate",
                        "must not be after the first advice request, " + DateText.of(firstAdvice))
                .throwIfAny();
        LocalDate previous = assessment.getRequestDate();
        if (previous.equals(corrected)) {
            return assessment;
        }
        assessment.correctRequestDate(corrected, calendar.dueDates(corrected));
        timeline.record(assessment, "REQUEST_DATE_CORRECTED", "Request date corrected from " + DateText.of(previous)
                + " to " + DateText.of(corrected) + ": " + command.reason().trim() + ". Decision now due "
                + DateText.of(assessment.getDecisionDue()) + ", final plan due " + DateText.of(assessment.getFinalPlanDue()));
        advice.updateClocks(assessment);
        moveEngineClocks(assessment);
        return assessment;
    }

    /**
     * Moves one advice request's six-week clock to follow its corrected requested date: its due date, its timers and
     * its tasks. Its standing follows at once: a clock now past is overdue (or late, if the advice came after the new
     * due date), a breach for a clock no longer passed is voided.
     */
    public AdviceRequest correctAdviceRequestDate(String caseRef, long adviceRequestId,
                                                  CorrectAdviceRequestDate command) {
        AssessmentCase assessment = cases.require(caseRef);
        AdviceRequest request = adviceRequests.findByIdAndCaseId(adviceRequestId, assessment.getId()).orElseThrow(() ->
                new CaseNotFound("case " + caseRef + " has no advice request " + adviceRequestId));
        LocalDate corrected = command.requestedDate();
        LocalDate answered = request.getReceivedDate() != null ? request.getReceivedDate()
                : request.getWithdrawnDate() != null ? request.getWithdrawnDate() : request.getExcusedDate();
        new InvalidRequest.Collector()
                .notInFuture("requestedDate", corrected, today())
                .notBefore("requestedDate", corrected, assessment.getDecisionDate(), "the decision to assess")
                .rejectIf(answered != null && corrected.isAfter(answered), "requestedDate",
                        "must not be after the advice was answered, " + DateText.of(answered))
                .throwIfAny();
        LocalDate previous = request.getRequestedDate();
        if (previous.equals(corrected)) {
            return request;
        }
        request.correctRequestedDate(corrected, calendar.adviceDue(corrected));
        timeline.record(assessment, "ADVICE_DATE_CORRECTED", "Request for " + request.describe()
                + " corrected from " + DateText.of(previous) + " to " + DateText.of(corrected) + ": "
                + command.reason().trim() + ". Now due " + DateText.of(request.getDueDate()));
        advice.updateClocks(assessment);
        moveEngineClocks(assessment);
        return request;
    }

    /** Pending timers re-read their dates from the clock register; open tasks take their new due dates. */
    private void moveEngineClocks(AssessmentCase assessment) {
        if (assessment.getStatus().isOpen()) {
            cases.flush();
            process.moveClocks(assessment.getCaseRef(), assessment.getProcessInstanceId(),
                    task -> taskDueDate(assessment, task));
        }
    }

    /**
     * A reg 10(4) exception, checked against the case's recorded dates ({@link ExceptionRules}). Four-eyes: recorded
     * by a manager it is agreed at once; recorded by anyone else it counts only once a manager agrees it
     * ({@link #agreeException}), unless the council has switched the rule off.
     */
    public ExceptionRecord recordException(String caseRef, RecordException command) {
        AssessmentCase assessment = cases.require(caseRef);
        assessment.requireAssessment();
        ExceptionRules.check(command, assessment, clocks.of(assessment.getId()),
                adviceRequests.findByCaseIdOrderByRequestedDateAscIdAsc(assessment.getId()), today());
        String actor = Timeline.currentActor();
        ExceptionRecord record = new ExceptionRecord(assessment.getId(), command.reason(),
                command.startDate(), command.endDate(), command.note().trim(), actor, clock.instant());
        boolean byManager = Role.MANAGER.isHeldBySignedInUser();
        if (byManager) {
            record.agree(actor, clock.instant());
        }
        exceptions.save(record);
        String counts = !settings.exceptionNeedsManagerAgreement() ? ""
                : byManager ? " Recorded by a manager, so it counts in the \"excluding exceptions\" measures at once."
                : " It counts in the \"excluding exceptions\" measures once a manager agrees it.";
        timeline.record(assessment, "EXCEPTION_RECORDED", "Reg 10(4) exception recorded ("
                + Text.words(command.reason()) + ") from " + DateText.of(command.startDate())
                + (command.endDate() == null ? "" : " to " + DateText.of(command.endDate())) + ": "
                + command.note().trim() + ". The statutory due dates do not change." + counts);
        advice.updateClocks(assessment);
        return record;
    }

    /** A manager agrees a caseworker's reg 10(4) exception: from now it counts, and the clocks say so. */
    public ExceptionRecord agreeException(String caseRef, long exceptionId) {
        AssessmentCase assessment = cases.require(caseRef);
        if (!Role.MANAGER.isHeldBySignedInUser()) {
            throw new AccessDeniedException("only a manager agrees a reg 10(4) exception");
        }
        ExceptionRecord record = exceptions.findByIdAndCaseId(exceptionId, assessment.getId()).orElseThrow(() ->
                new CaseNotFound("case " + caseRef + " has no exception " + exceptionId));
        if (record.isImported()) {
            throw new StepNotPossible("an imported exception counts already: the previous system accepted it");
        }
        if (record.getAgreedAt() != null) {
            throw new StepNotPossible("the exception was already agreed by " + record.getAgreedBy() + " on "
                    + DateText.of(settings.dateOf(record.getAgreedAt())));
        }
        String manager = Timeline.currentActor();
        record.agree(manager, clock.instant());
        timeline.record(assessment, "EXCEPTION_AGREED", "Reg 10(4) exception (" + Text.words(record.getReason())
                + ") from " + DateText.of(record.getStartsOn()) + ", recorded by " + record.getRecordedBy()
                + ", agreed by " + manager + ": it now counts in the \"excluding exceptions\" measures.");
        advice.updateClocks(assessment);
        return record;
    }

    private Date taskDueDate(AssessmentCase assessment, OpenStep task) {
        String key = task.key();
        AdviceRequest adviceRequest = TaskDueDates.isAdviceTask(key)
                ? adviceRequests.findById(process.adviceRequestIdOf(task)).orElseThrow() : null;
        return Date.from(settings.taskDueAt(taskDueDates.dueFor(key, assessment, adviceRequest)));
    }

    /**
     * The final plan may not be issued while the parent may still comment (reg 13(1)): the register's comment period
     * closed on its done date, the day the parent said they had finished or its 15th day, which is still theirs.
     */
    private boolean insideCommentPeriod(AssessmentCase assessment, LocalDate issueDate) {
        return issueDate != null && clocks.of(assessment.getId()).stream()
                .filter(k -> k.getClock() == Deadline.COMMENT_PERIOD && k.getDoneDate() != null).findFirst()
                .map(k -> "PARENT_FINISHED".equals(k.getDoneBy()) ? issueDate.isBefore(k.getDoneDate())
                        : !issueDate.isAfter(k.getDoneDate()))
                .orElse(false);
    }

    /** " (late)" when the register says the clock was met after its due date. */
    private String lateNote(AssessmentCase assessment, Deadline which) {
        return clocks.require(assessment.getId(), which).standingOn(today()) == Standing.LATE ? " (late)" : "";
    }

    private void validateEndDate(AssessmentCase assessment, String field, LocalDate date) {
        new InvalidRequest.Collector()
                .notInFuture(field, date, today())
                .notBefore(field, date, assessment.getRequestDate(), "the request date")
                .throwIfAny();
    }


    private OpenStep requireTask(AssessmentCase assessment, String taskKey, String whyNot) {
        assessment.requireOpen();
        return process.openTask(assessment.getCaseRef(), taskKey).orElseThrow(() -> new StepNotPossible(whyNot));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String noteSuffix(String note) {
        return note == null || note.isBlank() ? "" : ": " + note.trim();
    }

}
