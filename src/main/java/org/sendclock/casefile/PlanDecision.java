package org.sendclock.casefile;

/** The decision after the assessment: issue an EHC plan, or not (reg 10). */
public enum PlanDecision {
    ISSUE_PLAN, NO_PLAN
}
