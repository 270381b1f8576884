package org.sendclock.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The target in force for a month, resolved: {@code percent} is what the rate is held to. For "X% or the national
 * average, whichever is higher" it is the higher of {@code targetPercent} and {@code nationalRate}, England's rate for
 * the month's calendar year or, until that is published, the year before.
 *
 * @param setFrom     the month the target (one step of the trajectory) applies from
 * @param description the rule in words, for the board pack
 */
public record EffectiveTarget(BigDecimal percent, YearMonth setFrom, BigDecimal targetPercent,
                              boolean orNationalAverage, BigDecimal nationalRate, Integer nationalYear,
                              BigDecimal amberMargin, String description) {
}
