package org.sendclock.advice;

/** Reg 8(2): why an advice giver is excused the six weeks. School closure does not apply to advice. */
public enum AdviceExceptionReason {
    EXCEPTIONAL_CIRCUMSTANCES, ABSENT_FROM_AREA, MISSED_APPOINTMENT
}
