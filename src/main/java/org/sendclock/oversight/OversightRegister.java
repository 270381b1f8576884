package org.sendclock.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendclock.kpi.WeekBand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' breach and risk register and its breakdowns. "Today" is the application's clock; everything else is
 * the case record ({@link OpenClocks}).
 */
@Service
@Transactional(readOnly = true)
public class OversightRegister {

    /** Worst first: overdue before at risk, the latest first, then the closest; ties by case and clock. */
    static final Comparator<ClockRow> WORST_FIRST = Comparator.comparingLong(ClockRow::severity).reversed()
            .thenComparing(ClockRow::caseRef).thenComparing(ClockRow::clock)
            .thenComparing(ClockRow::clockName);

    private final OpenClocks openClocks;
    private final Clock clock;

    public OversightRegister(OpenClocks openClocks, Clock clock) {
        this.openClocks = openClocks;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<ClockRow> register(RegisterFilter filter) {
        return register(filter, today());
    }

    public List<ClockRow> register(RegisterFilter filter, LocalDate on) {
        return openClocks.on(on).stream().filter(filter::accepts).sorted(WORST_FIRST).toList();
    }

    public OversightSummary summary(RegisterFilter filter) {
        LocalDate on = today();
        LocalDate lastWeek = on.minusDays(7);
        List<ClockRow> now = register(filter, on);
        List<ClockRow> before = register(filter, lastWeek);
        List<LocalDate> openNow = openRequestDates(filter, on);
        List<LocalDate> openBefore = openRequestDates(filter, lastWeek);
        List<OversightSummary.Band> bands = Arrays.stream(WeekBand.values())
                .map(band -> new OversightSummary.Band(band.label(), inBand(openNow, on, band),
                        inBand(openBefore, lastWeek, band)))
                .toList();
        return new OversightSummary(on, lastWeek,
                new OversightSummary.Counts(overdue(now), atRisk(now), overdue(before), atRisk(before)),
                groups(now, before, row -> orUnassigned(row.team())),
                groups(now, before, row -> orUnassigned(row.caseworker())),
                groups(only(now, true), only(before, true), row -> row.adviceType().name()),
                bands);
    }

    /** Open cases follow the team and caseworker filters only: they are cases, not clocks. */
    private List<LocalDate> openRequestDates(RegisterFilter filter, LocalDate on) {
        return openClocks.openCases(on).stream().filter(c -> filter.accepts(c.team(), c.caseworker()))
                .map(OpenClocks.OpenCase::requestDate).toList();
    }

    private static List<ClockRow> only(List<ClockRow> rows, boolean advice) {
        return rows.stream().filter(r -> (r.adviceType() != null) == advice).toList();
    }

    private static List<OversightSummary.Group> groups(List<ClockRow> now, List<ClockRow> before,
                                                       Function<ClockRow, String> key) {
        Map<String, List<ClockRow>> thisWeek = now.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.toList()));
        Map<String, List<ClockRow>> lastWeek = before.stream().collect(Collectors.groupingBy(key));
        TreeMap<String, Boolean> names = new TreeMap<>();
        thisWeek.keySet().forEach(n -> names.put(n, true));
        lastWeek.keySet().forEach(n -> names.put(n, true));
        return names.keySet().stream().map(name -> {
            List<ClockRow> a = thisWeek.getOrDefault(name, List.of());
            List<ClockRow> b = lastWeek.getOrDefault(name, List.of());
            return new OversightSummary.Group(name, overdue(a), atRisk(a), overdue(b), atRisk(b));
        }).sorted(Comparator.comparingLong(OversightSummary.Group::overdue).reversed()
                .thenComparing(Comparator.comparingLong(OversightSummary.Group::atRisk).reversed())
                .thenComparing(OversightSummary.Group::name)).toList();
    }

    private static long overdue(List<ClockRow> rows) {
        return rows.stream().filter(ClockRow::overdue).count();
    }

    private static long atRisk(List<ClockRow> rows) {
        return rows.size() - overdue(rows);
    }

    private static long inBand(List<LocalDate> requestDates, LocalDate on, WeekBand band) {
        return requestDates.stream().filter(d -> WeekBand.of(ChronoUnit.DAYS.between(d, on)) == band).count();
    }

    private static String orUnassigned(String name) {
        return name == null || name.isBlank() ? OversightSummary.UNASSIGNED : name;
    }
}
