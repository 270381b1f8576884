package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reviews overdue at the end of a day, by whole weeks past their due date: what {@code GET
 * /api/kpis/reviews/overdue?on=} answers. Every band is listed, zeros included.
 */
public record OverdueReviews(LocalDate on, long overdue, List<Band> byWeeksOverdue) {

    /** The measure that opens every overdue review at once; the bands open by their labels. */
    public static final String ALL = "all";

    public record Band(String band, long reviews) {
    }

    /** From the database's count of the reviews overdue on {@code on} by their due date. */
    static OverdueReviews counted(LocalDate on, Map<LocalDate, Long> byDueDate) {
        Map<WeeksOverdue, Long> byBand = new EnumMap<>(WeeksOverdue.class);
        byDueDate.forEach((due, reviews) -> byBand.merge(WeeksOverdue.of(ChronoUnit.DAYS.between(due, on)), reviews,
                Long::sum));
        List<Band> bands = Arrays.stream(WeeksOverdue.values())
                .map(b -> new Band(b.label(), byBand.getOrDefault(b, 0L)))
                .toList();
        return new OverdueReviews(on, byDueDate.values().stream().mapToLong(Long::longValue).sum(), bands);
    }

    /** The names a drill-down can open: {@link #ALL} and each band. */
    static String[] measures() {
        List<String> names = new ArrayList<>(List.of(ALL));
        Arrays.stream(WeeksOverdue.values()).map(WeeksOverdue::label).forEach(names::add);
        return names.toArray(String[]::new);
    }

    static List<OverdueReview> in(String measure, List<OverdueReview> overdue) {
        return measure.equals(ALL) ? overdue
                : overdue.stream().filter(r -> r.band().label().equals(measure)).toList();
    }

    CsvTable csv() {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(on, ALL, overdue));
        byWeeksOverdue.forEach(b -> rows.add(List.of(on, b.band(), b.reviews())));
        return new CsvTable("reviews-overdue-" + on, List.of("on", "weeksOverdue", "reviews"), rows);
    }
}
