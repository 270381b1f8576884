package org.sendclock.clock;

import java.time.LocalDate;
import org.sendclock.deadline.Deadline;

/** What the recorded facts say one clock is: the dates a {@link StatutoryClock} row takes. */
record ClockSpec(Deadline clock, Long adviceRequestId, Long reviewId, LocalDate start, LocalDate due, LocalDate atRiskFrom,
                 LocalDate done, String doneBy, LocalDate ended, String endedReason, boolean exceptionApplies,
                 Long reassessmentId) {

    /** A clock of the assessment, of the plan or of a review cycle: no re-assessment's. */
    ClockSpec(Deadline clock, Long adviceRequestId, Long reviewId, LocalDate start, LocalDate due, LocalDate atRiskFrom,
              LocalDate done, String doneBy, LocalDate ended, String endedReason, boolean exceptionApplies) {
        this(clock, adviceRequestId, reviewId, start, due, atRiskFrom, done, doneBy, ended, endedReason,
                exceptionApplies, null);
    }
}
