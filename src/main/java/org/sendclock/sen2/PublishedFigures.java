package org.sendclock.sen2;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;
import org.sendclock.kpi.BoardViews;
import org.sendclock.kpi.CohortFigures;
import org.sendclock.kpi.DecisionFigures;
import org.sendclock.kpi.MonthRange;
import org.sendclock.kpi.PhaseTransferKpis;
import org.sendclock.kpi.PhaseTransferReport;
import org.sendclock.kpi.ReviewFigures;
import org.sendclock.kpi.ReviewKpis;
import org.sendclock.kpi.TimelinessKpis;
import org.sendclock.kpi.TwentyWeekFigures;
import org.springframework.stereotype.Component;

/**
 * The figures the DfE will publish from the file, counted from the file itself, beside the dashboard's own figures
 * for the same calendar year (the KPI package's services, exactly as the dashboard shows them), so the analyst can
 * reconcile the two before sending. Where the two count different things, {@link Line#why} says what differs.
 */
@Component
class PublishedFigures {

    /** 20 weeks as the DfE counts them from the file's dates: received date + 140 days, inclusive. */
    static final long TWENTY_WEEKS = 140;

    private final TimelinessKpis timeliness;
    private final BoardViews board;
    private final ReviewKpis reviews;
    private final PhaseTransferKpis transfers;

    PublishedFigures(TimelinessKpis timeliness, BoardViews board, ReviewKpis reviews, PhaseTransferKpis transfers) {
        this.timeliness = timeliness;
        this.board = board;
        this.reviews = reviews;
        this.transfers = transfers;
    }

    List<ReconciledFigure> of(Sen2File file) {
        int year = file.reportingYear();
        MonthRange range = MonthRange.calendarYear(year);
        LocalDate first = range.firstDay();
        LocalDate last = range.lastDay();
        List<Items> requests = file.rows(Sen2Module.REQUESTS).stream().map(Sen2File.Row::items).toList();
        List<Sen2File.Request> assessed = file.persons().stream().flatMap(p -> p.requests().stream())
                .filter(r -> r.assessment() != null && "Y".equals(r.assessment().items().get("AssessmentOutcome")))
                .toList();
        List<Items> active = file.rows(Sen2Module.ACTIVE_PLANS).stream().map(Sen2File.Row::items).toList();

        CohortFigures cohorts = board.cohorts(range).total();
        DecisionFigures decisions = timeliness.decisions(range).total();
        TwentyWeekFigures twentyWeek = timeliness.twentyWeek(range).total();
        ReviewFigures reviewFigures = reviews.reviews(range).total();
        PhaseTransferReport transfersDue = transfers.report(year);

        return List.of(
                new ReconciledFigure("Requests received in the year",
                        count(requests, r -> between(r.date("ReceivedDate"), first, last)), cohorts.requests(),
                        "Both count requests by the day received."),
                new ReconciledFigure("Decisions to assess, family told in the year",
                        count(requests, r -> "A".equals(r.get("RequestOutcome"))
                                && between(r.date("RequestOutcomeDate"), first, last)), decisions.assessed(),
                        "Both count by the day the family was told."),
                new ReconciledFigure("Decisions not to assess, family told in the year",
                        count(requests, r -> "N".equals(r.get("RequestOutcome"))
                                && between(r.date("RequestOutcomeDate"), first, last)), decisions.refused(),
                        "Both count by the day the family was told."),
                new ReconciledFigure("New plans issued in the year", (long) assessed.size(), twentyWeek.issued(),
                        "Both count final plans by the day issued. The file also reports plans brought in by import"
                                + " that started in the year; the dashboard counts only plans with a week 20 clock."),
                new ReconciledFigure("Issued within 20 weeks, including exceptions",
                        assessed.stream().filter(PublishedFigures::withinTwentyWeeks).count(), twentyWeek.onTime(),
                        "The DfE counts 140 days from ReceivedDate to AssessmentOutcomeDate. The dashboard uses the"
                                + " clock register's due date, which follows the council's day-counting setting"
                                + " (counting the request day as day 1 makes it a day earlier)."),
                new ReconciledFigure("Issued, excluding exceptions",
                        assessed.stream().filter(r -> "0".equals(r.assessment().items().get("Week20"))).count(),
                        twentyWeek.issuedExcludingExceptions(),
                        "The file's Week20 and the dashboard both read the clock register's exception answer."),
                new ReconciledFigure("Issued within 20 weeks, excluding exceptions",
                        assessed.stream().filter(r -> "0".equals(r.assessment().items().get("Week20"))
                                && withinTwentyWeeks(r)).count(), twentyWeek.onTimeExcludingExceptions(),
                        "As for the rate including exceptions: the DfE's 140 days against the register's due date."),
                new ReconciledFigure("Annual review decisions made in the year",
                        count(active, a -> between(a.date("LastReview"), first, last)), reviewFigures.decided(),
                        "The file reports one review per plan (the last meeting of the year); the dashboard counts"
                                + " every review decision made in the year, so a plan reviewed twice counts twice there."),
                new ReconciledFigure("Plans active in the year", (long) active.size(), null,
                        "The dashboard has no count of plans maintained."),
                new ReconciledFigure("Phase transfers due by their deadline in the year", null,
                        transfersDue.transfers().stream().mapToLong(PhaseTransferReport.Line::due).sum(),
                        "The file does not mark phase transfers: the DfE works them out from year groups and review"
                                + " dates. The dashboard's figure (Year 6 and Year 11 transfers due, "
                                + transfersDue.transfers().stream().mapToLong(
                                        PhaseTransferReport.Line::finalisedByDeadline).sum()
                                + " finalised by the deadline) is here for comparison with the DfE's publication."));
    }

    private static boolean withinTwentyWeeks(Sen2File.Request r) {
        LocalDate received = r.items().date("ReceivedDate");
        LocalDate issued = r.assessment().items().date("AssessmentOutcomeDate");
        return received != null && issued != null && ChronoUnit.DAYS.between(received, issued) <= TWENTY_WEEKS;
    }

    private static long count(List<Items> records, Predicate<Items> test) {
        return records.stream().filter(test).count();
    }

    private static boolean between(LocalDate date, LocalDate first, LocalDate last) {
        return date != null && !date.isBefore(first) && !date.isAfter(last);
    }
}
