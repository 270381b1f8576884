package org.sendclock.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.assessment.CaseView;
import org.sendclock.assessment.CaseView.AdviceView;
import org.sendclock.assessment.CaseView.ClockView;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.Text;
import org.sendclock.deadline.Deadline;
import org.sendclock.reassessment.ReassessmentsView;

/**
 * One statutory clock of a case as the case page shows it: what it is, from whom, due when, done when, and where it
 * stands today in words ("3 days left", "5 days late", "done on time") with its RAG colour. The standing itself is the
 * clock register's; this only says it: red when overdue, amber when at risk, green when running, grey when it no
 * longer applies.
 */
public record CaseClockRow(String clock, String from, java.time.LocalDate due, java.time.LocalDate done,
                           String standing, Rag rag, String exception) {

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

    /**
     * Order on the page: the decision, each advice request, the comment period, week 16, week 20; then the plan's
     * clocks in the order the model lists them (each review's steps, then the phase transfers), by start date.
     */
    private static final List<Deadline> ORDER = java.util.stream.Stream.concat(Stream.of(Deadline.DECISION,
            Deadline.ADVICE, Deadline.COMMENT_PERIOD, Deadline.NO_PLAN_NOTICE, Deadline.FINAL_PLAN),
            Stream.of(Deadline.values()).filter(d -> !d.isAssessment())).toList();

    static List<CaseClockRow> of(CaseView c) {
        Map<Long, AdviceView> advice = c.advice().stream().collect(Collectors.toMap(AdviceView::id, Function.identity()));
        List<CaseClockRow> rows = new ArrayList<>();
        // A review's advice shows under its review, with who it is from (ADR 29).
        c.clocks().stream().filter(k -> k.clock() != Deadline.ADVICE || k.reviewId() == null).sorted(Comparator.comparing((ClockView k) -> k.clock().isPhaseTransfer())
                        .thenComparing(k -> k.clock().isAssessment() ? null : k.startDate(),
                                Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(k -> ORDER.indexOf(k.clock()))
                        .thenComparing(ClockView::adviceRequestId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(k -> rows.add(k.clock() == Deadline.ADVICE ? adviceRow(k, advice.get(k.adviceRequestId()))
                        : row(name(k.clock()), null, k, k.exceptionApplies() ? "reg 10(4) exception recorded" : null)));
        return rows;
    }

    private static CaseClockRow adviceRow(ClockView k, AdviceView a) {
        String from = a == null ? null
                : Text.words(a.adviceType()) + (a.provider() == null ? "" : " (" + a.provider() + ")");
        String exception = a == null || a.exceptionReason() == null ? null
                : "reg 8(2): " + Text.words(a.exceptionReason())
                + (a.missedAppointmentDate() == null ? "" : " on " + DateText.of(a.missedAppointmentDate()));
        return row("Advice (6 weeks)", from, k, exception);
    }

    /**
     * A re-assessment's clocks in the words of the case's: its decision, each advice request with whom it is from (and
     * its reg 8(2) exception once excused), its plan.
     */
    static List<CaseClockRow> of(ReassessmentsView.ReassessmentView r) {
        Map<Long, ReassessmentsView.AdviceView> advice = r.advice().stream()
                .collect(Collectors.toMap(ReassessmentsView.AdviceView::id, Function.identity()));
        return r.clocks().stream().map(k -> {
            ReassessmentsView.AdviceView a = k.adviceRequestId() == null ? null : advice.get(k.adviceRequestId());
            boolean excused = a != null && a.status() == AdviceStatus.EXCUSED;
            ClockView clock = new ClockView(k.clock(), k.adviceRequestId(), null, k.startDate(), k.dueDate(),
                    k.doneDate(), k.standing(), k.daysLate(), k.daysLeft(), excused, k.endedDate(), k.endedReason());
            return a == null ? row(name(k.clock()), null, clock, null)
                    : row(name(k.clock()), Text.words(a.adviceType()) + (a.provider() == null ? ""
                    : " (" + a.provider() + ")"), clock, excused ? "reg 8(2) exception recorded" : null);
        }).toList();
    }

    private static CaseClockRow row(String name, String from, ClockView k, String exception) {
        return switch (k.standing()) {
            case MET -> new CaseClockRow(name, from, k.dueDate(), k.doneDate(), k.clock() == Deadline.COMMENT_PERIOD
                    ? "ended" : "done on time", Rag.DONE, exception);
            case LATE -> new CaseClockRow(name, from, k.dueDate(), k.doneDate(), "done " + days(k.daysLate()) + " late",
                    Rag.DONE_LATE, exception);
            case OVERDUE -> new CaseClockRow(name, from, k.dueDate(), null, days(k.daysLate()) + " late", Rag.RED,
                    exception);
            case AT_RISK -> new CaseClockRow(name, from, k.dueDate(), null, left(k.daysLeft()), Rag.AMBER, exception);
            case RUNNING -> new CaseClockRow(name, from, k.dueDate(), null, left(k.daysLeft()), Rag.GREEN, exception);
            case NOT_NEEDED -> new CaseClockRow(name, from, k.dueDate(), k.endedDate(), notNeeded(k), Rag.NOT_NEEDED,
                    exception);
        };
    }

    private static String notNeeded(ClockView k) {
        if (k.clock() == Deadline.ADVICE) {
            return k.exceptionApplies() ? "excused: the assessment goes on without it"
                    : "withdrawn " + DateText.of(k.endedDate());
        }
        return "no longer applies: " + k.endedReason();
    }

    private static String name(Deadline clock) {
        return switch (clock) {
            case DECISION -> "Decision whether to assess (week 6)";
            case NO_PLAN_NOTICE -> "Notice that no plan will be issued (week 16)";
            case FINAL_PLAN -> "Final plan (week 20)";
            case COMMENT_PERIOD -> "Parent's comments on the draft (15 days)";
            case ADVICE -> "Advice (6 weeks)";
            case ANNUAL_REVIEW -> "Review of the plan (12 months)";
            case REVIEW_INVITATIONS -> "Review meeting invitations (2 weeks before)";
            case REVIEW_ADVICE -> "Review advice circulated (2 weeks before)";
            case REVIEW_REPORT -> "Review report (2 weeks after the meeting)";
            case REVIEW_DECISION -> "Review decision notified (4 weeks after the meeting)";
            case AMENDMENT_REPRESENTATIONS -> "Family's representations on the amendments (15 days)";
            case AMENDED_PLAN -> "Amended plan (8 weeks from the proposal)";
            case TRANSFER_IN_NOTICE -> "Family told whether the council will reassess (6 weeks from the transfer)";
            case TRANSFER_TO_SCHOOL -> "Phase transfer into school (15 February)";
            case TRANSFER_TO_JUNIOR -> "Phase transfer to junior school (15 February)";
            case TRANSFER_TO_SECONDARY -> "Phase transfer to secondary (15 February)";
            case TRANSFER_TO_POST16 -> "Phase transfer to post-16 (31 March)";
            case TRANSFER_POST16_MOVE -> "Move between post-16 institutions (5 months before)";
            case REASSESSMENT_DECISION -> "Decision whether to reassess notified (15 days from the request)";
            case REASSESSMENT_PLAN -> "Plan after the re-assessment (14 weeks from the request)";
        };
    }

    private static String left(Long n) {
        return n == 0 ? "due today" : days(n) + " left";
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
