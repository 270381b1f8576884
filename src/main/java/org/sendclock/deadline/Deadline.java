package org.sendclock.deadline;

/**
 * The statutory clocks of an EHC needs assessment and of the plan that follows, as managers and the SEN2 return name
 * them: each is a row of the clock register.
 */
public enum Deadline {
    /** Week 6: decide whether to assess (reg 5). */
    DECISION,
    /** Week 16: notice of a decision not to issue a plan (reg 10). */
    NO_PLAN_NOTICE,
    /** Week 20: issue the final plan (reg 13(2)). */
    FINAL_PLAN,
    /** Six weeks from each advice request (reg 8(1)). */
    ADVICE,
    /**
     * The parent's 15 days to comment on the draft (reg 13(1)): the council may not issue the final plan inside it
     * unless the parent has finished commenting. It is the family's period, not a council duty, so it never breaches.
     */
    COMMENT_PERIOD,
    /**
     * The plan's review: within 12 months of the plan's start, then of each review decision (CFA s44(1)); sooner for a
     * child under five where the council reviews them more often.
     */
    ANNUAL_REVIEW,
    /** Reg 20(3): invitations to the review meeting at least two weeks before it. One per review cycle. */
    REVIEW_INVITATIONS,
    /** Reg 20(4): the advice and information for the review circulated at least two weeks before the meeting. */
    REVIEW_ADVICE,
    /** Reg 20(7): the review report within two weeks of the meeting. */
    REVIEW_REPORT,
    /** Reg 20(10): the council's decision (maintain, amend or cease) notified within four weeks of the meeting. */
    REVIEW_DECISION,
    /**
     * Reg 22(2): the family's 15 days for representations on proposed amendments. Like the comment period it is the
     * family's time, not a council duty, so it never breaches.
     */
    AMENDMENT_REPRESENTATIONS,
    /** Reg 22(3): the amended plan within eight weeks of the proposal, or by the phase transfer's date if earlier. */
    AMENDED_PLAN,
    /** Reg 15: for a plan transferred in, the family told within six weeks whether the council will reassess. */
    TRANSFER_IN_NOTICE,
    /** Reg 18: moving into school (the year before Reception), the plan amended by 15 February of that year. */
    TRANSFER_TO_SCHOOL,
    /** Reg 18: infant to junior school (Year 2), where the council has them, by 15 February. */
    TRANSFER_TO_JUNIOR,
    /** Reg 18: primary to secondary (Year 6), by 15 February. */
    TRANSFER_TO_SECONDARY,
    /** Reg 18: secondary to post-16 (Year 11), by 31 March. */
    TRANSFER_TO_POST16,
    /**
     * Reg 18(1)(b): a young person moving from one post-16 institution to another, the plan amended to name the new
     * one at least five months before the move (the planned move date recorded on the plan).
     */
    TRANSFER_POST16_MOVE,

    // A re-assessment of a child with a plan (regs 27-28, ADR 27): each row carries its reassessment id; its advice
    // clocks are ADVICE rows with that id.
    /** Reg 27: the decision whether to reassess notified within 15 days of the request. */
    REASSESSMENT_DECISION,
    /** The plan after a re-assessment (amended, or notice that it will not be) within 14 weeks of the request. */
    REASSESSMENT_PLAN;

    /** True for the duties the law puts on the council: the clocks that can be late, breach and escalate. */
    public boolean isCouncilDuty() {
        return this != COMMENT_PERIOD && this != AMENDMENT_REPRESENTATIONS;
    }

    /**
     * True for the clocks of the 20-week assessment; the others belong to the plan and are written from its facts.
     * An advice clock belongs to a review when its row names one ({@code review_id}).
     */
    public boolean isAssessment() {
        return ordinal() <= COMMENT_PERIOD.ordinal();
    }

    /** The clocks of one review cycle (the rows carry its review id). */
    public boolean isReviewStep() {
        return this == ANNUAL_REVIEW || (ordinal() >= REVIEW_INVITATIONS.ordinal() && ordinal() <= AMENDED_PLAN.ordinal());
    }

    /** The plan's phase-transfer clocks, one of each kind at most per plan. */
    public boolean isPhaseTransfer() {
        // Named, not by position: clocks added after these are not transfers.
        return this == TRANSFER_TO_SCHOOL || this == TRANSFER_TO_JUNIOR || this == TRANSFER_TO_SECONDARY
                || this == TRANSFER_TO_POST16 || this == TRANSFER_POST16_MOVE;
    }

    /** The clocks of one re-assessment (the rows carry its reassessment id), besides its advice clocks. */
    public boolean isReassessment() {
        return this == REASSESSMENT_DECISION || this == REASSESSMENT_PLAN;
    }

    /**
     * The assessment's clocks in SQL, for the register's and the KPIs' queries over the clock alias {@code k}: a
     * review's or a re-assessment's advice clocks are left out by their review or reassessment id.
     */
    public static String assessmentClocksSql() {
        return java.util.Arrays.stream(values()).filter(Deadline::isAssessment).map(d -> "'" + d.name() + "'")
                .collect(java.util.stream.Collectors.joining(", ", "(k.clock in (", ") and k.review_id is null and k.reassessment_id is null)"));
    }
}
