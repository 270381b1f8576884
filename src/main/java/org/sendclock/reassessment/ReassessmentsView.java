package org.sendclock.reassessment;

import java.time.LocalDate;
import java.util.List;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.advice.AdviceType;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.Deadline;

/** The re-assessments of a case's plan, oldest first, each with its facts, its clocks and its open steps. */
public record ReassessmentsView(String caseRef, List<ReassessmentView> reassessments) {

    public record ReassessmentView(int number, LocalDate requestDate, Reassessment.RequestedBy requestedBy,
                                   Reassessment.Decision decision, LocalDate decisionDate,
                                   Reassessment.Outcome outcome, LocalDate outcomeDate, boolean open,
                                   List<AdviceView> advice, List<ClockView> clocks, List<String> openSteps) {
    }

    public record AdviceView(long id, AdviceType adviceType, String provider, LocalDate requestedDate,
                             LocalDate dueDate, AdviceStatus status, LocalDate receivedDate) {
    }

    public record ClockView(Deadline clock, Long adviceRequestId, LocalDate startDate, LocalDate dueDate,
                            LocalDate doneDate, LocalDate endedDate, String endedReason, Standing standing,
                            Long daysLeft, Long daysLate) {
    }
}
