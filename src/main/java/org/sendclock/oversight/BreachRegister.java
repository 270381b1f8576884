package org.sendclock.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.casefile.Timeline;
import org.sendclock.deadline.Deadline;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the statutory clocks say when their timers fire: "at risk" warnings, advice reminders and breaches.
 * Called from the BPMN model's service tasks, inside the engine's transaction.
 */
@Component("breachRegister")
@Transactional
public class BreachRegister {

    private final CaseRepository cases;
    private final AdviceRequestRepository adviceRequests;
    private final ExceptionRecordRepository exceptions;
    private final BreachRepository breaches;
    private final Timeline timeline;
    private final Clock clock;
    private final Notifier notifier;
    private final EscalationRepository escalations;
    private final OversightSettings settings;

    public BreachRegister(CaseRepository cases, AdviceRequestRepository adviceRequests,
                          ExceptionRecordRepository exceptions, BreachRepository breaches, Timeline timeline,
                          Clock clock, Notifier notifier, EscalationRepository escalations,
                          OversightSettings settings) {
        this.notifier = notifier;
        this.escalations = escalations;
        this.settings = settings;
        this.cases = cases;
        this.adviceRequests = adviceRequests;
        this.exceptions = exceptions;
        this.breaches = breaches;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * A warning is only worth giving while there is time: when a late-entered request puts the warning date and the
     * due date both in the past, only the breach is recorded.
     */
    public void recordAtRisk(String caseRef, String deadline) {
        AssessmentCase assessment = cases.require(caseRef);
        Deadline clockName = Deadline.valueOf(deadline);
        LocalDate due = assessment.dueDates().of(clockName);
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(due)) {
            return;
        }
        long daysLeft = due.toEpochDay() - today.toEpochDay();
        String text = ClockNames.of(clockName) + " at risk: due " + DateText.of(due)
                + ", " + daysLeft + (daysLeft == 1 ? " day" : " days") + " left" + exceptionNote(assessment);
        timeline.record(assessment, "AT_RISK", text);
        notifier.toCaseworker(assessment.getCaseworker(), assessment.getCaseRef(),
                ClockNames.of(clockName) + " at risk", text + "." + whose(assessment));
    }

    public void recordBreach(String caseRef, String deadline) {
        AssessmentCase assessment = cases.require(caseRef);
        Deadline clockName = Deadline.valueOf(deadline);
        if (!breaches.findByCaseIdAndDeadlineAndVoidedAtIsNull(assessment.getId(), clockName).isEmpty()) {
            return;
        }
        LocalDate due = assessment.dueDates().of(clockName);
        boolean exceptionApplies = exceptions.existsByCaseId(assessment.getId());
        Breach breach = breaches.save(new Breach(assessment.getId(), clockName, null, due, clock.instant(),
                exceptionApplies));
        String text = ClockNames.of(clockName) + " breached: was due " + DateText.of(due) + exceptionNote(assessment);
        timeline.record(assessment, "BREACH", text);
        escalate(assessment, Escalation.Kind.BREACH, breach.getId(), null, text);
        notifier.toManagerOf(assessment.getTeam(), assessment.getCaseRef(), ClockNames.of(clockName) + " breached",
                text + "." + whose(assessment));
    }

    public void recordAdviceReminder(Long adviceRequestId) {
        AdviceRequest advice = advice(adviceRequestId);
        AssessmentCase assessment = cases.getReferenceById(advice.getCaseId());
        String text = "Reminder: " + advice.describe() + " is due on " + DateText.of(advice.getDueDate());
        timeline.record(assessment, "ADVICE_REMINDER", text);
        notifier.toCaseworker(assessment.getCaseworker(), assessment.getCaseRef(), "Advice due soon",
                text + "." + whose(assessment));
    }

    public void recordAdviceBreach(Long adviceRequestId) {
        AdviceRequest advice = advice(adviceRequestId);
        if (breaches.existsByAdviceRequestIdAndVoidedAtIsNull(adviceRequestId)) {
            return;
        }
        AssessmentCase assessment = cases.getReferenceById(advice.getCaseId());
        boolean excused = advice.getExceptionReason() != null;
        Breach breach = breaches.save(new Breach(advice.getCaseId(), Deadline.ADVICE, adviceRequestId,
                advice.getDueDate(), clock.instant(), excused));
        String text = "Advice breached: " + advice.describe() + " was due "
                + DateText.of(advice.getDueDate()) + (excused ? " (a reg 8(2) exception applies)" : "");
        timeline.record(assessment, "BREACH", text);
        escalate(assessment, Escalation.Kind.BREACH, breach.getId(), adviceRequestId, text);
        notifier.toManagerOf(assessment.getTeam(), assessment.getCaseRef(), "Advice breached",
                text + "." + whose(assessment));
    }

    /**
     * Advice still outstanding {@code sendclock.oversight.advice-escalation-days} after its due date goes to the
     * manager (once per advice request), who has already had the breach: this says the chasing has not worked.
     */
    public void recordAdviceEscalation(Long adviceRequestId) {
        AdviceRequest advice = advice(adviceRequestId);
        if (!advice.getStatus().isOutstanding()
                || escalations.existsByAdviceRequestIdAndKind(adviceRequestId, Escalation.Kind.ADVICE_OVERDUE)) {
            return;
        }
        AssessmentCase assessment = cases.getReferenceById(advice.getCaseId());
        long daysLate = LocalDate.now(clock).toEpochDay() - advice.getDueDate().toEpochDay();
        String text = "Advice still outstanding " + daysLate + " days after it was due: " + advice.describe()
                + " was due " + DateText.of(advice.getDueDate());
        escalate(assessment, Escalation.Kind.ADVICE_OVERDUE, null, adviceRequestId, text);
        notifier.toManagerOf(assessment.getTeam(), assessment.getCaseRef(),
                "Advice " + settings.adviceEscalationDays() + " days overdue", text + "." + whose(assessment));
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

    /**
     * After a request date correction, a recorded breach whose clock has in fact not passed is voided (kept, marked,
     * and noted on the timeline), never deleted.
     */
    public void voidBreachesNoLongerPassed(AssessmentCase assessment) {
        LocalDate today = LocalDate.now(clock);
        for (Deadline clockName : List.of(Deadline.DECISION, Deadline.NO_PLAN_NOTICE, Deadline.FINAL_PLAN)) {
            LocalDate due = assessment.dueDates().of(clockName);
            if (!today.isAfter(due)) {
                for (Breach breach : breaches.findByCaseIdAndDeadlineAndVoidedAtIsNull(assessment.getId(), clockName)) {
                    breach.voidBecause("request date corrected: now due " + DateText.of(due), clock.instant());
                    timeline.record(assessment, "BREACH_VOIDED", ClockNames.of(clockName)
                            + " breach withdrawn: after the request date correction it is due " + DateText.of(due));
                }
            }
        }
    }

    private String exceptionNote(AssessmentCase assessment) {
        return exceptions.existsByCaseId(assessment.getId()) ? " (a reg 10(4) exception applies)" : "";
    }

    private AdviceRequest advice(Long id) {
        return adviceRequests.findById(id).orElseThrow(() -> new IllegalStateException("no advice request " + id));
    }
}
