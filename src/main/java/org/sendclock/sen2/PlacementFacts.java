package org.sendclock.sen2;

import java.time.LocalDate;

/** A setting on a plan as recorded: a URN (6 digits) or UKPRN (8) in {@code settingUrn}, else a SEN2 setting code. */
record PlacementFacts(long planId, int order, String settingUrn, String senSetting, LocalDate entryDate,
                      LocalDate leavingDate, Integer rank, boolean senUnit, boolean resourcedProvision) {
}
