package org.sendclock.kpi;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a {@link Measure} month by month from the same queries as the KPI tables, so a board's 20-week rate for June
 * is the twenty-week table's June rate.
 */
@Service
@Transactional(readOnly = true)
public class MeasureCounts {

    private final IssuedPlans plans;
    private final DecisionsMade decisions;
    private final AdviceReturns advice;
    private final ReviewMonthFigures reviews;

    MeasureCounts(IssuedPlans plans, DecisionsMade decisions, AdviceReturns advice,
                  ReviewMonthFigures reviews) {
        this.plans = plans;
        this.decisions = decisions;
        this.advice = advice;
        this.reviews = reviews;
    }

    MonthlyCounts of(Measure measure, MonthRange range) {
        return switch (measure) {
            case TWENTY_WEEKS -> MonthlyCounts.of(plans.issuedIn(range), plan -> true, IssuedPlan::onTime);
            case TWENTY_WEEKS_EXCLUDING_EXCEPTIONS ->
                    MonthlyCounts.of(plans.issuedIn(range), plan -> !plan.withException(), IssuedPlan::onTime);
            case DECISIONS_WITHIN_SIX_WEEKS ->
                    MonthlyCounts.of(decisions.notifiedIn(range), decision -> true, DecisionMade::onTime);
            case ADVICE_WITHIN_SIX_WEEKS ->
                    MonthlyCounts.of(advice.receivedIn(range), a -> true, AdviceReturned::onTime);
            case ADVICE_WITHIN_SIX_WEEKS_EXCLUDING_EXCEPTIONS ->
                    MonthlyCounts.of(advice.receivedIn(range), a -> !a.withException(), AdviceReturned::onTime);
            case EDUCATIONAL_PSYCHOLOGY_ADVICE_WITHIN_SIX_WEEKS -> adviceOfType("EDUCATIONAL_PSYCHOLOGY", range);
            case HEALTH_ADVICE_WITHIN_SIX_WEEKS -> adviceOfType("HEALTH", range);
            case SOCIAL_CARE_ADVICE_WITHIN_SIX_WEEKS -> adviceOfType("SOCIAL_CARE", range);
            case REVIEWS_BY_DUE_DATE -> reviews(range, ReviewCount.DUE_IN_MONTH, ReviewCount.ON_TIME);
            case REVIEW_DECISIONS_WITHIN_FOUR_WEEKS ->
                    reviews(range, ReviewCount.DECIDED_IN_MONTH, ReviewCount.DECIDED_WITHIN_4_WEEKS);
            case AMENDED_PLANS_WITHIN_EIGHT_WEEKS ->
                    reviews(range, ReviewCount.AMENDED_IN_MONTH, ReviewCount.AMENDED_WITHIN_8_WEEKS);
            case AMENDED_PLANS_WITHIN_TWELVE_WEEKS_OF_MEETING ->
                    reviews(range, ReviewCount.AMENDED_IN_MONTH, ReviewCount.AMENDED_WITHIN_12_WEEKS_OF_MEETING);
        };
    }

    /** The reviews table's {@code onTime} count of its {@code total}, month by month: the table's own figures. */
    private MonthlyCounts reviews(MonthRange range, ReviewCount total, ReviewCount onTime) {
        Map<YearMonth, OnTimeCount> counts = new HashMap<>();
        reviews.in(range).forEach((month, figures) -> counts.put(month,
                new OnTimeCount(figures.of(onTime), figures.of(total))));
        return MonthlyCounts.counted(counts);
    }

    private MonthlyCounts adviceOfType(String type, MonthRange range) {
        return MonthlyCounts.of(advice.receivedIn(range), a -> a.adviceType().equals(type), AdviceReturned::onTime);
    }
}
