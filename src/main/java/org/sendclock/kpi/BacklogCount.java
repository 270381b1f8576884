package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.sendclock.deadline.Deadline;
import java.util.stream.Stream;

/**
 * The counts of the backlog, each openable as its list of cases: {@code open}, each week band ("0-6" … "52+") and
 * each kind of overdue clock (DECISION, NO_PLAN_NOTICE, FINAL_PLAN, ADVICE), as the clock register holds them
 * overdue on the day. A count is the length of its list.
 */
public record BacklogCount(String name, Function<Backlog.Facts, List<CaseEntry>> entries) {

    static final String OPEN = "open";

    /** The overdue clocks counted, in this order. */
    private static final List<Deadline> CLOCKS =
            List.of(Deadline.DECISION, Deadline.NO_PLAN_NOTICE, Deadline.FINAL_PLAN, Deadline.ADVICE);

    public static List<BacklogCount> all() {
        List<BacklogCount> all = new ArrayList<>();
        all.add(cases(OPEN, (a, on) -> true));
        for (WeekBand band : WeekBand.values()) {
            all.add(cases(band.label(), (a, on) -> a.bandOn(on) == band));
        }
        CLOCKS.forEach(clock -> all.add(new BacklogCount(clock.name(), facts -> facts.overdue().stream()
                .filter(o -> o.clock() == clock)
                .map(OverdueClock::entry)
                .toList())));
        return all;
    }

    static Stream<BacklogCount> clocks() {
        return all().stream().filter(c -> CLOCKS.stream().anyMatch(clock -> clock.name().equals(c.name)));
    }

    private static BacklogCount cases(String name, BiPredicate<OpenAssessment, LocalDate> test) {
        return new BacklogCount(name, facts -> facts.open().stream()
                .filter(a -> test.test(a, facts.on()))
                .map(OpenAssessment::entry)
                .toList());
    }
}
