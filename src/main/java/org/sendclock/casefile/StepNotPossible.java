package org.sendclock.casefile;

/** The step is valid in itself but not possible at the case's current stage (HTTP 409). Nothing is saved. */
public class StepNotPossible extends RuntimeException {

    public StepNotPossible(String reason) {
        super(reason);
    }
}
