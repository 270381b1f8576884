package org.sendclock.clock;

import java.time.LocalDate;
import org.sendclock.casefile.AssessmentCase;

/**
 * A clock's dates changed because a fact was recorded or corrected: published inside the same transaction, so what
 * the engine's timers recorded (breaches, escalations) can be set right by the facts.
 *
 * @param standingBefore where it stood today before the change
 * @param dueBefore its due date before the change
 */
public record ClockChanged(AssessmentCase assessment, StatutoryClock clock, Standing standingBefore,
                           LocalDate dueBefore) {
}
