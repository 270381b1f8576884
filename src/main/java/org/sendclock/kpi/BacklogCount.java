package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The counts of the backlog, each openable as its list of cases: {@code open}, each week band ("0-6" … "52+") and
 * each kind of overdue clock (DECISION, NO_PLAN_NOTICE, FINAL_PLAN, ADVICE). A count is the length of its list.
 */
public record BacklogCount(String name, Function<Backlog.Facts, List<CaseEntry>> entries) {

    static final String OPEN = "open";
    static final String ADVICE = "ADVICE";

    public static List<BacklogCount> all() {
        List<BacklogCount> all = new ArrayList<>();
        all.add(cases(OPEN, (a, on) -> true, OpenAssessment::finalPlanDue));
        for (WeekBand band : WeekBand.values()) {
            all.add(cases(band.label(), (a, on) -> a.bandOn(on) == band, OpenAssessment::finalPlanDue));
        }
        all.add(cases("DECISION", (a, on) -> a.decisionOverdue(), OpenAssessment::decisionDue));
        all.add(cases("NO_PLAN_NOTICE", (a, on) -> a.noPlanNoticeOverdue(), OpenAssessment::noPlanNoticeDue));
        all.add(cases("FINAL_PLAN", (a, on) -> a.finalPlanOverdue(), OpenAssessment::finalPlanDue));
        all.add(new BacklogCount(ADVICE, facts -> facts.overdueAdvice().stream().map(OverdueAdvice::entry).toList()));
        return all;
    }

    static Stream<BacklogCount> clocks() {
        return all().stream().filter(c -> Stream.of("DECISION", "NO_PLAN_NOTICE", "FINAL_PLAN", ADVICE)
                .anyMatch(c.name::equals));
    }

    private static BacklogCount cases(String name, BiPredicate<OpenAssessment, LocalDate> test,
                                      Function<OpenAssessment, LocalDate> dueDate) {
        return new BacklogCount(name, facts -> facts.open().stream()
                .filter(a -> test.test(a, facts.on()))
                .map(a -> a.entry(dueDate.apply(a)))
                .toList());
    }
}
