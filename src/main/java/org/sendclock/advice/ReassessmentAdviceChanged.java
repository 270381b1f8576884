package org.sendclock.advice;

import org.sendclock.casefile.AssessmentCase;

/**
 * Advice asked for a re-assessment was received, excused or withdrawn: published inside the command's transaction so
 * that the re-assessment's clocks follow it, and, once {@code answered}, its six-week clock's task ends.
 */
public record ReassessmentAdviceChanged(AssessmentCase assessment, AdviceRequest advice, boolean answered) {
}
