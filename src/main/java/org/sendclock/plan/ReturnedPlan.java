package org.sendclock.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What last year's SEN2 return says of a plan beyond a row of plans.csv: every setting of the year with the days the
 * child entered and left it (module 5b), whether the plan is residential or work-based learning, and whether a
 * personal budget was taken up (4a). A null flag: the return does not say, and what is held is kept.
 */
public record ReturnedPlan(List<Setting> placements, Boolean residential, Boolean workBasedLearning,
                           Boolean personalBudget) {

    /** One setting as module 5b gives it: a URN or UKPRN, else a SEN2 setting code. */
    public record Setting(String settingUrn, SenSetting senSetting, LocalDate entryDate, LocalDate leavingDate,
                          Integer placementRank, boolean senUnit, boolean resourcedProvision) {
    }
}
