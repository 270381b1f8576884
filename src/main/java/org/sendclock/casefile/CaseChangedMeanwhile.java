package org.sendclock.casefile;

/**
 * A step collided with another change of the same case (a clock fired, or a colleague saved a step) and was rolled
 * back whole: a {@link StepNotPossible} (HTTP 409, a form error on a page) with the same plain reason every time.
 */
public class CaseChangedMeanwhile extends StepNotPossible {

    public static final String REASON = "the case changed while your step was being saved (a clock fired or a "
            + "colleague saved a step); nothing was saved — look at the case again and repeat the step if it is "
            + "still needed";

    public CaseChangedMeanwhile(Throwable cause) {
        super(REASON);
        initCause(cause);
    }
}
