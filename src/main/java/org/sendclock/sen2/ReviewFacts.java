package org.sendclock.sen2;

import java.time.LocalDate;

/** A plan's review meeting held in the year, and the decision after it (MAINTAIN, AMEND, CEASE) when made. */
record ReviewFacts(long planId, LocalDate meetingDate, String decision, LocalDate decisionDate) {
}
