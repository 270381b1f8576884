package org.sendclock.plan;

import org.sendclock.casefile.AssessmentCase;

/** The plan of a case ceased, published in that transaction: its review cycles still running end with it. */
public record PlanCeased(AssessmentCase assessment, Plan plan) {
}
