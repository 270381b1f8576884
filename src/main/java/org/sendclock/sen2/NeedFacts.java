package org.sendclock.sen2;

/** One of a plan's needs as recorded: its SEN2 type code and rank (1 the primary need). */
record NeedFacts(long planId, int rank, String need) {
}
