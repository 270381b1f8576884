package org.sendclock.oversight;

import java.time.LocalDate;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.Deadline;

/**
 * One row of the reviews register: a plan's review due in the next eight weeks or overdue, or a step of its open
 * cycle (invitations, advice, report, decision, amended plan) at risk or overdue. {@code cycle} is the review's number
 * (1 for the plan's first); {@code setting} the school, college or SEN setting the plan names now;
 * {@code nationalCurriculumYear} today's, from the date of birth. {@code standing} is the register's: {@code OVERDUE},
 * {@code AT_RISK} (inside its warning window) or {@code RUNNING} (a review due within eight weeks, not yet in its
 * window). {@code daysLate} is set when overdue, {@code daysLeft} otherwise.
 */
public record ReviewRow(
        String caseRef,
        String childName,
        Integer nationalCurriculumYear,
        String setting,
        Integer cycle,
        Deadline clock,
        String clockName,
        LocalDate dueDate,
        Standing standing,
        Long daysLate,
        Long daysLeft,
        String team,
        String caseworker) {

    public boolean overdue() {
        return standing == Standing.OVERDUE;
    }
}
