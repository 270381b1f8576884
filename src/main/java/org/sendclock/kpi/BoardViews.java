package org.sendclock.kpi;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The views the SEND board reads: the month beside the year to date, whole years, cohorts by request month. */
@Service
@Transactional(readOnly = true)
public class BoardViews {

    private final MeasureCounts counts;
    private final TargetRepository targets;
    private final ComparatorRateRepository comparators;
    private final Cohorts cohorts;

    BoardViews(MeasureCounts counts, TargetRepository targets, ComparatorRateRepository comparators, Cohorts cohorts) {
        this.counts = counts;
        this.targets = targets;
        this.comparators = comparators;
        this.cohorts = cohorts;
    }

    public BoardReport board(Measure measure, MonthRange range) {
        MonthlyCounts monthly = counts.of(measure, range.startingEarlier(BoardReport.MONTHS_LOOKED_BACK));
        return BoardReport.of(measure, range, monthly, trajectory(measure));
    }

    public YearsReport years(Measure measure, YearsReport.Kind kind, int firstYear, int lastYear) {
        MonthlyCounts monthly = counts.of(measure, YearsReport.countedMonths(kind, firstYear, lastYear));
        return YearsReport.of(measure, kind, firstYear, lastYear, monthly, trajectory(measure));
    }

    public CohortReport cohorts(MonthRange range) {
        return CohortReport.of(range, cohorts.requestedIn(range));
    }

    CaseList cohortCases(MonthRange range, CohortCount count) {
        return CaseList.of("cohorts", count, range, cohorts.requestedIn(range), c -> true);
    }

    Trajectory trajectory(Measure measure) {
        return new Trajectory(targets.findByMeasureOrderByAppliesFromAsc(measure),
                comparators.findByMeasureAndArea(measure, ComparatorRate.ENGLAND));
    }
}
