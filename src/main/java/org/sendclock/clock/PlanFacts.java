package org.sendclock.clock;

import java.time.LocalDate;

/**
 * The facts of a child's plan that its review clock follows: when it started, the child's date of birth (a child under
 * five is reviewed sooner, where the council says so), and when and why it ceased.
 */
public record PlanFacts(LocalDate start, LocalDate childDateOfBirth, LocalDate ceased, String ceasedBecause) {
}
