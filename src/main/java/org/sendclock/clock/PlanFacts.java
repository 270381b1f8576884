package org.sendclock.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of a child's plan that its clocks follow: when it started, the child's date of birth (a child under five
 * is reviewed sooner, where the council says so; the phase transfers follow from the school year), when and why it
 * ceased, and its review cycles in order.
 */
public record PlanFacts(LocalDate start, LocalDate childDateOfBirth, LocalDate ceased, String ceasedBecause,
                        List<ReviewFacts> reviews) {

    public PlanFacts {
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** A plan whose review cycles are not recorded yet. */
    public PlanFacts(LocalDate start, LocalDate childDateOfBirth, LocalDate ceased, String ceasedBecause) {
        this(start, childDateOfBirth, ceased, ceasedBecause, List.of());
    }
}
