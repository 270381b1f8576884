package org.sendclock.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.sendclock.deadline.DayCounting;
import org.sendclock.deadline.Deadline;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council's choices about its clocks (application.yml, {@code sendclock.clocks}): how days are counted, how far
 * ahead warnings come, and when in the day they fire. Breaches are not configurable: a clock is passed when its due
 * date ends. {@code exceptionNeedsManagerAgreement} (default true): a reg 10(4) exception counts in the "excluding
 * exceptions" measures only once a manager has recorded or agreed it; false counts every exception as recorded.
 * {@code reviewAtRiskDays} (default 56): how long before a plan's review is due it shows at risk;
 * {@code underFiveReviewMonths} (default 6, at most 12): how often the plan of a child under five is reviewed.
 * {@code reviewStepAtRiskDays} (default 5): the warning before a review's invitations, advice, report and decision
 * are due; {@code amendedPlanAtRiskDays} (default 14) before an amended plan; {@code phaseTransferAtRiskDays}
 * (default 56) before a phase transfer's 15 February or 31 March. {@code infantJuniorTransfers} (default false): the
 * council has separate infant and junior schools, so Year 2 is a phase transfer too.
 */
@ConfigurationProperties("sendclock.clocks")
public record ClockSettings(
        DayCounting dayCounting,
        LocalTime warningTime,
        ZoneId zone,
        int decisionAtRiskDays,
        int noPlanNoticeAtRiskDays,
        int finalPlanAtRiskDays,
        int adviceReminderDays,
        Boolean exceptionNeedsManagerAgreement,
        Integer reviewAtRiskDays,
        Integer underFiveReviewMonths,
        Integer reviewStepAtRiskDays,
        Integer amendedPlanAtRiskDays,
        Integer phaseTransferAtRiskDays,
        Boolean infantJuniorTransfers) {

    public ClockSettings {
        if (dayCounting == null) {
            dayCounting = DayCounting.START_PLUS_PERIOD;
        }
        if (warningTime == null) {
            warningTime = LocalTime.of(7, 0);
        }
        if (zone == null) {
            zone = ZoneId.of("Europe/London");
        }
        if (exceptionNeedsManagerAgreement == null) {
            exceptionNeedsManagerAgreement = true;
        }
        if (reviewAtRiskDays == null) {
            reviewAtRiskDays = 56;
        }
        if (underFiveReviewMonths == null) {
            underFiveReviewMonths = 6;
        }
        if (reviewStepAtRiskDays == null) {
            reviewStepAtRiskDays = 5;
        }
        if (amendedPlanAtRiskDays == null) {
            amendedPlanAtRiskDays = 14;
        }
        if (phaseTransferAtRiskDays == null) {
            phaseTransferAtRiskDays = 56;
        }
        if (infantJuniorTransfers == null) {
            infantJuniorTransfers = false;
        }
        if (underFiveReviewMonths < 1 || underFiveReviewMonths > 12) {
            throw new IllegalArgumentException("sendclock.clocks.under-five-review-months must be 1 to 12: the law "
                    + "asks for a review within 12 months whatever the child's age");
        }
        for (int days : new int[] {decisionAtRiskDays, noPlanNoticeAtRiskDays, finalPlanAtRiskDays, adviceReminderDays,
                reviewAtRiskDays, reviewStepAtRiskDays, amendedPlanAtRiskDays, phaseTransferAtRiskDays}) {
            if (days < 0) {
                throw new IllegalArgumentException("sendclock.clocks warning periods must not be negative");
            }
        }
    }

    public int atRiskDays(Deadline deadline) {
        return switch (deadline) {
            case DECISION -> decisionAtRiskDays;
            case NO_PLAN_NOTICE -> noPlanNoticeAtRiskDays;
            case FINAL_PLAN -> finalPlanAtRiskDays;
            case ADVICE -> adviceReminderDays;
            case COMMENT_PERIOD, AMENDMENT_REPRESENTATIONS -> 0;
            case ANNUAL_REVIEW -> reviewAtRiskDays;
            case REVIEW_INVITATIONS, REVIEW_ADVICE, REVIEW_REPORT, REVIEW_DECISION, TRANSFER_IN_NOTICE ->
                    reviewStepAtRiskDays;
            case AMENDED_PLAN -> amendedPlanAtRiskDays;
            case TRANSFER_TO_SCHOOL, TRANSFER_TO_JUNIOR, TRANSFER_TO_SECONDARY, TRANSFER_TO_POST16, TRANSFER_POST16_MOVE ->
                    phaseTransferAtRiskDays;
            // A re-assessment warns as its nearest kin do: the 15 days as a review's steps, the 14 weeks as week 20.
            case REASSESSMENT_DECISION -> reviewStepAtRiskDays;
            case REASSESSMENT_PLAN -> finalPlanAtRiskDays;
        };
    }

    /** When the "at risk" warning (or advice reminder) for a due date fires. */
    public Instant warningAt(Deadline deadline, LocalDate due) {
        return warningAt(due.minusDays(atRiskDays(deadline)));
    }

    /** When a warning fires on its first at-risk day. */
    public Instant warningAt(LocalDate atRiskFrom) {
        return atRiskFrom.atTime(warningTime).atZone(zone).toInstant();
    }

    /** A step is on time if done on its due date, so its clock is passed only when that day has ended. */
    public Instant passedAt(LocalDate due) {
        return due.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The due moment shown on a task: the end of its due day. */
    public Instant taskDueAt(LocalDate due) {
        return passedAt(due).minusSeconds(60);
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
