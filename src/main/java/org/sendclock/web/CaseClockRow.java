package org.sendclock.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.assessment.CaseView;
import org.sendclock.clock.ClockSettings;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.Text;
import org.sendclock.deadline.Deadline;

/**
 * One statutory clock of a case as the case page shows it: what it is, from whom, due when, done when, and where it
 * stands today ("3 days left", "5 days late", "done on time") with its RAG colour: red when passed, amber when due
 * within its warning window (the same days as the model's "at risk" timers), green otherwise, grey when it no longer
 * applies.
 */
public record CaseClockRow(String clock, String from, LocalDate due, LocalDate done, String standing, Rag rag,
                           String exception) {

    public enum Rag {
        RED("govuk-tag--red", "Overdue"), AMBER("govuk-tag--yellow", "Due soon"), GREEN("govuk-tag--green", "On track"),
        DONE_LATE("govuk-tag--red", "Done late"), DONE("govuk-tag--green", "Done on time"),
        NOT_NEEDED("govuk-tag--grey", "Not needed");

        private final String cssClass;
        private final String words;

        Rag(String cssClass, String words) {
            this.cssClass = cssClass;
            this.words = words;
        }

        public String cssClass() {
            return cssClass;
        }

        public String words() {
            return words;
        }
    }

    static List<CaseClockRow> of(CaseView c, LocalDate today, ClockSettings settings) {
        boolean open = c.status() == CaseStatus.OPEN;
        String caseException = c.exceptionApplies() ? "reg 10(4) exception recorded" : null;
        List<CaseClockRow> rows = new ArrayList<>();
        rows.add(row("Decision whether to assess (week 6)", null, c.decisionDue(), c.decisionDate(),
                open || c.decisionDate() != null, today, settings.atRiskDays(Deadline.DECISION), caseException));
        for (CaseView.AdviceView a : c.advice()) {
            String from = Text.words(a.adviceType()) + (a.provider() == null ? "" : " (" + a.provider() + ")");
            String exception = a.exceptionReason() == null ? null
                    : "reg 8(2): " + Text.words(a.exceptionReason());
            if (a.status() == AdviceStatus.WITHDRAWN) {
                rows.add(new CaseClockRow("Advice (6 weeks)", from, a.dueDate(), a.withdrawnDate(),
                        "withdrawn " + DateText.of(a.withdrawnDate()), Rag.NOT_NEEDED, exception));
            } else if (a.status() == AdviceStatus.EXCUSED) {
                rows.add(new CaseClockRow("Advice (6 weeks)", from, a.dueDate(), null,
                        "excused: the assessment goes on without it", Rag.NOT_NEEDED, exception));
            } else {
                rows.add(row("Advice (6 weeks)", from, a.dueDate(), a.receivedDate(), true, today,
                        settings.atRiskDays(Deadline.ADVICE), exception));
            }
        }
        // Runs from the request until the plan decision: before the decision to assess it is pending, not void.
        boolean noPlanApplies = c.noPlanNoticeDate() != null
                || (open && c.decision() != Decision.REFUSE && c.planDecision() != PlanDecision.ISSUE_PLAN);
        rows.add(row("Notice that no plan will be issued (week 16)", null, c.noPlanNoticeDue(), c.noPlanNoticeDate(),
                noPlanApplies, today, settings.atRiskDays(Deadline.NO_PLAN_NOTICE), caseException));
        boolean finalPlanApplies = c.finalPlanDate() != null || (open && c.planDecision() != PlanDecision.NO_PLAN);
        rows.add(row("Final plan (week 20)", null, c.finalPlanDue(), c.finalPlanDate(), finalPlanApplies, today,
                settings.atRiskDays(Deadline.FINAL_PLAN), caseException));
        return rows;
    }

    private static CaseClockRow row(String clock, String from, LocalDate due, LocalDate done, boolean applies,
                                    LocalDate today, int warningDays, String exception) {
        if (done != null) {
            long late = ChronoUnit.DAYS.between(due, done);
            return new CaseClockRow(clock, from, due, done, late <= 0 ? "done on time" : "done " + days(late) + " late",
                    late <= 0 ? Rag.DONE : Rag.DONE_LATE, exception);
        }
        if (!applies) {
            return new CaseClockRow(clock, from, due, null, "no longer applies", Rag.NOT_NEEDED, exception);
        }
        long left = ChronoUnit.DAYS.between(today, due);
        if (left < 0) {
            return new CaseClockRow(clock, from, due, null, days(-left) + " late", Rag.RED, exception);
        }
        String standing = left == 0 ? "due today" : days(left) + " left";
        return new CaseClockRow(clock, from, due, null, standing, left <= warningDays ? Rag.AMBER : Rag.GREEN,
                exception);
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
