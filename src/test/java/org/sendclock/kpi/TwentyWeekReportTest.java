package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counting, away from the database: rows as the SQL gives them, months and total as the API answers. */
class TwentyWeekReportTest {

    private static IssuedPlan plan(String ref, String requested, String issued, boolean withException) {
        LocalDate request = LocalDate.parse(requested);
        LocalDate due = request.plusDays(140);
        LocalDate issue = LocalDate.parse(issued);
        return new IssuedPlan(ref, request, due, issue, !issue.isAfter(due), withException, false);
    }

    @Test
    void everyMonthOfTheRangeHasARowAndTheTotalAddsThemUp() {
        List<IssuedPlan> plans = List.of(
                plan("A", "2024-01-10", "2024-05-29", false),   // day 140
                plan("B", "2024-01-10", "2024-05-30", false),   // day 141
                plan("C", "2024-02-01", "2024-07-01", true));   // late, exception
        TwentyWeekReport report = TwentyWeekReport.of(new MonthRange(YearMonth.of(2024, 5), YearMonth.of(2024, 7)),
                plans);

        assertThat(report.months()).extracting(TwentyWeekFigures::month)
                .containsExactly(YearMonth.of(2024, 5), YearMonth.of(2024, 6), YearMonth.of(2024, 7));
        TwentyWeekFigures may = report.months().get(0);
        assertThat(may.issued()).isEqualTo(2);
        assertThat(may.onTime()).isEqualTo(1);
        assertThat(may.rate()).isEqualByComparingTo("50.0");
        TwentyWeekFigures june = report.months().get(1);
        assertThat(june.issued()).isZero();
        assertThat(june.rate()).isNull();
        TwentyWeekFigures july = report.months().get(2);
        assertThat(july.issuedExcludingExceptions()).isZero();
        assertThat(july.rateExcludingExceptions()).isNull();
        assertThat(july.rate()).isEqualByComparingTo("0.0");
        assertThat(report.total().month()).isNull();
        assertThat(report.total().issued()).isEqualTo(3);
        assertThat(report.total().issuedExcludingExceptions()).isEqualTo(2);
        assertThat(report.total().onTimeExcludingExceptions()).isEqualTo(1);
    }

    @Test
    void plansOutsideTheRangeAreNotCounted() {
        TwentyWeekReport report = TwentyWeekReport.of(MonthRange.of(YearMonth.of(2024, 6)),
                List.of(plan("A", "2024-01-10", "2024-05-29", false)));
        assertThat(report.total().issued()).isZero();
    }

    @Test
    void aDrillDownListsWhatTheFigureCounts() {
        List<IssuedPlan> plans = List.of(plan("A", "2024-01-10", "2024-05-29", false),
                plan("B", "2024-01-10", "2024-05-30", false));
        CaseList list = CaseList.of("twenty-week", TwentyWeekCount.ON_TIME, MonthRange.of(YearMonth.of(2024, 5)),
                plans, p -> true);
        assertThat(list.count()).isEqualTo(1);
        assertThat(list.cases()).extracting(CaseEntry::caseRef).containsExactly("A");
        assertThat(list.measure()).isEqualTo("onTime");
    }
}
