package org.sendclock.casefile;

/** Reg 10(4): why the week 6, 16 and 20 limits need not be met. */
public enum ExceptionReason {
    /** (a) advice asked of a school or college around a closure of 4+ weeks. */
    SCHOOL_CLOSURE,
    /** (b) the same for an early-years provider. */
    EARLY_YEARS_CLOSURE,
    /** (c) exceptional personal circumstances of the child, parent or young person. */
    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
    /** (d) the child, parent or young person away from the area for 4+ continuous weeks. */
    ABSENT_FROM_AREA
}
