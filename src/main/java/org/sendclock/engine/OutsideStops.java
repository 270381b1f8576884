package org.sendclock.engine;

/**
 * The domain's side of {@link ProcessStopWatch}: told, inside the transaction that ends the process, of each case
 * whose process was stopped outside the product, so the case record says so before anything commits.
 */
public interface OutsideStops {

    void stopped(OutsideStop stop);
}
