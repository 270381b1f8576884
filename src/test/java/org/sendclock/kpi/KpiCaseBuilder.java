package org.sendclock.kpi;

import java.time.Instant;
import java.time.LocalDate;
import org.sendclock.advice.AdviceExceptionReason;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.advice.AdviceType;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Child;
import org.sendclock.casefile.ClosedReason;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.ExceptionReason;
import org.sendclock.casefile.ExceptionRecord;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.RequestSource;
import org.sendclock.clock.ClockRegister;
import org.sendclock.deadline.StatutoryCalendar;

/**
 * Writes hand-made cases straight into the case record (no process engine): the KPIs read only the case record and
 * its clock register, and dates years in the past are what the tests need. Due dates come from the statutory
 * calendar, as for a real case, and after every change the case's clocks are brought into line with its facts by the
 * clock register, exactly as {@code AdviceService.updateClocks} does for every step.
 */
final class KpiCaseBuilder {

    private final CaseRepository cases;
    private final AdviceRequestRepository advice;
    private final ExceptionRecordRepository exceptions;
    private final StatutoryCalendar calendar;
    private final ClockRegister clocks;

    KpiCaseBuilder(CaseRepository cases, AdviceRequestRepository advice, ExceptionRecordRepository exceptions,
                   StatutoryCalendar calendar, ClockRegister clocks) {
        this.cases = cases;
        this.advice = advice;
        this.exceptions = exceptions;
        this.calendar = calendar;
        this.clocks = clocks;
    }

    Case requested(String ref, LocalDate requestDate) {
        AssessmentCase c = new AssessmentCase(ref, new Child("Test", "Child " + ref, LocalDate.of(2008, 3, 1), null,
                null), requestDate, RequestSource.PARENT, calendar.dueDates(requestDate), "caseworker", "North",
                Instant.parse("2026-01-01T00:00:00Z"));
        return new Case(cases.save(c)).clocks();
    }

    /** A case as an import brings it: no child details, no request source. */
    Case imported(String ref, LocalDate requestDate) {
        AssessmentCase c = new AssessmentCase(ref, null, requestDate, null, calendar.dueDates(requestDate), null, null,
                Instant.parse("2026-01-01T00:00:00Z"));
        return new Case(cases.save(c)).clocks();
    }

    final class Case {
        private final AssessmentCase c;

        private Case(AssessmentCase c) {
            this.c = c;
        }

        /** Decided to assess, the family told the same day. */
        Case assessed(LocalDate on) {
            return assessed(on, on);
        }

        /** Decided to assess on {@code on}, the family told on {@code noticeOn}. */
        Case assessed(LocalDate on, LocalDate noticeOn) {
            c.decide(Decision.ASSESS, on, noticeOn, null, null);
            return save();
        }

        Case refused(LocalDate on) {
            c.decide(Decision.REFUSE, on, on, "needs met at SEN support", on);
            return save();
        }

        Case planToBeIssued(LocalDate on) {
            c.decidePlan(PlanDecision.ISSUE_PLAN, on, null);
            return save();
        }

        Case noPlan(LocalDate on) {
            c.decidePlan(PlanDecision.NO_PLAN, on, on);
            return save();
        }

        Case planIssued(LocalDate on) {
            c.issueFinalPlan(on);
            return save();
        }

        Case withdrawn(LocalDate on) {
            c.close(ClosedReason.WITHDRAWN, on, "withdrawn by the parent");
            return save();
        }

        Case movedOut(LocalDate on) {
            c.close(ClosedReason.MOVED_OUT, on, "moved to another council");
            return save();
        }

        /** A reg 10(4) exception recorded with its dates and agreed by a manager: it counts. */
        Case exception(LocalDate startsOn) {
            ExceptionRecord exception = new ExceptionRecord(c.getId(), ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
                    startsOn, startsOn.plusWeeks(4), "family emergency", "caseworker",
                    Instant.parse("2026-01-01T00:00:00Z"));
            exception.agree("manager", Instant.parse("2026-01-02T00:00:00Z"));
            exceptions.save(exception);
            return clocks();
        }

        /** A reg 10(4) exception a caseworker recorded that no manager has agreed yet: it does not count. */
        Case exceptionAwaitingAgreement(LocalDate startsOn) {
            exceptions.save(new ExceptionRecord(c.getId(), ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
                    startsOn, startsOn.plusWeeks(4), "family emergency", "caseworker",
                    Instant.parse("2026-01-01T00:00:00Z")));
            return clocks();
        }

        /** A reg 10(4) exception as an old system held it: a reason, no dates. */
        Case importedException() {
            exceptions.save(ExceptionRecord.imported(c.getId(), ExceptionReason.ABSENT_FROM_AREA, "import",
                    Instant.parse("2026-01-01T00:00:00Z")));
            return clocks();
        }

        private AdviceRequest advice(AdviceType type, LocalDate requested) {
            return advice.save(new AdviceRequest(c.getId(), type, null, requested, calendar.adviceDue(requested)));
        }

        Case adviceReceived(AdviceType type, LocalDate requested, LocalDate received) {
            AdviceRequest a = advice(type, requested);
            a.receive(received);
            advice.save(a);
            return clocks();
        }

        /** Excused under reg 8(2); received later when {@code received} is given. */
        Case adviceExcused(AdviceType type, LocalDate requested, LocalDate received) {
            AdviceRequest a = advice(type, requested);
            a.excuse(AdviceExceptionReason.EXCEPTIONAL_CIRCUMSTANCES, "clinician on long-term leave", requested, null);
            if (received != null) {
                a.receive(received);
            }
            advice.save(a);
            return clocks();
        }

        Case adviceWithdrawn(AdviceType type, LocalDate requested, LocalDate withdrawn) {
            AdviceRequest a = advice(type, requested);
            a.withdraw(withdrawn, "case withdrawn");
            advice.save(a);
            return clocks();
        }

        Case adviceOutstanding(AdviceType type, LocalDate requested) {
            advice(type, requested);
            return clocks();
        }

        private Case save() {
            cases.save(c);
            return clocks();
        }

        /** The clock register brought into line with the facts just written, as every real step does. */
        private Case clocks() {
            clocks.update(c, advice.findByCaseIdOrderByRequestedDateAscIdAsc(c.getId()).stream()
                    .map(AdviceRequest::clockFacts).toList());
            return this;
        }
    }
}
