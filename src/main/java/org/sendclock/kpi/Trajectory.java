package org.sendclock.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One measure's targets over time and England's rates for it: which target is in force in a month, and what it comes
 * to. A target holds from its month until the measure's next target; before the first there is none.
 */
final class Trajectory {

    private final List<Target> targets;
    private final Map<Integer, BigDecimal> england;

    Trajectory(List<Target> targets, List<ComparatorRate> england) {
        this.targets = targets.stream().sorted(Comparator.comparing(Target::getAppliesFrom)).toList();
        this.england = england.stream().collect(Collectors.toMap(ComparatorRate::getYear,
                ComparatorRate::getRatePercent));
    }

    /** England's rate for a calendar year, or null when none is recorded. */
    BigDecimal england(int year) {
        return england.get(year);
    }

    /** Null when no target applies to the month yet. */
    EffectiveTarget at(YearMonth month) {
        Target target = null;
        for (Target t : targets) {
            if (!t.getAppliesFrom().isAfter(month)) {
                target = t;
            }
        }
        if (target == null) {
            return null;
        }
        BigDecimal own = target.getTargetPercent();
        if (!target.isOrNationalAverage()) {
            return new EffectiveTarget(own, target.getAppliesFrom(), own, false, null, null, target.getAmberMargin(),
                    own + "%");
        }
        // The DfE publishes a calendar year's rate the following year, so until then last year's is the latest.
        Integer year = england.containsKey(month.getYear()) ? Integer.valueOf(month.getYear())
                : england.containsKey(month.getYear() - 1) ? Integer.valueOf(month.getYear() - 1) : null;
        if (year == null) {
            return new EffectiveTarget(own, target.getAppliesFrom(), own, true, null, null, target.getAmberMargin(),
                    own + "% or the national average, whichever is higher (no national figure for "
                            + month.getYear() + " or " + (month.getYear() - 1) + ", so " + own + "%)");
        }
        BigDecimal national = england.get(year);
        return new EffectiveTarget(own.max(national), target.getAppliesFrom(), own, true, national, year,
                target.getAmberMargin(), own + "% or the national average (" + national + "% for England in " + year
                        + "), whichever is higher");
    }
}
