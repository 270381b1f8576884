package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four timeliness measures and the cases behind each figure. Each figure and its drill-down come from the same
 * rows of the same query, so a board member who opens a figure sees exactly the cases it counts.
 */
@Service
@Transactional(readOnly = true)
public class TimelinessKpis {

    private final IssuedPlans issuedPlans;
    private final DecisionsMade decisions;
    private final AdviceReturns adviceReturns;
    private final OpenAssessments openAssessments;

    TimelinessKpis(IssuedPlans issuedPlans, DecisionsMade decisions, AdviceReturns adviceReturns,
                   OpenAssessments openAssessments) {
        this.issuedPlans = issuedPlans;
        this.decisions = decisions;
        this.adviceReturns = adviceReturns;
        this.openAssessments = openAssessments;
    }

    public TwentyWeekReport twentyWeek(MonthRange range) {
        return TwentyWeekReport.of(range, issuedPlans.issuedIn(range));
    }

    public CaseList twentyWeekCases(MonthRange range, TwentyWeekCount count) {
        return CaseList.of("twenty-week", count, range, issuedPlans.issuedIn(range), plan -> true);
    }

    public DecisionReport decisions(MonthRange range) {
        return DecisionReport.of(range, decisions.notifiedIn(range));
    }

    public CaseList decisionCases(MonthRange range, DecisionCount count) {
        return CaseList.of("decisions", count, range, decisions.notifiedIn(range), decision -> true);
    }

    public AdviceReport advice(MonthRange range) {
        return AdviceReport.of(range, adviceReturns.receivedIn(range));
    }

    /** {@code adviceType} null for all types. */
    public CaseList adviceCases(MonthRange range, AdviceCount count, String adviceType) {
        Predicate<AdviceReturned> ofType = adviceType == null ? a -> true : a -> a.adviceType().equals(adviceType);
        return CaseList.of("advice", count, range, adviceReturns.receivedIn(range), ofType);
    }

    public Backlog backlog(LocalDate on) {
        return Backlog.of(backlogFacts(on));
    }

    public BacklogCaseList backlogCases(LocalDate on, BacklogCount count) {
        var entries = count.entries().apply(backlogFacts(on));
        return new BacklogCaseList(on, count.name(), entries.size(), entries);
    }

    private Backlog.Facts backlogFacts(LocalDate on) {
        return new Backlog.Facts(on, openAssessments.openOn(on), openAssessments.overdueOn(on));
    }
}
