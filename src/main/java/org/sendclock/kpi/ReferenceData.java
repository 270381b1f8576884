package org.sendclock.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The targets and comparators the board's figures are read against, kept by the performance team. Each is keyed by
 * what it is for (a measure and month; a measure, area and year), so setting one twice replaces it.
 */
@Service
@Transactional
public class ReferenceData {

    /** Unless a target says otherwise, amber covers the 5 points below it. */
    static final BigDecimal DEFAULT_AMBER_MARGIN = new BigDecimal("5.0");

    private final TargetRepository targets;
    private final ComparatorRateRepository comparators;
    private final Clock clock;

    ReferenceData(TargetRepository targets, ComparatorRateRepository comparators, Clock clock) {
        this.targets = targets;
        this.comparators = comparators;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Target> targets() {
        return targets.findAllByOrderByMeasureAscAppliesFromAsc();
    }

    public Target setTarget(Measure measure, YearMonth from, BigDecimal percent, boolean orNationalAverage,
                            BigDecimal amberMargin, String note, String by) {
        Target target = targets.findByMeasureAndAppliesFrom(measure, from.atDay(1))
                .orElseGet(() -> new Target(measure, from));
        target.set(percent, orNationalAverage, amberMargin == null ? DEFAULT_AMBER_MARGIN : amberMargin,
                note == null || note.isBlank() ? null : note.trim(), by, clock.instant());
        return targets.save(target);
    }

    public void removeTarget(Measure measure, YearMonth from) {
        targets.delete(targets.findByMeasureAndAppliesFrom(measure, from.atDay(1)).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no target for " + measure + " from " + from)));
    }

    @Transactional(readOnly = true)
    public List<ComparatorRate> comparators() {
        return comparators.findAllByOrderByMeasureAscAreaAscYearAsc();
    }

    public ComparatorRate setComparator(Measure measure, String area, int year, BigDecimal percent, String source,
                                        String by) {
        ComparatorRate rate = comparators.findByMeasureAndAreaAndYear(measure, area, year)
                .orElseGet(() -> new ComparatorRate(measure, area, year));
        rate.set(percent, source == null || source.isBlank() ? null : source.trim(), by, clock.instant());
        return comparators.save(rate);
    }

    public void removeComparator(Measure measure, String area, int year) {
        comparators.delete(comparators.findByMeasureAndAreaAndYear(measure, area, year).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no " + area + " rate for " + measure + " in " + year)));
    }
}
