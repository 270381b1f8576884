package org.sendclock.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sendclock.advice.AdviceExceptionReason;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.advice.AdviceType;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.ClosedReason;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.ExceptionReason;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.RequestSource;
import org.sendclock.casefile.ReturnFlags;
import org.sendclock.casefile.Stage;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.Deadline;
import org.sendclock.plan.PlanView;

/**
 * A case as the API shows it: every statutory due date beside every actual date, and the child's plan once there is
 * one ({@code plan}, null before).
 */
public record CaseView(
        String caseRef,
        ChildView child,
        LocalDate requestDate,
        RequestSource source,
        CaseStatus status,
        Stage stage,
        String stageName,
        String caseworker,
        String team,
        LocalDate decisionDue,
        LocalDate noPlanNoticeDue,
        LocalDate finalPlanDue,
        Decision decision,
        LocalDate decisionDate,
        LocalDate decisionNoticeDate,
        String decisionReasons,
        LocalDate appealRightsSentDate,
        PlanDecision planDecision,
        LocalDate planDecisionDate,
        LocalDate noPlanNoticeDate,
        LocalDate draftServedDate,
        LocalDate commentPeriodEnds,
        LocalDate parentResponseDate,
        Boolean parentFinishedCommenting,
        String namedSchool,
        LocalDate schoolConsultedDate,
        LocalDate finalPlanDate,
        LocalDate closedDate,
        ClosedReason closedReason,
        boolean exceptionApplies,
        List<ClockView> clocks,
        List<AdviceView> advice,
        List<NotSoughtView> adviceNotSought,
        List<ExceptionView> exceptions,
        List<BreachView> breaches,
        List<TaskView> openTasks,
        boolean awaitingProcess,
        ReturnFlags returnFlags,
        PlanView plan,
        List<TimelineView> timeline) {

    /** The child, with what the SEN2 return asks of them (each null while not known). */
    public record ChildView(String givenName, String familyName, LocalDate dateOfBirth, String upn, String setting,
                            Integer nationalCurriculumYear, String sex, String ethnicity, String postcode, String uln,
                            String upnUnknownReason) {
    }

    /**
     * One clock of the register as it stands today: {@code daysLate} when overdue or met late, {@code daysLeft} while
     * running, {@code endedDate} and {@code endedReason} when it no longer applies.
     */
    public record ClockView(Deadline clock, Long adviceRequestId, Long reviewId, LocalDate startDate, LocalDate dueDate,
                            LocalDate doneDate, Standing standing, Long daysLate, Long daysLeft,
                            boolean exceptionApplies, LocalDate endedDate, String endedReason) {
    }

    public record AdviceView(Long id, AdviceType adviceType, String provider, LocalDate requestedDate,
                             LocalDate dueDate, LocalDate receivedDate, AdviceStatus status,
                             AdviceExceptionReason exceptionReason, String exceptionNote, LocalDate excusedDate,
                             LocalDate missedAppointmentDate, LocalDate withdrawnDate) {
    }

    /** Reg 6(1) advice the council decided not to seek, and why. */
    public record NotSoughtView(AdviceType adviceType, String reason, String recordedBy, Instant recordedAt) {
    }

    /**
     * A reg 10(4) exception: {@code counts} once a manager recorded or agreed it ({@code agreedBy}, {@code agreedAt}),
     * when imported, or always when the council does not ask for a manager's agreement.
     */
    public record ExceptionView(Long id, ExceptionReason reason, LocalDate startDate, LocalDate endDate, String note,
                                String recordedBy, Instant recordedAt, boolean imported, String agreedBy,
                                Instant agreedAt, boolean counts) {
    }

    public record BreachView(Deadline deadline, Long adviceRequestId, AdviceType adviceType, LocalDate dueDate,
                             Instant detectedAt, boolean exceptionApplies, Instant voidedAt, String voidReason) {
    }

    public record TaskView(String taskId, String taskKey, String name, LocalDate dueDate, String assignee) {
    }

    public record TimelineView(Instant at, String actor, String kind, String description) {
    }
}
