package org.sendclock.clock;

import java.util.List;

/**
 * New clocks written as plain rows in the current transaction ({@link NewClockRows}), which Hibernate's events do
 * not see: published so what is kept from the clocks (the reviews measure's monthly figures) hears of them.
 */
public record ClockRowsInserted(List<StatutoryClock> clocks) {
}
