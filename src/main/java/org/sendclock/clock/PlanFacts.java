package org.sendclock.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of a child's plan that its clocks follow: when it started, the child's date of birth (a child under five
 * is reviewed sooner, where the council says so; the phase transfers follow from the school year), when and why it
 * ceased, its review cycles in order, its transfer in from another council, and the day a young person is to move to
 * another post-16 institution, if planned.
 */
public record PlanFacts(LocalDate start, LocalDate childDateOfBirth, LocalDate ceased, String ceasedBecause,
                        List<ReviewFacts> reviews, Transfer transfer, LocalDate post16Move) {

    /**
     * A plan transferred in from another English council (reg 15): the day, the day of its last review there if
     * known, and the day the family was told whether the council will reassess.
     */
    public record Transfer(LocalDate transferredIn, LocalDate lastReview, LocalDate noticeSent) {
    }

    public PlanFacts {
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** A plan with no post-16 move planned. */
    public PlanFacts(LocalDate start, LocalDate childDateOfBirth, LocalDate ceased, String ceasedBecause,
                     List<ReviewFacts> reviews, Transfer transfer) {
        this(start, childDateOfBirth, ceased, ceasedBecause, reviews, transfer, null);
    }

    public PlanFacts(LocalDate start, LocalDate childDateOfBirth, LocalDate ceased, String ceasedBecause,
                     List<ReviewFacts> reviews) {
        this(start, childDateOfBirth, ceased, ceasedBecause, reviews, null);
    }

    /** A plan whose review cycles are not recorded yet. */
    public PlanFacts(LocalDate start, LocalDate childDateOfBirth, LocalDate ceased, String ceasedBecause) {
        this(start, childDateOfBirth, ceased, ceasedBecause, List.of());
    }
}
