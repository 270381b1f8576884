package org.sendclock.casefile;

/** The council's decision after a plan's review meeting (reg 20(10)): keep the plan as it is, amend it, or cease it. */
public enum ReviewDecision {
    MAINTAIN, AMEND, CEASE
}
