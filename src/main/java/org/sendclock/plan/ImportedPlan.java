package org.sendclock.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as another system holds it (a row of plans.csv), checked. Null setting: the file does not say. Null personal
 * budget take-up or place details (rank, SEN unit, resourced provision of the setting named now): the file does not
 * say, and what is held is kept.
 */
public record ImportedPlan(LocalDate startDate, String settingUrn, SenSetting senSetting, List<SenNeed> needs,
                           LocalDate transferredInDate, LocalDate ceasedDate, CeaseReason ceaseReason,
                           Boolean organisedArrangements, Boolean directPayments, Integer placementRank,
                           Boolean senUnit, Boolean resourcedProvision) {
}
