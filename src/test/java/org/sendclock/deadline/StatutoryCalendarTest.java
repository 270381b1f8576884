package org.sendclock.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StatutoryCalendarTest {

    private final StatutoryCalendar standard = new StatutoryCalendar(DayCounting.START_PLUS_PERIOD);
    private final StatutoryCalendar dayOne = new StatutoryCalendar(DayCounting.START_DAY_IS_DAY_ONE);

    /** The worked examples shared with every team (../shared/calendar-vectors.csv), under both settings. */
    static Stream<Arguments> sharedVectors() throws IOException {
        Path file = Path.of("..", "shared", "calendar-vectors.csv");
        if (!Files.exists(file)) {
            file = Path.of("src", "test", "resources", "calendar-vectors.csv");
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(","))
                .map(f -> Arguments.of(f[0], LocalDate.parse(f[1]), LocalDate.parse(f[2]), LocalDate.parse(f[3])));
    }

    @ParameterizedTest(name = "{0} from {1}: {2} / {3}")
    @MethodSource("sharedVectors")
    void matchesTheSharedWorkedExamples(String kind, LocalDate start, LocalDate dueDefault, LocalDate dueDayOne) {
        assertThat(rule(kind).apply(standard, start)).isEqualTo(dueDefault);
        assertThat(rule(kind).apply(dayOne, start)).isEqualTo(dueDayOne);
    }

    private static BiFunction<StatutoryCalendar, LocalDate, LocalDate> rule(String kind) {
        return switch (kind) {
            case "decision_6_weeks" -> StatutoryCalendar::decisionDue;
            case "no_plan_notice_16_weeks" -> StatutoryCalendar::noPlanNoticeDue;
            case "final_plan_20_weeks" -> StatutoryCalendar::finalPlanDue;
            case "advice_6_weeks" -> StatutoryCalendar::adviceDue;
            case "draft_comments_15_days_day_served_is_day_1" -> StatutoryCalendar::commentPeriodEnds;
            default -> throw new IllegalArgumentException("unknown kind in vectors: " + kind);
        };
    }

    @Nested
    class ByDefault {

        @Test
        void addsWholeWeeksToTheRequestDate() {
            LocalDate request = LocalDate.of(2024, 1, 15);
            assertThat(standard.dueDates(request)).isEqualTo(new StatutoryDueDates(
                    LocalDate.of(2024, 2, 26), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 6, 3)));
        }

        @ParameterizedTest(name = "request {0}: decision {1}, final plan {2}")
        @CsvSource({
            // Leap day inside the period, and a request on a leap day.
            "2024-02-01, 2024-03-14, 2024-06-20",
            "2024-02-29, 2024-04-11, 2024-07-18",
            // A period that crosses a year end.
            "2024-12-31, 2025-02-11, 2025-05-20",
            "2025-11-20, 2026-01-01, 2026-04-09",
            // Clock change: BST starts 30 March 2025 and ends 26 October 2025; dates do not move by a day.
            "2025-03-24, 2025-05-05, 2025-08-11",
            "2025-10-20, 2025-12-01, 2026-03-09",
            "2025-03-30, 2025-05-11, 2025-08-17",
            "2025-10-26, 2025-12-07, 2026-03-15",
        })
        void isUnmovedByLeapDaysYearEndsAndClockChanges(LocalDate request, LocalDate decision, LocalDate finalPlan) {
            assertThat(standard.decisionDue(request)).isEqualTo(decision);
            assertThat(standard.finalPlanDue(request)).isEqualTo(finalPlan);
            assertThat(dayOne.decisionDue(request)).isEqualTo(decision.minusDays(1));
            assertThat(dayOne.finalPlanDue(request)).isEqualTo(finalPlan.minusDays(1));
        }

        @Test
        void adviceIsDueSixWeeksAfterItsOwnRequest() {
            assertThat(standard.adviceDue(LocalDate.of(2024, 2, 20))).isEqualTo(LocalDate.of(2024, 4, 2));
            assertThat(dayOne.adviceDue(LocalDate.of(2024, 2, 20))).isEqualTo(LocalDate.of(2024, 4, 1));
        }

        @Test
        void theCommentPeriodCountsTheDayServedWhateverTheSetting() {
            LocalDate served = LocalDate.of(2024, 2, 20);
            assertThat(standard.commentPeriodEnds(served)).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(dayOne.commentPeriodEnds(served)).isEqualTo(LocalDate.of(2024, 3, 5));
        }

        @Test
        void theLatestDraftLeavesTheWholeCommentPeriodBeforeWeekTwenty() {
            LocalDate request = LocalDate.of(2024, 1, 15);
            LocalDate latest = standard.latestDraftServiceDate(request);
            assertThat(latest).isEqualTo(LocalDate.of(2024, 5, 19));
            assertThat(standard.commentPeriodEnds(latest)).isBefore(standard.finalPlanDue(request));
            assertThat(standard.commentPeriodEnds(latest.plusDays(1))).isEqualTo(standard.finalPlanDue(request));
        }
    }

    @Test
    void adviceAskedOnTheLatestDayIsDueOnTheNoPlanNoticeDateUnderBothSettings() {
        LocalDate request = LocalDate.of(2024, 1, 15);
        for (StatutoryCalendar calendar : new StatutoryCalendar[] {standard, dayOne}) {
            LocalDate latest = calendar.latestAdviceRequestDate(request);
            assertThat(calendar.adviceDue(latest)).isEqualTo(calendar.noPlanNoticeDue(request));
        }
        assertThat(standard.latestAdviceRequestDate(request)).isEqualTo(LocalDate.of(2024, 3, 25));
    }

    @Test
    void theFinalPlanIsDueOnDay140() {
        // Day 140 is on time and day 141 late: the clock register's standing, StatutoryClockTest.
        LocalDate request = LocalDate.of(2023, 7, 1);
        assertThat(standard.finalPlanDue(request)).isEqualTo(request.plusDays(140));
    }

    /** Reg 24(2): six months after the last assessment, the same date six months on, the same under both settings. */
    @ParameterizedTest(name = "last assessment {0}: a request before {1} may be refused")
    @CsvSource({"2025-10-01, 2026-04-01", "2025-08-31, 2026-02-28", "2023-08-31, 2024-02-29", "2025-12-31, 2026-06-30"})
    void aReassessmentMayBeRefusedUntilSixMonthsAfterTheLastAssessment(LocalDate last, LocalDate ends) {
        assertThat(standard.reassessmentRefusalWindowEnds(last)).isEqualTo(ends);
        assertThat(dayOne.reassessmentRefusalWindowEnds(last)).isEqualTo(ends);
    }

    @Test
    void refusesAMissingStartDate() {
        assertThatNullPointerException().isThrownBy(() -> standard.decisionDue(null)).withMessageContaining("start");
    }

    /** Reg 27: 15 calendar days for the decision whether to reassess, 14 weeks for the plan, counted as set. */
    @ParameterizedTest(name = "re-assessment requested {0}: decision {1} / {2}, plan {3} / {4}")
    @CsvSource({
            "2025-01-20, 2025-02-04, 2025-02-03, 2025-04-28, 2025-04-27",
            // a month end: 15 days into a short February
            "2025-01-31, 2025-02-15, 2025-02-14, 2025-05-09, 2025-05-08",
            // a leap year's 29 February is a day like any other ...
            "2024-02-20, 2024-03-06, 2024-03-05, 2024-05-28, 2024-05-27",
            "2024-02-14, 2024-02-29, 2024-02-28, 2024-05-22, 2024-05-21",
            // ... and a year later it is not there
            "2025-02-20, 2025-03-07, 2025-03-06, 2025-05-29, 2025-05-28",
            // over the year end
            "2023-12-31, 2024-01-15, 2024-01-14, 2024-04-07, 2024-04-06"})
    void reassessmentDecisionIn15DaysAndPlanIn14Weeks(LocalDate request, LocalDate decision, LocalDate decisionDayOne,
                                                      LocalDate plan, LocalDate planDayOne) {
        assertThat(standard.reassessmentDecisionDue(request)).isEqualTo(decision);
        assertThat(dayOne.reassessmentDecisionDue(request)).isEqualTo(decisionDayOne);
        assertThat(standard.reassessmentPlanDue(request)).isEqualTo(plan);
        assertThat(dayOne.reassessmentPlanDue(request)).isEqualTo(planDayOne);
    }
}
