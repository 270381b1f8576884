package org.sendclock.plan;

import java.time.LocalDate;
import java.util.List;

/** What a plan says of itself, from a command or an import row, checked. */
public record PlanDetails(LocalDate startDate, List<SenNeed> needs, boolean personalBudget, boolean residential,
                          boolean workBasedLearning, LocalDate transferredInDate, LocalDate lastReviewDate) {
}
