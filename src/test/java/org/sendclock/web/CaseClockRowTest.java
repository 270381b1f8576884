package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceExceptionReason;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.advice.AdviceType;
import org.sendclock.assessment.CaseView;
import org.sendclock.assessment.CaseView.ClockView;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.Stage;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.Deadline;
import org.sendclock.web.CaseClockRow.Rag;

/** The case page says each clock's standing, as the register holds it, in words and colour. */
class CaseClockRowTest {

    static final LocalDate REQUESTED = LocalDate.of(2026, 6, 1);

    @Test
    void eachClockSaysWhereItStandsWithItsColourInThePageOrder() {
        List<CaseClockRow> rows = CaseClockRow.of(openCase(
                List.of(
                        clock(Deadline.FINAL_PLAN, null, Standing.RUNNING, null, 55L),
                        clock(Deadline.NO_PLAN_NOTICE, null, Standing.RUNNING, null, 27L),
                        clock(Deadline.ADVICE, 2L, Standing.MET, null, null),
                        clock(Deadline.ADVICE, 1L, Standing.AT_RISK, null, 2L),
                        clock(Deadline.DECISION, null, Standing.LATE, 3L, null)),
                List.of(advice(1L, AdviceType.HEALTH, "Northshire ICB", AdviceStatus.REQUESTED, null),
                        advice(2L, AdviceType.EDUCATION, null, AdviceStatus.RECEIVED, null))));

        assertThat(rows).extracting(CaseClockRow::clock, CaseClockRow::from, CaseClockRow::standing, CaseClockRow::rag)
                .containsExactly(
                        tuple("Decision whether to assess (week 6)", null, "done 3 days late", Rag.DONE_LATE),
                        tuple("Advice (6 weeks)", "health (Northshire ICB)", "2 days left", Rag.AMBER),
                        tuple("Advice (6 weeks)", "education", "done on time", Rag.DONE),
                        tuple("Notice that no plan will be issued (week 16)", null, "27 days left", Rag.GREEN),
                        tuple("Final plan (week 20)", null, "55 days left", Rag.GREEN));
    }

    @Test
    void anOverdueClockIsRedAndOneNoLongerNeededIsGreyWithItsReason() {
        List<CaseClockRow> rows = CaseClockRow.of(openCase(List.of(
                new ClockView(Deadline.NO_PLAN_NOTICE, null, null, REQUESTED, REQUESTED.plusDays(112), null,
                        Standing.NOT_NEEDED, null, null, false, REQUESTED.plusDays(60), "decided to issue a plan"),
                clock(Deadline.FINAL_PLAN, null, Standing.OVERDUE, 1L, null)), List.of()));

        assertThat(rows).extracting(CaseClockRow::standing, CaseClockRow::rag).containsExactly(
                tuple("no longer applies: decided to issue a plan", Rag.NOT_NEEDED),
                tuple("1 day late", Rag.RED));
    }

    @Test
    void dueTodayAndTheCommentPeriodEnded() {
        List<CaseClockRow> rows = CaseClockRow.of(openCase(List.of(
                clock(Deadline.DECISION, null, Standing.AT_RISK, null, 0L),
                clock(Deadline.COMMENT_PERIOD, null, Standing.MET, null, null)), List.of()));

        assertThat(rows).extracting(CaseClockRow::standing).containsExactly("due today", "ended");
    }

    @Test
    void withdrawnAndExcusedAdviceSayWhichInWords() {
        List<CaseClockRow> rows = CaseClockRow.of(openCase(List.of(
                new ClockView(Deadline.ADVICE, 1L, null, REQUESTED, REQUESTED.plusDays(42), null, Standing.NOT_NEEDED,
                        null, null, false, LocalDate.of(2026, 7, 20), "withdrawn"),
                new ClockView(Deadline.ADVICE, 2L, null, REQUESTED, REQUESTED.plusDays(42), null, Standing.NOT_NEEDED,
                        null, null, true, LocalDate.of(2026, 7, 1), "excused under reg 8(2)")),
                List.of(advice(1L, AdviceType.HEALTH, null, AdviceStatus.WITHDRAWN, null),
                        advice(2L, AdviceType.EDUCATIONAL_PSYCHOLOGY, null, AdviceStatus.EXCUSED,
                                AdviceExceptionReason.MISSED_APPOINTMENT))));

        assertThat(rows).extracting(CaseClockRow::standing, CaseClockRow::exception).containsExactly(
                tuple("withdrawn 20 July 2026", null),
                tuple("excused: the assessment goes on without it", "reg 8(2): missed appointment on 10 July 2026"));
    }

    private static ClockView clock(Deadline which, Long adviceId, Standing standing, Long daysLate, Long daysLeft) {
        return new ClockView(which, adviceId, null, REQUESTED, REQUESTED.plusDays(42), standing == Standing.MET
                || standing == Standing.LATE ? REQUESTED.plusDays(40) : null, standing, daysLate, daysLeft, false,
                null, null);
    }

    private static CaseView openCase(List<ClockView> clocks, List<CaseView.AdviceView> advice) {
        return new CaseView("EHC-000001", null, REQUESTED, null, CaseStatus.OPEN, Stage.AWAITING_ADVICE,
                "Awaiting advice", "caseworker", "North", REQUESTED.plusDays(42), REQUESTED.plusDays(112),
                REQUESTED.plusDays(140), null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, false, clocks, advice, List.of(), List.of(), List.of(), List.of(), false, null, null,
                List.of());
    }

    private static CaseView.AdviceView advice(long id, AdviceType type, String provider, AdviceStatus status,
                                              AdviceExceptionReason reason) {
        return new CaseView.AdviceView(id, type, provider, REQUESTED, REQUESTED.plusDays(42), null, status, reason,
                null, null, reason == null ? null : LocalDate.of(2026, 7, 10), null);
    }
}
