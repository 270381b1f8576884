package org.sendclock.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan as another system holds it (a row of plans.csv), checked. Null setting: the file does not say. */
public record ImportedPlan(LocalDate startDate, String settingUrn, SenSetting senSetting, List<SenNeed> needs,
                           LocalDate transferredInDate, LocalDate ceasedDate, CeaseReason ceaseReason) {
}
