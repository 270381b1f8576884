package org.sendclock.plan;

import org.sendclock.casefile.AssessmentCase;

/**
 * A plan's first review cycle opened with a plan issued or recorded here, published in that transaction so that the
 * cycle's process starts with it (the review package listens; the plan package does not know it).
 */
public record ReviewCycleOpened(AssessmentCase assessment, AnnualReview review) {
}
