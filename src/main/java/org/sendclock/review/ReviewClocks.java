package org.sendclock.review;

import java.util.Date;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.ClockSettings;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.springframework.stereotype.Component;

/**
 * The timer dates of the review model ({@code timeDate="${reviewClocks.breach(caseRef, reviewId, 'REVIEW_DECISION')}"}),
 * read from the cycle's clocks in the register, as {@code caseClocks} does for the assessment: a corrected fact moves
 * the clock, and recalculating the jobs moves the timers. Nothing is copied into process variables.
 */
@Component("reviewClocks")
public class ReviewClocks {

    private final CaseRepository cases;
    private final ClockRegister clocks;
    private final ClockSettings settings;

    public ReviewClocks(CaseRepository cases, ClockRegister clocks, ClockSettings settings) {
        this.cases = cases;
        this.clocks = clocks;
        this.settings = settings;
    }

    public Date atRisk(String caseRef, Long reviewId, String deadline) {
        return Date.from(settings.warningAt(clock(caseRef, reviewId, deadline).getAtRiskFrom()));
    }

    public Date breach(String caseRef, Long reviewId, String deadline) {
        return Date.from(settings.passedAt(clock(caseRef, reviewId, deadline).getDueDate()));
    }

    private StatutoryClock clock(String caseRef, Long reviewId, String deadline) {
        Deadline which = Deadline.valueOf(deadline);
        return clocks.ofReview(cases.require(caseRef).getId(), reviewId, which).orElseThrow(() ->
                new IllegalStateException("review " + reviewId + " of case " + caseRef + " has no " + which
                        + " clock: the step that gives it is not recorded"));
    }
}
