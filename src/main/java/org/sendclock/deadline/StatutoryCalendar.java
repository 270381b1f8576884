package org.sendclock.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Every statutory due date of an EHC needs assessment and of a plan's review, computed from recorded dates only.
 *
 * <p>Pure date arithmetic on {@link LocalDate}: no time zones, so leap days, year ends and the clock changes in
 * March and October cannot move a due date. "Today" is never an input.
 */
public final class StatutoryCalendar {

    static final int DECISION_WEEKS = 6;
    static final int NO_PLAN_NOTICE_WEEKS = 16;
    static final int FINAL_PLAN_WEEKS = 20;
    static final int ADVICE_WEEKS = 6;
    /** Reg 13(1): at least 15 days to comment on a draft, counting the day it was served. */
    static final int COMMENT_PERIOD_DAYS = 15;
    static final int REVIEW_NOTICE_WEEKS = 2;
    static final int REVIEW_REPORT_WEEKS = 2;
    static final int REVIEW_DECISION_WEEKS = 4;
    static final int AMENDED_PLAN_WEEKS = 8;
    static final int TRANSFER_NOTICE_WEEKS = 6;
    /** Reg 27: the decision whether to reassess, notified within 15 days of the request. */
    static final int REASSESSMENT_DECISION_DAYS = 15;
    static final int REASSESSMENT_PLAN_WEEKS = 14;
    /** Reg 24(2): a re-assessment may be refused within six months of the last EHC needs assessment. */
    static final int REASSESSMENT_REFUSAL_MONTHS = 6;

    private final DayCounting counting;

    public StatutoryCalendar(DayCounting counting) {
        this.counting = Objects.requireNonNull(counting, "counting");
    }

    public DayCounting counting() {
        return counting;
    }

    public StatutoryDueDates dueDates(LocalDate requestDate) {
        return new StatutoryDueDates(decisionDue(requestDate), noPlanNoticeDue(requestDate), finalPlanDue(requestDate));
    }

    public LocalDate decisionDue(LocalDate requestDate) {
        return weeksAfter(requestDate, DECISION_WEEKS);
    }

    public LocalDate noPlanNoticeDue(LocalDate requestDate) {
        return weeksAfter(requestDate, NO_PLAN_NOTICE_WEEKS);
    }

    public LocalDate finalPlanDue(LocalDate requestDate) {
        return weeksAfter(requestDate, FINAL_PLAN_WEEKS);
    }

    public LocalDate adviceDue(LocalDate adviceRequestedDate) {
        return weeksAfter(adviceRequestedDate, ADVICE_WEEKS);
    }

    /**
     * The last day of the parent's comment period. The regulation itself counts the day served as day 1, so the
     * council's counting setting does not apply here.
     */
    public LocalDate commentPeriodEnds(LocalDate draftServedDate) {
        Objects.requireNonNull(draftServedDate, "draftServedDate");
        return draftServedDate.plusDays(COMMENT_PERIOD_DAYS - 1);
    }

    /**
     * The last day a draft can be served so that its comment period closes before the final plan is due: the date
     * the caseworker's "serve the draft" task works to.
     */
    public LocalDate latestDraftServiceDate(LocalDate requestDate) {
        return finalPlanDue(requestDate).minusDays(COMMENT_PERIOD_DAYS);
    }

    /**
     * The last day advice can be asked for so that its six weeks end by the week 16 no-plan notice: the date the
     * caseworker's "request advice" task works to.
     */
    public LocalDate latestAdviceRequestDate(LocalDate requestDate) {
        long adviceDays = ChronoUnit.DAYS.between(requestDate, adviceDue(requestDate));
        return noPlanNoticeDue(requestDate).minusDays(adviceDays);
    }

    /**
     * The day a plan's review is due: {@code months} after the plan started or was last reviewed, the same date that
     * many months on (29 February a year on is 28 February). The law counts months here, not days, so the council's
     * day-counting setting does not apply.
     */
    public LocalDate reviewDue(LocalDate from, int months) {
        Objects.requireNonNull(from, "from");
        return from.plusMonths(months);
    }

    /**
     * Reg 20(3)-(4): the invitations to a review meeting, and the advice gathered for it, go out at least two weeks
     * before the meeting: the last day they can.
     */
    public LocalDate reviewNoticeDue(LocalDate meetingDate) {
        Objects.requireNonNull(meetingDate, "meetingDate");
        return meetingDate.minusDays(REVIEW_NOTICE_WEEKS * 7L);
    }

    /** Reg 20(7): the review report is sent within two weeks of the meeting. */
    public LocalDate reviewReportDue(LocalDate meetingDate) {
        return weeksAfter(meetingDate, REVIEW_REPORT_WEEKS);
    }

    /** Reg 20(10): the council notifies its decision (maintain, amend or cease) within four weeks of the meeting. */
    public LocalDate reviewDecisionDue(LocalDate meetingDate) {
        return weeksAfter(meetingDate, REVIEW_DECISION_WEEKS);
    }

    /**
     * Reg 22(2): at least 15 days for representations on proposed amendments, counting the day they were sent, as for
     * a draft plan.
     */
    public LocalDate representationsEnd(LocalDate amendmentsProposedDate) {
        return commentPeriodEnds(amendmentsProposedDate);
    }

    /**
     * Reg 22(3): the amended plan is issued within eight weeks of the proposed amendments (and so within twelve of the
     * meeting); a phase transfer's own deadline wins where it is earlier.
     */
    public LocalDate amendedPlanDue(LocalDate amendmentsProposedDate, LocalDate phaseTransferDeadline) {
        LocalDate due = weeksAfter(amendmentsProposedDate, AMENDED_PLAN_WEEKS);
        return phaseTransferDeadline != null && phaseTransferDeadline.isBefore(due)
                && !phaseTransferDeadline.isBefore(amendmentsProposedDate) ? phaseTransferDeadline : due;
    }

    /** Reg 15: the family is told within six weeks of a plan's transfer in whether the council will reassess. */
    public LocalDate transferNoticeDue(LocalDate transferredIn) {
        return weeksAfter(transferredIn, TRANSFER_NOTICE_WEEKS);
    }

    /**
     * Reg 18(1)(b): the plan names the new post-16 institution at least five months before the move: the same day five
     * months earlier (31 July → 28 or 29 February, the earlier day where the month is shorter).
     */
    public LocalDate post16MoveDue(LocalDate moveDate) {
        Objects.requireNonNull(moveDate, "moveDate");
        return moveDate.minusMonths(5);
    }

    /**
     * Reg 15: a transferred plan's first review here is due by the later of 12 months after its last review (or its
     * start, when that is not known) and 3 months after the transfer.
     */
    public LocalDate firstReviewAfterTransfer(LocalDate lastReview, LocalDate transferredIn) {
        LocalDate twelveMonths = reviewDue(lastReview, 12);
        LocalDate threeMonths = reviewDue(transferredIn, 3);
        return threeMonths.isAfter(twelveMonths) ? threeMonths : twelveMonths;
    }

    /**
     * Reg 27: the family (or the school that asked) told within 15 days of a request for a re-assessment whether the
     * council will reassess. Calendar days, counted as the council counts its weeks.
     */
    public LocalDate reassessmentDecisionDue(LocalDate requestDate) {
        return daysAfter(requestDate, REASSESSMENT_DECISION_DAYS);
    }

    /**
     * The plan after a re-assessment (amended, or notice that it will not be amended) within 14 weeks of the
     * request, as the 20 weeks of a first assessment run from its request.
     */
    public LocalDate reassessmentPlanDue(LocalDate requestDate) {
        return weeksAfter(requestDate, REASSESSMENT_PLAN_WEEKS);
    }

    /**
     * Reg 24(2): a request for a re-assessment received before this day, six months after the last EHC needs assessment
     * concluded, may be refused. The same date six months on (31 August → 28 or 29 February); months, not days, so
     * the council's day-counting setting does not apply.
     */
    public LocalDate reassessmentRefusalWindowEnds(LocalDate lastAssessment) {
        Objects.requireNonNull(lastAssessment, "lastAssessment");
        return lastAssessment.plusMonths(REASSESSMENT_REFUSAL_MONTHS);
    }

    private LocalDate weeksAfter(LocalDate start, int weeks) {
        return daysAfter(start, weeks * 7);
    }

    private LocalDate daysAfter(LocalDate start, int days) {
        Objects.requireNonNull(start, "start date");
        LocalDate due = start.plusDays(days);
        return counting == DayCounting.START_DAY_IS_DAY_ONE ? due.minusDays(1) : due;
    }
}
