package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Open assessments at the end of a day by weeks since the request, and the clocks already overdue, by kind: what
 * {@code GET /api/kpis/backlog?on=} answers.
 */
public record Backlog(LocalDate on, long open, List<Band> weeksSinceRequest, List<Overdue> overdue) {

    public record Band(String band, long cases) {
    }

    /** {@code clock}: DECISION, NO_PLAN_NOTICE, FINAL_PLAN (one per case) or ADVICE (one per advice request). */
    public record Overdue(String clock, long count) {
    }

    /** What the backlog is counted from. */
    record Facts(LocalDate on, List<OpenAssessment> open, List<OverdueClock> overdue) {
    }

    static Backlog of(Facts facts) {
        List<Band> bands = Arrays.stream(WeekBand.values())
                .map(band -> new Band(band.label(), count(band.label(), facts)))
                .toList();
        List<Overdue> overdue = BacklogCount.clocks()
                .map(clock -> new Overdue(clock.name(), clock.entries().apply(facts).size()))
                .toList();
        return new Backlog(facts.on(), count(BacklogCount.OPEN, facts), bands, overdue);
    }

    private static long count(String name, Facts facts) {
        return BacklogCount.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow()
                .entries().apply(facts).size();
    }

    CsvTable csv() {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(on, "open", BacklogCount.OPEN, open));
        weeksSinceRequest.forEach(b -> rows.add(List.of(on, "weeksSinceRequest", b.band(), b.cases())));
        overdue.forEach(o -> rows.add(List.of(on, "overdue", o.clock(), o.count())));
        return new CsvTable("backlog-" + on, List.of("on", "kind", "measure", "count"), rows);
    }
}
