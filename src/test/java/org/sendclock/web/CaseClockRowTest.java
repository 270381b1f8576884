package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.advice.AdviceType;
import org.sendclock.assessment.CaseView;
import org.sendclock.clock.ClockSettings;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.Stage;
import org.sendclock.deadline.DayCounting;
import org.sendclock.web.CaseClockRow.Rag;

class CaseClockRowTest {

    static final ClockSettings SETTINGS = new ClockSettings(DayCounting.START_PLUS_PERIOD, LocalTime.of(7, 0),
            ZoneId.of("Europe/London"), 7, 14, 14, 7);
    static final LocalDate REQUESTED = LocalDate.of(2026, 6, 1);

    @Test
    void eachClockSaysWhereItStandsTodayWithItsColour() {
        LocalDate decided = REQUESTED.plusDays(45); // three days late
        CaseView c = openCase(Decision.ASSESS, decided, null, List.of(
                advice(AdviceType.HEALTH, "Northshire ICB", decided, null, AdviceStatus.REQUESTED),
                advice(AdviceType.EDUCATION, null, decided, decided.plusDays(20), AdviceStatus.RECEIVED)));
        LocalDate today = decided.plusDays(40); // advice due in 2 days; week 16 in 27 days; week 20 in 55

        List<CaseClockRow> rows = CaseClockRow.of(c, today, SETTINGS);

        assertThat(rows).extracting(CaseClockRow::clock, CaseClockRow::from, CaseClockRow::standing, CaseClockRow::rag)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Decision whether to assess (week 6)", null, "done 3 days late", Rag.DONE_LATE),
                        org.assertj.core.groups.Tuple.tuple("Advice (6 weeks)", "health (Northshire ICB)", "2 days left", Rag.AMBER),
                        org.assertj.core.groups.Tuple.tuple("Advice (6 weeks)", "education", "done on time", Rag.DONE),
                        org.assertj.core.groups.Tuple.tuple("Notice that no plan will be issued (week 16)", null, "27 days left", Rag.GREEN),
                        org.assertj.core.groups.Tuple.tuple("Final plan (week 20)", null, "55 days left", Rag.GREEN));
    }

    @Test
    void aPassedClockIsRedAndOneNoLongerNeededIsGrey() {
        CaseView c = openCase(Decision.ASSESS, REQUESTED.plusDays(30), PlanDecision.ISSUE_PLAN, List.of());
        List<CaseClockRow> rows = CaseClockRow.of(c, REQUESTED.plusDays(141), SETTINGS);

        assertThat(rows.get(1).standing()).isEqualTo("no longer applies");
        assertThat(rows.get(1).rag()).isEqualTo(Rag.NOT_NEEDED);
        assertThat(rows.get(2).standing()).isEqualTo("1 day late");
        assertThat(rows.get(2).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void dueToday() {
        CaseView c = openCase(null, null, null, List.of());
        assertThat(CaseClockRow.of(c, REQUESTED.plusDays(42), SETTINGS).get(0).standing()).isEqualTo("due today");
    }

    @Test
    void beforeTheDecisionEveryCaseClockIsRunning() {
        List<CaseClockRow> rows = CaseClockRow.of(openCase(null, null, null, List.of()), REQUESTED.plusDays(10), SETTINGS);

        assertThat(rows).extracting(CaseClockRow::standing, CaseClockRow::rag).containsExactly(
                org.assertj.core.groups.Tuple.tuple("32 days left", Rag.GREEN),
                org.assertj.core.groups.Tuple.tuple("102 days left", Rag.GREEN),
                org.assertj.core.groups.Tuple.tuple("130 days left", Rag.GREEN));
    }

    @Test
    void withdrawnAdviceSaysWhenInWords() {
        CaseView.AdviceView withdrawn = new CaseView.AdviceView(1L, AdviceType.HEALTH, null, REQUESTED.plusDays(30),
                REQUESTED.plusDays(72), null, AdviceStatus.WITHDRAWN, null, null, LocalDate.of(2026, 7, 20));
        CaseView c = openCase(Decision.ASSESS, REQUESTED.plusDays(30), null, List.of(withdrawn));

        assertThat(CaseClockRow.of(c, REQUESTED.plusDays(60), SETTINGS).get(1).standing())
                .isEqualTo("withdrawn 20 July 2026");
    }

    private static CaseView openCase(Decision decision, LocalDate decided, PlanDecision plan,
                                     List<CaseView.AdviceView> advice) {
        return new CaseView("EHC-000001", null, REQUESTED, null, CaseStatus.OPEN, Stage.AWAITING_ADVICE, "Awaiting advice",
                "caseworker", "North", REQUESTED.plusDays(42), REQUESTED.plusDays(112), REQUESTED.plusDays(140),
                decision, decided, null, null, plan, null, null, null, null, null, null, null, null, null, null,
                false, advice, List.of(), List.of(), List.of(), List.of());
    }

    private static CaseView.AdviceView advice(AdviceType type, String provider, LocalDate requested, LocalDate received,
                                              AdviceStatus status) {
        return new CaseView.AdviceView(1L, type, provider, requested, requested.plusDays(42), received, status, null,
                null, null);
    }
}
