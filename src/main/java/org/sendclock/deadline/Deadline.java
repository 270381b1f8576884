package org.sendclock.deadline;

/** The statutory clocks of an EHC needs assessment, as managers and the SEN2 return name them. */
public enum Deadline {
    /** Week 6: decide whether to assess (reg 5). */
    DECISION,
    /** Week 16: notice of a decision not to issue a plan (reg 10). */
    NO_PLAN_NOTICE,
    /** Week 20: issue the final plan (reg 13(2)). */
    FINAL_PLAN,
    /** Six weeks from each advice request (reg 8(1)). */
    ADVICE
}
