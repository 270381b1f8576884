package org.sendclock.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.sendclock.deadline.StatutoryDueDates;

/**
 * One EHC needs assessment request and everything that happened to it: the facts the KPIs are computed from.
 * The due dates are stored (not only derived) so that reports are plain SQL and a change of counting setting
 * never silently rewrites history.
 */
@Entity
@Table(name = "assessment_case")
public class AssessmentCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_case_seq")
    @SequenceGenerator(name = "assessment_case_seq", sequenceName = "assessment_case_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_ref", nullable = false, unique = true)
    private String caseRef;

    @Embedded
    private Child child;

    private LocalDate requestDate;
    @Enumerated(EnumType.STRING)
    private RequestSource requestSource;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private String caseworker;
    private String team;

    private LocalDate decisionDue;
    private LocalDate noPlanNoticeDue;
    private LocalDate finalPlanDue;

    @Enumerated(EnumType.STRING)
    private Decision decision;
    private LocalDate decisionDate;
    /** The day the family was told of the decision (reg 5(1)): what meets week 6. */
    private LocalDate decisionNoticeDate;
    private String decisionReasons;
    private LocalDate appealRightsSentDate;

    @Enumerated(EnumType.STRING)
    private PlanDecision planDecision;
    private LocalDate planDecisionDate;
    private LocalDate noPlanNoticeDate;

    private LocalDate draftServedDate;
    private LocalDate commentPeriodEnds;
    private LocalDate parentResponseDate;
    /** The parent said they have finished commenting: the comment period ends with their response. */
    private Boolean parentFinishedCommenting;
    private String namedSchool;
    private LocalDate schoolConsultedDate;
    private LocalDate finalPlanDate;

    private LocalDate closedDate;
    @Enumerated(EnumType.STRING)
    private ClosedReason closedReason;
    private String closedNote;

    private String processInstanceId;
    private Boolean youthAccommodation;
    private Boolean requestMediation;
    private Boolean requestTribunal;
    private Boolean assessmentMediation;
    private Boolean assessmentTribunal;
    private Boolean otherMediation;
    private Boolean otherTribunal;
    /** Set by an import until the case's process has started (ADR 13); written by SQL only. */
    @Column(insertable = false, updatable = false)
    private boolean awaitingProcess;
    private Instant createdAt;

    @Version
    private long version;

    protected AssessmentCase() {
    }

    public AssessmentCase(String caseRef, Child child, LocalDate requestDate, RequestSource source,
                          StatutoryDueDates due, String caseworker, String team, Instant createdAt) {
        this.caseRef = caseRef;
        this.child = child;
        this.requestDate = requestDate;
        this.requestSource = source;
        this.caseworker = caseworker;
        this.team = team;
        this.createdAt = createdAt;
        this.status = CaseStatus.OPEN;
        this.stage = Stage.DECISION;
        applyDueDates(due);
    }

    /**
     * A case brought in by the plans import for a child whose plan this system did not assess: it holds the child and
     * the plan, and no request, assessment dates or assessment clocks (ADR 20).
     */
    public static AssessmentCase broughtInWithPlan(String caseRef, Child child, String caseworker, String team,
                                                   Instant createdAt) {
        AssessmentCase c = new AssessmentCase();
        c.caseRef = caseRef;
        c.child = child;
        c.caseworker = caseworker;
        c.team = team;
        c.createdAt = createdAt;
        c.finish(CaseStatus.PLAN_ISSUED);
        return c;
    }

    /** False for a case brought in with its plan only: there is no assessment on it to correct or excuse. */
    public boolean hasAssessment() {
        return requestDate != null;
    }

    public void requireAssessment() {
        if (!hasAssessment()) {
            throw new StepNotPossible("case " + caseRef + " was brought in with its plan only: it holds no assessment");
        }
    }

    /** The child's details as another system holds them (the plans import). */
    public void restateChild(Child child) {
        this.child = child;
    }

    public void correctRequestDate(LocalDate requestDate, StatutoryDueDates due) {
        this.requestDate = requestDate;
        applyDueDates(due);
    }

    private void applyDueDates(StatutoryDueDates due) {
        this.decisionDue = due.decision();
        this.noPlanNoticeDue = due.noPlanNotice();
        this.finalPlanDue = due.finalPlan();
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void decide(Decision decision, LocalDate date, LocalDate noticeDate, String reasons,
                       LocalDate appealRightsSentDate) {
        this.decision = decision;
        this.decisionDate = date;
        this.decisionNoticeDate = noticeDate;
        this.decisionReasons = reasons;
        this.appealRightsSentDate = appealRightsSentDate;
        if (decision == Decision.REFUSE) {
            finish(CaseStatus.REFUSED);
        }
    }

    /** Stages follow the process: the task listener moves the case as each step's task is created. */
    public void moveTo(Stage stage) {
        this.stage = stage;
    }

    public void decidePlan(PlanDecision planDecision, LocalDate date, LocalDate noPlanNoticeDate) {
        this.planDecision = planDecision;
        this.planDecisionDate = date;
        this.noPlanNoticeDate = noPlanNoticeDate;
        if (planDecision == PlanDecision.NO_PLAN) {
            finish(CaseStatus.NO_PLAN);
        }
    }

    public void serveDraft(LocalDate servedDate, LocalDate commentPeriodEnds) {
        this.draftServedDate = servedDate;
        this.commentPeriodEnds = commentPeriodEnds;
        this.stage = Stage.COMMENT_PERIOD;
    }

    public void recordParentResponse(LocalDate responseDate, boolean finishedCommenting, String namedSchool) {
        this.parentResponseDate = responseDate;
        this.parentFinishedCommenting = finishedCommenting;
        if (namedSchool != null) {
            this.namedSchool = namedSchool;
        }
    }

    public void recordSchoolConsulted(String school, LocalDate consultedDate) {
        this.namedSchool = school;
        this.schoolConsultedDate = consultedDate;
    }

    public void issueFinalPlan(LocalDate issueDate) {
        this.finalPlanDate = issueDate;
        finish(CaseStatus.PLAN_ISSUED);
    }

    public void close(ClosedReason reason, LocalDate closedDate, String note) {
        this.closedReason = reason;
        this.closedDate = closedDate;
        this.closedNote = note;
        finish(reason == ClosedReason.WITHDRAWN ? CaseStatus.WITHDRAWN : CaseStatus.CLOSED);
    }

    /**
     * Makes the case what another system recorded (the CSV import). The outcome follows from the dates: closed,
     * else plan issued, else no plan, else refused, else open. What that system did not record (reasons, the
     * parent's response, the school consulted) is kept as this system holds it.
     */
    public void restate(CaseHistory history, StatutoryDueDates due, LocalDate commentPeriodEnds, Child child,
                        String caseworker, String team) {
        this.requestDate = history.requestDate();
        this.requestSource = history.requestSource();
        applyDueDates(due);
        this.child = child;
        this.caseworker = caseworker;
        this.team = team;
        this.decision = history.decision();
        this.decisionDate = history.decisionDate();
        this.decisionNoticeDate = history.decisionNoticeDate();
        if (history.noPlanDate() != null) {
            this.planDecision = PlanDecision.NO_PLAN;
            this.planDecisionDate = history.noPlanDate();
            this.noPlanNoticeDate = history.noPlanDate();
        } else if (history.draftServedDate() != null || history.finalPlanDate() != null) {
            if (this.planDecision != PlanDecision.ISSUE_PLAN) {
                this.planDecisionDate = null;
            }
            this.planDecision = PlanDecision.ISSUE_PLAN;
            this.noPlanNoticeDate = null;
        } else {
            this.planDecision = null;
            this.planDecisionDate = null;
            this.noPlanNoticeDate = null;
        }
        this.draftServedDate = history.draftServedDate();
        this.commentPeriodEnds = commentPeriodEnds;
        this.finalPlanDate = history.finalPlanDate();
        this.closedDate = history.closedDate();
        this.closedReason = history.closedReason();
        if (closedDate != null) {
            finish(closedReason == ClosedReason.WITHDRAWN ? CaseStatus.WITHDRAWN : CaseStatus.CLOSED);
        } else if (finalPlanDate != null) {
            finish(CaseStatus.PLAN_ISSUED);
        } else if (planDecision == PlanDecision.NO_PLAN) {
            finish(CaseStatus.NO_PLAN);
        } else if (decision == Decision.REFUSE) {
            finish(CaseStatus.REFUSED);
        } else {
            this.status = CaseStatus.OPEN;
            // The process, rebuilt from these dates, moves the stage on as its tasks are created.
            this.stage = decision == null ? Stage.DECISION : Stage.REQUESTING_ADVICE;
        }
    }

    /** The request and disagreement facts the SEN2 return reports (modules 2 and 3); null where not known. */
    public void recordReturnFlags(ReturnFlags flags) {
        this.youthAccommodation = flags.youthAccommodation();
        this.requestMediation = flags.requestMediation();
        this.requestTribunal = flags.requestTribunal();
        this.assessmentMediation = flags.assessmentMediation();
        this.assessmentTribunal = flags.assessmentTribunal();
        this.otherMediation = flags.otherMediation();
        this.otherTribunal = flags.otherTribunal();
    }

    public ReturnFlags returnFlags() {
        return new ReturnFlags(youthAccommodation, requestMediation, requestTribunal, assessmentMediation,
                assessmentTribunal, otherMediation, otherTribunal);
    }

    /** Every step but a correction of facts needs an open case. */
    public void requireOpen() {
        if (!status.isOpen()) {
            throw new StepNotPossible("case " + caseRef + " is " + status.name().toLowerCase().replace('_', ' ')
                    + " and can take no further steps");
        }
    }

    public void assignTo(String caseworker, String team) {
        this.caseworker = caseworker;
        this.team = team;
    }

    private void finish(CaseStatus outcome) {
        this.status = outcome;
        this.stage = Stage.FINISHED;
    }

    /** The date of the last recorded step: a corrected request date may not come after it. */
    public LocalDate earliestRecordedStep() {
        LocalDate earliest = null;
        for (LocalDate d : new LocalDate[] {decisionDate, decisionNoticeDate, appealRightsSentDate, planDecisionDate, noPlanNoticeDate,
                draftServedDate, parentResponseDate, schoolConsultedDate, finalPlanDate, closedDate}) {
            if (d != null && (earliest == null || d.isBefore(earliest))) {
                earliest = d;
            }
        }
        return earliest;
    }

    public Long getId() {
        return id;
    }

    public String getCaseRef() {
        return caseRef;
    }

    public Child getChild() {
        return child == null ? Child.unknown() : child;
    }

    public LocalDate getRequestDate() {
        return requestDate;
    }

    public RequestSource getRequestSource() {
        return requestSource;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Stage getStage() {
        return stage;
    }

    public String getCaseworker() {
        return caseworker;
    }

    public String getTeam() {
        return team;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public LocalDate getNoPlanNoticeDue() {
        return noPlanNoticeDue;
    }

    public LocalDate getFinalPlanDue() {
        return finalPlanDue;
    }

    public StatutoryDueDates dueDates() {
        return new StatutoryDueDates(decisionDue, noPlanNoticeDue, finalPlanDue);
    }

    public Decision getDecision() {
        return decision;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getDecisionNoticeDate() {
        return decisionNoticeDate;
    }

    public Boolean getParentFinishedCommenting() {
        return parentFinishedCommenting;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public LocalDate getAppealRightsSentDate() {
        return appealRightsSentDate;
    }

    public PlanDecision getPlanDecision() {
        return planDecision;
    }

    public LocalDate getPlanDecisionDate() {
        return planDecisionDate;
    }

    public LocalDate getNoPlanNoticeDate() {
        return noPlanNoticeDate;
    }

    public LocalDate getDraftServedDate() {
        return draftServedDate;
    }

    public LocalDate getCommentPeriodEnds() {
        return commentPeriodEnds;
    }

    public LocalDate getParentResponseDate() {
        return parentResponseDate;
    }

    public String getNamedSchool() {
        return namedSchool;
    }

    public LocalDate getSchoolConsultedDate() {
        return schoolConsultedDate;
    }

    public LocalDate getFinalPlanDate() {
        return finalPlanDate;
    }

    public LocalDate getClosedDate() {
        return closedDate;
    }

    public ClosedReason getClosedReason() {
        return closedReason;
    }

    public String getClosedNote() {
        return closedNote;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public boolean isAwaitingProcess() {
        return awaitingProcess;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
