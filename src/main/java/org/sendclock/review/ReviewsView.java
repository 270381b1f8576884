package org.sendclock.review;

import org.sendclock.advice.AdviceStatus;
import org.sendclock.advice.AdviceType;
import java.time.LocalDate;
import java.util.List;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.Deadline;
import org.sendclock.plan.AnnualReview;

/**
 * A plan's review cycles as the API and the case page show them, oldest first: each cycle's recorded facts, its clocks
 * from the register with their standing today, and its open caseworker's tasks (the step it is at; a manager's
 * escalation is answered on the oversight page).
 */
public record ReviewsView(String caseRef, LocalDate planStartDate, LocalDate planCeasedDate, List<Cycle> cycles) {

    public record Cycle(
            int cycle,
            long reviewId,
            AnnualReview.Source source,
            LocalDate startDate,
            LocalDate dueDate,
            Standing standing,
            LocalDate meetingDate,
            String meetingArrangedBy,
            boolean meetingHeld,
            LocalDate invitationsSentDate,
            LocalDate adviceCirculatedDate,
            LocalDate reportDate,
            ReviewDecision decision,
            LocalDate decisionDate,
            LocalDate amendmentsProposedDate,
            LocalDate amendedPlanDate,
            LocalDate representationsDate,
            LocalDate ceaseConsultedDate,
            boolean phaseTransfer,
            List<ClockView> clocks,
            List<AdviceView> advice,
            List<TaskView> openTasks) {

        /** The step the cycle's process is at (its first open task), or null when it has none. */
        public String step() {
            return openTasks.isEmpty() ? null : openTasks.get(0).key();
        }

        public boolean isAt(String taskKey) {
            return openTasks.stream().anyMatch(t -> t.key().equals(taskKey));
        }

        /** The advice asked for this review and still awaited (neither received, excused nor withdrawn). */
        public List<AdviceView> adviceOutstanding() {
            return advice.stream().filter(a -> a.status() == AdviceStatus.REQUESTED).toList();
        }
    }

    public record ClockView(Deadline clock, String name, LocalDate startDate, LocalDate dueDate, Standing standing,
                            LocalDate doneDate, Long daysLeft, Long daysLate, LocalDate endedDate, String endedReason) {
    }

    /**
     * One advice request asked for the review (ADR 29) and its six-week clock: who from, when asked, due, where it
     * stands, and the day it was received, excused or withdrawn.
     */
    public record AdviceView(long id, AdviceType adviceType, String provider, String from, LocalDate requestedDate,
                             LocalDate dueDate, AdviceStatus status, Standing standing, LocalDate receivedDate,
                             LocalDate excusedDate, LocalDate withdrawnDate) {
    }

    public record TaskView(String id, String key, String name, LocalDate dueDate, String assignee) {
    }

    /** The cycle still open (not decided), if any. */
    public Cycle openCycle() {
        return cycles.stream().filter(c -> c.decisionDate() == null).reduce((a, b) -> b).orElse(null);
    }
}
