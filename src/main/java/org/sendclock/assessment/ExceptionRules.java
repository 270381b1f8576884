package org.sendclock.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceType;
import org.sendclock.assessment.Commands.RecordException;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.ExceptionReason;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;

/**
 * What reg 10(4) allows a recorded exception to be. It is a fact with dates, checked against the case's other recorded
 * dates, never against the day it is typed in (except that nothing may start in the future):
 * <ul>
 *   <li>it starts on or after the request and while one of the clocks it can excuse (weeks 6, 16, 20) still ran;</li>
 *   <li>a school or early-years closure (a), (b) has its reopening date, lasts 4 weeks or more, and educational advice
 *   was asked (of the school or setting) from one week before it closed to one week before it reopened;</li>
 *   <li>an absence from the area (d) has its return date and lasts 4 continuous weeks or more.</li>
 * </ul>
 * The end date is the day it ended: the school or setting reopened, the family came back.
 */
final class ExceptionRules {

    /** "4 weeks or more" (reg 10(4)(a), (b), (d)). */
    static final int FOUR_WEEKS = 28;
    /** The window for advice around a closure opens and closes one week before the closure does. */
    static final int WINDOW_LEAD_DAYS = 7;

    private static final Set<Deadline> EXCUSABLE = EnumSet.of(Deadline.DECISION, Deadline.NO_PLAN_NOTICE,
            Deadline.FINAL_PLAN);

    private ExceptionRules() {
    }

    static void check(RecordException command, AssessmentCase assessment, List<StatutoryClock> clocks,
                      List<AdviceRequest> advice, LocalDate today) {
        LocalDate start = command.startDate();
        LocalDate end = command.endDate();
        ExceptionReason reason = command.reason();
        boolean closure = reason == ExceptionReason.SCHOOL_CLOSURE || reason == ExceptionReason.EARLY_YEARS_CLOSURE;
        boolean absence = reason == ExceptionReason.ABSENT_FROM_AREA;
        InvalidRequest.Collector errors = new InvalidRequest.Collector()
                .notInFuture("startDate", start, today)
                .notBefore("startDate", start, assessment.getRequestDate(), "the request date");
        Stop lastStop = lastStop(clocks);
        if (lastStop != null) {
            errors.rejectIf(start.isAfter(lastStop.date()), "startDate", "must not be after "
                    + DateText.of(lastStop.date()) + ", when " + lastStop.what()
                    + ": an exception can only cover time while a clock it excuses ran");
        }
        errors.notInFuture("endDate", end, today)
                .notBefore("endDate", end, start, "the start date")
                .rejectIf(closure && end == null, "endDate", "is required for a closure: the day the "
                        + (reason == ExceptionReason.SCHOOL_CLOSURE ? "school or college" : "setting") + " reopened")
                .rejectIf(absence && end == null, "endDate",
                        "is required for an absence from the area: the day the family came back");
        if ((closure || absence) && end != null && !end.isBefore(start)
                && ChronoUnit.DAYS.between(start, end) < FOUR_WEEKS) {
            errors.reject("endDate", "must be at least 4 weeks after the start date, "
                    + DateText.of(start.plusDays(FOUR_WEEKS)) + " or later: reg 10(4) needs "
                    + (closure ? "a closure of 4 weeks or more" : "an absence of 4 continuous weeks or more")
                    + ", and this one lasted " + ChronoUnit.DAYS.between(start, end) + " days");
        }
        if (closure && end != null && !end.isBefore(start)) {
            LocalDate from = start.minusDays(WINDOW_LEAD_DAYS);
            LocalDate to = end.minusDays(WINDOW_LEAD_DAYS);
            boolean askedInWindow = advice.stream().anyMatch(a -> a.getAdviceType() == AdviceType.EDUCATION
                    && !a.getRequestedDate().isBefore(from) && !a.getRequestedDate().isAfter(to));
            errors.rejectIf(!askedInWindow, "reason", "does not apply: a closure exception needs educational advice "
                    + "asked of the school or setting between " + DateText.of(from) + " and " + DateText.of(to)
                    + " (one week before it closed to one week before it reopened), and none was asked then");
        }
        errors.throwIfAny();
    }

    /** When the last clock the exception could excuse stopped; null while one still runs. */
    private static Stop lastStop(List<StatutoryClock> clocks) {
        List<StatutoryClock> excusable = clocks.stream().filter(k -> EXCUSABLE.contains(k.getClock())).toList();
        if (excusable.isEmpty() || excusable.stream().anyMatch(k -> stopOf(k) == null)) {
            return null;
        }
        return excusable.stream().map(ExceptionRules::stopOf).filter(Objects::nonNull)
                .max(Comparator.comparing(Stop::date)).orElse(null);
    }

    private static Stop stopOf(StatutoryClock k) {
        if (k.getDoneDate() != null) {
            return new Stop(k.getDoneDate(), switch (k.getClock()) {
                case DECISION -> "the family was told of the decision whether to assess";
                case NO_PLAN_NOTICE -> "the notice that no plan will be issued was sent";
                default -> "the final plan was issued";
            });
        }
        return k.getEndedDate() == null ? null : new Stop(k.getEndedDate(), "the clocks stopped (" + k.getEndedReason() + ")");
    }

    private record Stop(LocalDate date, String what) {
    }
}
