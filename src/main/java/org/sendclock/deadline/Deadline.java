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
    ANNUAL_REVIEW;

    /** True for the duties the law puts on the council: the clocks that can be late, breach and escalate. */
    public boolean isCouncilDuty() {
        return this != COMMENT_PERIOD;
    }

    /** True for the clocks of the 20-week assessment; the others belong to the plan and are written from its facts. */
    public boolean isAssessment() {
        return this != ANNUAL_REVIEW;
    }

    /** The assessment's clocks in SQL, for the register's and the KPIs' queries over the clock alias {@code k}. */
    public static String assessmentClocksSql() {
        return java.util.Arrays.stream(values()).filter(Deadline::isAssessment).map(d -> "'" + d.name() + "'")
                .collect(java.util.stream.Collectors.joining(", ", "k.clock in (", ")"));
    }
}
