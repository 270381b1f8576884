package org.sendclock.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end forecast of the 20-week rate for the current calendar year. "Today" is the application's clock (the
 * engine's, so tests can set it); everything else is read from the case record and its clock register as they stand.
 */
@Service
@Transactional(readOnly = true)
public class Forecasts {

    private final IssuedPlans plans;
    private final OpenCases openCases;
    private final BoardViews views;
    private final Clock clock;

    Forecasts(IssuedPlans plans, OpenCases openCases, BoardViews views, Clock clock) {
        this.plans = plans;
        this.openCases = openCases;
        this.views = views;
        this.clock = clock;
    }

    /** {@code measure}: TWENTY_WEEKS or TWENTY_WEEKS_EXCLUDING_EXCEPTIONS. */
    public YearEndForecast forecast(Measure measure) {
        LocalDate today = LocalDate.now(clock);
        return YearEndForecast.of(today, measure, issuedThisYear(measure, today), open(measure, today),
                views.trajectory(measure).at(YearMonth.of(today.getYear(), 12)));
    }

    public ForecastCaseList cases(Measure measure, ForecastCount count) {
        LocalDate today = LocalDate.now(clock);
        List<CaseEntry> entries = switch (count) {
            case ISSUED -> issuedThisYear(measure, today).stream().map(IssuedPlan::entry).toList();
            case ON_TIME -> issuedThisYear(measure, today).stream().filter(IssuedPlan::onTime)
                    .map(IssuedPlan::entry).toList();
            case OPEN_DUE_THIS_YEAR -> openEntries(measure, today, c -> c.finalPlanDue().getYear() == today.getYear());
            case STILL_POSSIBLE_ON_TIME -> openEntries(measure, today, c -> c.finalPlanDue().getYear() == today.getYear()
                    && !c.overdue());
            case ALREADY_LATE -> openEntries(measure, today, c -> c.finalPlanDue().getYear() == today.getYear()
                    && c.overdue());
            case OPEN_DUE_IN_EARLIER_YEARS -> openEntries(measure, today,
                    c -> c.finalPlanDue().getYear() < today.getYear());
        };
        return new ForecastCaseList(today, measure, count.field(), entries.size(), entries);
    }

    private List<IssuedPlan> issuedThisYear(Measure measure, LocalDate today) {
        MonthRange soFar = new MonthRange(YearMonth.of(today.getYear(), 1), YearMonth.from(today));
        return plans.issuedIn(soFar).stream()
                .filter(p -> !p.issueDate().isAfter(today))
                .filter(p -> counts(measure, p.withException()))
                .toList();
    }

    private List<OpenCase> open(Measure measure, LocalDate today) {
        return openCases.openOnDueBy(today, LocalDate.of(today.getYear(), 12, 31)).stream()
                .filter(c -> counts(measure, c.withException()))
                .toList();
    }

    private List<CaseEntry> openEntries(Measure measure, LocalDate today, Predicate<OpenCase> which) {
        return open(measure, today).stream().filter(which).map(OpenCase::entry).toList();
    }

    private static boolean counts(Measure measure, boolean withException) {
        return measure == Measure.TWENTY_WEEKS || !withException;
    }
}
