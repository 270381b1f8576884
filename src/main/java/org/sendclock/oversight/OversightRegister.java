package org.sendclock.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.sendclock.casefile.Paging;
import org.sendclock.deadline.Deadline;
import org.sendclock.kpi.WeekBand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' breach and risk register and its breakdowns. "Today" is the application's clock; everything else is
 * the clock register ({@link OpenClocks}), which also sorts, pages and counts: a page never loads the rows it does not
 * show.
 */
@Service
@Transactional(readOnly = true)
public class OversightRegister {

    private final OpenClocks openClocks;
    private final Clock clock;

    public OversightRegister(OpenClocks openClocks, Clock clock) {
        this.openClocks = openClocks;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every row the filter accepts, worst first: for the digest, which lists them all. */
    public List<ClockRow> register(RegisterFilter filter) {
        return openClocks.on(today(), filter, RegisterSort.WORST_FIRST, List.of());
    }

    /**
     * The same without the clocks named, left out by the database: the digest counts a plan's review and its steps in
     * a section of their own, and a county holds thousands of them it would otherwise read only to drop.
     */
    public List<ClockRow> register(RegisterFilter filter, Collection<Deadline> leavingOut) {
        return openClocks.on(today(), filter, RegisterSort.WORST_FIRST, leavingOut);
    }

    /** One page of the rows the filter accepts, in the order asked, with the totals of them all. */
    public RegisterPage page(RegisterFilter filter, RegisterSort sort, Paging paging) {
        LocalDate on = today();
        return page(on, filter, sort, paging, openClocks.tallies(on, filter));
    }

    /** Counts over every row of the register (not a page of it), grouped by the database. */
    public OversightSummary summary(RegisterFilter filter) {
        LocalDate on = today();
        return summary(on, casesOnly(filter), openClocks.tallies(on, on.minusDays(7), casesOnly(filter)));
    }

    /** The register page and its breakdowns (by the filter's team and caseworker only). */
    public record Overview(RegisterPage page, OversightSummary summary) {
    }

    /** {@link #page} and {@link #summary} together, counting today's clocks once when the filters allow. */
    public Overview overview(RegisterFilter filter, RegisterSort sort, Paging paging) {
        LocalDate on = today();
        RegisterFilter cases = casesOnly(filter);
        OpenClocks.TwoDays breakdowns = openClocks.tallies(on, on.minusDays(7), cases);
        List<OpenClocks.Tally> rowsNow = cases.equals(filter) ? breakdowns.on() : openClocks.tallies(on, filter);
        return new Overview(page(on, filter, sort, paging, rowsNow), summary(on, cases, breakdowns));
    }

    private RegisterPage page(LocalDate on, RegisterFilter filter, RegisterSort sort, Paging paging,
                              List<OpenClocks.Tally> tallies) {
        long overdue = overdue(tallies);
        long total = overdue + atRisk(tallies);
        List<ClockRow> rows = total == 0 ? List.of()
                : openClocks.page(on, filter, sort, paging.offset(), paging.size());
        return new RegisterPage(on, total, overdue, total - overdue, paging.page(), paging.size(),
                paging.pagesFor(total), sort, rows);
    }

    private OversightSummary summary(LocalDate on, RegisterFilter filter, OpenClocks.TwoDays tallies) {
        LocalDate lastWeek = on.minusDays(7);
        List<OpenClocks.Tally> now = tallies.on();
        List<OpenClocks.Tally> before = tallies.before();
        List<OpenClocks.OpenCases> open = openClocks.openCases(on, lastWeek, filter);
        List<OversightSummary.Band> bands = Arrays.stream(WeekBand.values())
                .map(band -> new OversightSummary.Band(band.label(),
                        inBand(open, on, band, OpenClocks.OpenCases::cases),
                        inBand(open, lastWeek, band, OpenClocks.OpenCases::casesBefore)))
                .toList();
        return new OversightSummary(on, lastWeek,
                new OversightSummary.Counts(overdue(now), atRisk(now), overdue(before), atRisk(before)),
                groups(now, before, t -> orUnassigned(t.team())),
                groups(now, before, t -> orUnassigned(t.caseworker())),
                groups(advice(now), advice(before), t -> t.adviceType().name()),
                bands);
    }

    /** The breakdowns follow the team and caseworker filters only: they break down the whole register. */
    private static RegisterFilter casesOnly(RegisterFilter filter) {
        return new RegisterFilter(filter.team(), filter.caseworker(), null, null, null, filter.scope());
    }

    private static List<OpenClocks.Tally> advice(List<OpenClocks.Tally> tallies) {
        return tallies.stream().filter(t -> t.adviceType() != null).toList();
    }

    private static List<OversightSummary.Group> groups(List<OpenClocks.Tally> now, List<OpenClocks.Tally> before,
                                                       Function<OpenClocks.Tally, String> key) {
        Map<String, List<OpenClocks.Tally>> thisWeek = now.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.toList()));
        Map<String, List<OpenClocks.Tally>> lastWeek = before.stream().collect(Collectors.groupingBy(key));
        TreeMap<String, Boolean> names = new TreeMap<>();
        thisWeek.keySet().forEach(n -> names.put(n, true));
        lastWeek.keySet().forEach(n -> names.put(n, true));
        return names.keySet().stream().map(name -> {
            List<OpenClocks.Tally> a = thisWeek.getOrDefault(name, List.of());
            List<OpenClocks.Tally> b = lastWeek.getOrDefault(name, List.of());
            return new OversightSummary.Group(name, overdue(a), atRisk(a), overdue(b), atRisk(b));
        }).sorted(Comparator.comparingLong(OversightSummary.Group::overdue).reversed()
                .thenComparing(Comparator.comparingLong(OversightSummary.Group::atRisk).reversed())
                .thenComparing(OversightSummary.Group::name)).toList();
    }

    private static long overdue(List<OpenClocks.Tally> tallies) {
        return tallies.stream().filter(OpenClocks.Tally::overdue).mapToLong(OpenClocks.Tally::clocks).sum();
    }

    private static long atRisk(List<OpenClocks.Tally> tallies) {
        return tallies.stream().filter(t -> !t.overdue()).mapToLong(OpenClocks.Tally::clocks).sum();
    }

    private static long inBand(List<OpenClocks.OpenCases> openCases, LocalDate on, WeekBand band,
                               ToLongFunction<OpenClocks.OpenCases> count) {
        return openCases.stream().filter(c -> WeekBand.of(ChronoUnit.DAYS.between(c.requestDate(), on)) == band)
                .mapToLong(count).sum();
    }

    private static String orUnassigned(String name) {
        return name == null || name.isBlank() ? OversightSummary.UNASSIGNED : name;
    }
}
