package org.sendclock.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.Timeline;
import org.sendclock.clock.ClockChanged;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.ClockSettings;
import org.sendclock.clock.Standing;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.sendclock.engine.AssessmentProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the statutory clocks' timers record when they fire: "at risk" warnings, advice reminders, breaches and
 * escalations. Called from the BPMN model's service tasks, inside the engine's transaction. A timer only alerts: it
 * asks the clock register where the clock stands, and the recorded facts decide. When a fact arrives after its
 * timer fired ({@link #clockChanged}), the breach is set right: voided when the clock was met on time or is no longer
 * passed, re-dated when a correction moved a clock that is still passed.
 */
@Component("breachRegister")
@Transactional
public class BreachRegister {

    private final CaseRepository cases;
    private final AdviceRequestRepository adviceRequests;
    private final BreachRepository breaches;
    private final ClockRegister clocks;
    private final ClockSettings clockSettings;
    private final Timeline timeline;
    private final Clock clock;
    private final Notifier notifier;
    private final EscalationRepository escalations;
    private final OversightSettings settings;
    private final AssessmentProcess process;

    public BreachRegister(CaseRepository cases, AdviceRequestRepository adviceRequests, BreachRepository breaches,
                          ClockRegister clocks, ClockSettings clockSettings, Timeline timeline, Clock clock,
                          Notifier notifier, EscalationRepository escalations, OversightSettings settings,
                          AssessmentProcess process) {
        this.cases = cases;
        this.adviceRequests = adviceRequests;
        this.breaches = breaches;
        this.clocks = clocks;
        this.clockSettings = clockSettings;
        this.timeline = timeline;
        this.clock = clock;
        this.notifier = notifier;
        this.escalations = escalations;
        this.settings = settings;
        this.process = process;
    }

    /**
     * A warning is only worth giving while there is time: a clock already met, ended or passed (a request typed in
     * late puts the warning date and the due date both in the past) gets none. Nor is one given twice for the same
     * due date (a process started again by an import).
     */
    public void recordAtRisk(String caseRef, String deadline) {
        AssessmentCase assessment = cases.require(caseRef);
        Deadline clockName = Deadline.valueOf(deadline);
        StatutoryClock row = clocks.require(assessment.getId(), clockName);
        LocalDate today = LocalDate.now(clock);
        Long daysLeft = row.daysLeftOn(today);
        if (daysLeft == null || !clocks.firstWarning(row)) {
            return;
        }
        String text = ClockNames.of(clockName) + " at risk: due " + DateText.of(row.getDueDate())
                + ", " + daysLeft + (daysLeft == 1 ? " day" : " days") + " left" + exceptionNote(row);
        timeline.record(assessment, "AT_RISK", text);
        notifier.toCaseworker(assessment.getCaseworker(), assessment.getCaseRef(),
                ClockNames.of(clockName) + " at risk", text + "." + whose(assessment));
    }

    public void recordBreach(String caseRef, String deadline) {
        AssessmentCase assessment = cases.require(caseRef);
        Deadline clockName = Deadline.valueOf(deadline);
        StatutoryClock row = clocks.require(assessment.getId(), clockName);
        if (row.standingOn(LocalDate.now(clock)) != Standing.OVERDUE
                || !breaches.findByCaseIdAndDeadlineAndVoidedAtIsNull(assessment.getId(), clockName).isEmpty()) {
            return;
        }
        Breach breach = breaches.save(new Breach(assessment.getId(), clockName, null, row.getDueDate(),
                clock.instant(), row.isExceptionApplies()));
        String text = ClockNames.of(clockName) + " breached: was due " + DateText.of(row.getDueDate())
                + exceptionNote(row);
        timeline.record(assessment, "BREACH", text);
        escalate(assessment, Escalation.Kind.BREACH, breach.getId(), null, text);
        if (!arrivedPast(row)) {
            notifier.toManagerOf(assessment.getTeam(), assessment.getCaseRef(), ClockNames.of(clockName) + " breached",
                    text + "." + whose(assessment));
        }
    }

    /**
     * A review cycle's clock at risk ({@code reviewId} the cycle's id), as {@link #recordAtRisk} does for the
     * assessment's: nothing when it is met, ended or already passed.
     */
    public void recordReviewAtRisk(String caseRef, Long reviewId, String deadline) {
        AssessmentCase assessment = cases.require(caseRef);
        Deadline clockName = Deadline.valueOf(deadline);
        atRisk(assessment, clockName, clocks.ofReview(assessment.getId(), reviewId, clockName).orElse(null));
    }

    /** A review cycle's clock passed: one breach per cycle and clock, escalated to the manager. */
    public void recordReviewBreach(String caseRef, Long reviewId, String deadline) {
        AssessmentCase assessment = cases.require(caseRef);
        Deadline clockName = Deadline.valueOf(deadline);
        StatutoryClock row = clocks.ofReview(assessment.getId(), reviewId, clockName).orElse(null);
        if (passedUnrecorded(row, breaches.findByReviewIdAndDeadlineAndVoidedAtIsNull(reviewId, clockName))) {
            breached(assessment, clockName, row, breaches.save(Breach.ofReview(assessment.getId(), clockName,
                    reviewId, row.getDueDate(), clock.instant())));
        }
    }

    /** A re-assessment's clock at risk (its decision or its plan), as a review cycle's is. */
    public void recordReassessmentAtRisk(String caseRef, Long reassessmentId, String deadline) {
        AssessmentCase assessment = cases.require(caseRef);
        Deadline clockName = Deadline.valueOf(deadline);
        atRisk(assessment, clockName,
                clocks.ofReassessment(assessment.getId(), reassessmentId, clockName).orElse(null));
    }

    /** A re-assessment's clock passed: one breach per re-assessment and clock, escalated to the manager. */
    public void recordReassessmentBreach(String caseRef, Long reassessmentId, String deadline) {
        AssessmentCase assessment = cases.require(caseRef);
        Deadline clockName = Deadline.valueOf(deadline);
        StatutoryClock row = clocks.ofReassessment(assessment.getId(), reassessmentId, clockName).orElse(null);
        if (passedUnrecorded(row, breaches.findByReassessmentIdAndDeadlineAndVoidedAtIsNull(reassessmentId,
                clockName))) {
            breached(assessment, clockName, row, breaches.save(Breach.ofReassessment(assessment.getId(), clockName,
                    reassessmentId, row.getDueDate(), clock.instant())));
        }
    }

    private void atRisk(AssessmentCase assessment, Deadline clockName, StatutoryClock row) {
        Long daysLeft = row == null ? null : row.daysLeftOn(LocalDate.now(clock));
        if (daysLeft == null || !clocks.firstWarning(row)) {
            return;
        }
        String text = ClockNames.of(clockName) + " at risk: due " + DateText.of(row.getDueDate())
                + ", " + daysLeft + (daysLeft == 1 ? " day" : " days") + " left";
        timeline.record(assessment, "AT_RISK", text);
        notifier.toCaseworker(assessment.getCaseworker(), assessment.getCaseRef(),
                ClockNames.of(clockName) + " at risk", text + "." + whose(assessment));
    }

    private boolean passedUnrecorded(StatutoryClock row, List<Breach> standing) {
        return row != null && row.standingOn(LocalDate.now(clock)) == Standing.OVERDUE && standing.isEmpty();
    }

    private void breached(AssessmentCase assessment, Deadline clockName, StatutoryClock row, Breach breach) {
        String text = ClockNames.of(clockName) + " breached: was due " + DateText.of(row.getDueDate());
        timeline.record(assessment, "BREACH", text);
        escalate(assessment, Escalation.Kind.BREACH, breach.getId(), null, text);
        if (!arrivedPast(row)) {
            notifier.toManagerOf(assessment.getTeam(), assessment.getCaseRef(), ClockNames.of(clockName) + " breached",
                    text + "." + whose(assessment));
        }
    }

    /** No reminder for advice already received, excused, withdrawn or past its date, nor a second for its date. */
    public void recordAdviceReminder(Long adviceRequestId) {
        AdviceRequest advice = advice(adviceRequestId);
        StatutoryClock row = clocks.ofAdvice(adviceRequestId);
        if (row.daysLeftOn(LocalDate.now(clock)) == null || !clocks.firstWarning(row)) {
            return;
        }
        AssessmentCase assessment = cases.getReferenceById(advice.getCaseId());
        String text = "Reminder: " + advice.describe() + " is due on " + DateText.of(row.getDueDate());
        timeline.record(assessment, "ADVICE_REMINDER", text);
        notifier.toCaseworker(assessment.getCaseworker(), assessment.getCaseRef(), "Advice due soon",
                text + "." + whose(assessment));
    }

    public void recordAdviceBreach(Long adviceRequestId) {
        AdviceRequest advice = advice(adviceRequestId);
        StatutoryClock row = clocks.ofAdvice(adviceRequestId);
        if (row.standingOn(LocalDate.now(clock)) != Standing.OVERDUE
                || breaches.existsByAdviceRequestIdAndVoidedAtIsNull(adviceRequestId)) {
            return;
        }
        AssessmentCase assessment = cases.getReferenceById(advice.getCaseId());
        Breach breach = breaches.save(Breach.ofAdvice(advice.getCaseId(), adviceRequestId, advice.getReviewId(),
                row.getDueDate(), clock.instant(), row.isExceptionApplies()));
        String text = "Advice breached: " + advice.describe() + " was due " + DateText.of(row.getDueDate())
                + (row.isExceptionApplies() ? " (a reg 8(2) exception applies)" : "");
        timeline.record(assessment, "BREACH", text);
        escalate(assessment, Escalation.Kind.BREACH, breach.getId(), adviceRequestId, text);
        if (!arrivedPast(row)) {
            notifier.toManagerOf(assessment.getTeam(), assessment.getCaseRef(), "Advice breached",
                    text + "." + whose(assessment));
        }
    }

    /**
     * Advice still outstanding {@code sendclock.oversight.advice-escalation-days} after its due date goes to the
     * manager (once per advice request), who has already had the breach: this says the chasing has not worked.
     */
    public void recordAdviceEscalation(Long adviceRequestId) {
        AdviceRequest advice = advice(adviceRequestId);
        StatutoryClock row = clocks.ofAdvice(adviceRequestId);
        Long daysLate = row.daysLateOn(LocalDate.now(clock));
        if (row.standingOn(LocalDate.now(clock)) != Standing.OVERDUE
                || escalations.existsByAdviceRequestIdAndKind(adviceRequestId, Escalation.Kind.ADVICE_OVERDUE)) {
            return;
        }
        AssessmentCase assessment = cases.getReferenceById(advice.getCaseId());
        String text = "Advice still outstanding " + daysLate + " days after it was due: " + advice.describe()
                + " was due " + DateText.of(row.getDueDate());
        escalate(assessment, Escalation.Kind.ADVICE_OVERDUE, null, adviceRequestId, text);
        // Quiet only when this escalation's own day had already passed when the clock arrived: advice that came in a
        // few days overdue and is still not chased home a fortnight later is news, not history.
        if (!row.arrivedPast(clockSettings.passedAt(row.getDueDate().plusDays(settings.adviceEscalationDays())))) {
            notifier.toManagerOf(assessment.getTeam(), assessment.getCaseRef(),
                    "Advice " + settings.adviceEscalationDays() + " days overdue", text + "." + whose(assessment));
        }
    }

    /**
     * A fact recorded or corrected moved a clock: each breach still standing for it is set right by what the facts
     * now say, and an escalation raised for a breach that never was closes itself with its task.
     */
    @EventListener
    public void clockChanged(ClockChanged change) {
        StatutoryClock row = change.clock();
        if (!row.getClock().isCouncilDuty()) {
            return;
        }
        List<Breach> standing = row.getAdviceRequestId() != null
                ? breaches.findByAdviceRequestIdAndVoidedAtIsNull(row.getAdviceRequestId())
                : row.getReviewId() != null
                ? breaches.findByReviewIdAndDeadlineAndVoidedAtIsNull(row.getReviewId(), row.getClock())
                : row.getReassessmentId() != null
                ? breaches.findByReassessmentIdAndDeadlineAndVoidedAtIsNull(row.getReassessmentId(), row.getClock())
                : breaches.findByCaseIdAndDeadlineAndVoidedAtIsNull(row.getCaseId(), row.getClock()).stream()
                        .filter(b -> b.getReviewId() == null && b.getReassessmentId() == null).toList();
        if (standing.isEmpty() && row.getAdviceRequestId() == null) {
            return;
        }
        AssessmentCase assessment = change.assessment();
        LocalDate today = LocalDate.now(clock);
        Standing now = row.standingOn(today);
        AdviceRequest advice = row.getAdviceRequestId() == null ? null : advice(row.getAdviceRequestId());
        String name = advice == null ? ClockNames.of(row.getClock())
                : OpenClocks.clockName(Deadline.ADVICE, advice.getAdviceType(), advice.getProvider());
        String why = switch (now) {
            case MET -> "recorded late, met on time (" + DateText.of(row.getDoneDate()) + ", due "
                    + DateText.of(row.getDueDate()) + ")";
            case RUNNING, AT_RISK -> "not passed: now due " + DateText.of(row.getDueDate());
            case NOT_NEEDED -> row.getEndedDate().isAfter(row.getDueDate()) ? null
                    : "no longer needed from " + DateText.of(row.getEndedDate()) + ", before it was due";
            case OVERDUE, LATE -> null;
        };
        for (Breach breach : standing) {
            if (why != null) {
                breach.voidBecause(why, clock.instant());
                timeline.record(assessment, "BREACH_VOIDED", name + " breach withdrawn: " + why);
                closeEscalations(escalations.findByBreachIdAndAcknowledgedAtIsNull(breach.getId()), why);
            } else if (!breach.getDueDate().equals(row.getDueDate())) {
                timeline.record(assessment, "BREACH_REDATED", name + " breach now of its corrected due date "
                        + DateText.of(row.getDueDate()) + " (was " + DateText.of(breach.getDueDate()) + ")");
                breach.redate(row.getDueDate());
            }
        }
        if (why != null && advice != null) {
            closeEscalations(escalations.findByAdviceRequestIdAndAcknowledgedAtIsNull(advice.getId()), why);
        }
    }

    private void closeEscalations(List<Escalation> open, String why) {
        for (Escalation escalation : open) {
            if (escalation.isOpen()) {
                escalation.acknowledge(Timeline.SYSTEM, "Closed by itself: " + why, clock.instant());
                process.completeIfOpen(escalation.getTaskId());
            }
        }
    }

    /** A clock already passed when it was written (an import, a backdated request) alerts no one by e-mail. */
    private boolean arrivedPast(StatutoryClock row) {
        return row.arrivedPast(clockSettings.passedAt(row.getDueDate()));
    }

    /** The escalation the model's next step (a throw to the manager) asks to acknowledge. */
    private void escalate(AssessmentCase assessment, Escalation.Kind kind, Long breachId, Long adviceRequestId,
                          String text) {
        escalations.save(new Escalation(assessment.getId(), kind, breachId, adviceRequestId, text, clock.instant()));
        timeline.record(assessment, "ESCALATED", "Escalated to the manager: " + text);
    }

    /** Who holds the case, for the e-mails (never the child's name). */
    private static String whose(AssessmentCase assessment) {
        return "\nCaseworker: " + (assessment.getCaseworker() == null ? "none" : assessment.getCaseworker())
                + "\nTeam: " + (assessment.getTeam() == null ? "none" : assessment.getTeam());
    }

    private static String exceptionNote(StatutoryClock row) {
        return row.isExceptionApplies() ? " (a reg 10(4) exception applies)" : "";
    }

    private AdviceRequest advice(Long id) {
        return adviceRequests.findById(id).orElseThrow(() -> new IllegalStateException("no advice request " + id));
    }
}
