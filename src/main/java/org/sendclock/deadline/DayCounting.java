package org.sendclock.deadline;

/**
 * How a council counts the days of a statutory period. The law does not say, so each council chooses.
 */
public enum DayCounting {
    /** Due on the start date plus N×7 days (the DfE's reading, and the default). */
    START_PLUS_PERIOD,
    /** The start day counts as day 1, so everything is due one day earlier (Sefton's published practice). */
    START_DAY_IS_DAY_ONE
}
