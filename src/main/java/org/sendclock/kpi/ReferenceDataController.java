package org.sendclock.kpi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Targets and comparators: anyone who reads the KPIs reads them; only the performance team changes them (the security
 * chain lets only PERFORMANCE past for anything but GET under /api/kpis).
 */
@RestController
@RequestMapping("/api/kpis")
class ReferenceDataController {

    private final ReferenceData referenceData;

    ReferenceDataController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    public record TargetView(Measure measure, YearMonth from, BigDecimal percent, boolean orNationalAverage,
                             BigDecimal amberMargin, String note, String updatedBy, Instant updatedAt) {
        static TargetView of(Target t) {
            return new TargetView(t.getMeasure(), t.getAppliesFrom(), t.getTargetPercent(), t.isOrNationalAverage(),
                    t.getAmberMargin(), t.getNote(), t.getUpdatedBy(), t.getUpdatedAt());
        }
    }

    public record Targets(List<TargetView> targets) {
    }

    /** A percentage with at most one decimal, 0 to 100. */
    public record TargetChange(@NotNull @DecimalMin("0.0") @DecimalMax("100.0") @Digits(integer = 3, fraction = 1)
                               BigDecimal percent,
                               Boolean orNationalAverage,
                               @DecimalMin("0.0") @DecimalMax("100.0") @Digits(integer = 3, fraction = 1)
                               BigDecimal amberMargin,
                               @Size(max = 4000) String note) {
    }

    public record ComparatorView(Measure measure, String area, int year, BigDecimal percent, String source,
                                 String updatedBy, Instant updatedAt) {
        static ComparatorView of(ComparatorRate c) {
            return new ComparatorView(c.getMeasure(), c.getArea(), c.getYear(), c.getRatePercent(), c.getSource(),
                    c.getUpdatedBy(), c.getUpdatedAt());
        }
    }

    public record Comparators(List<ComparatorView> comparators) {
    }

    public record ComparatorChange(@NotNull @DecimalMin("0.0") @DecimalMax("100.0") @Digits(integer = 3, fraction = 1)
                                   BigDecimal percent,
                                   @Size(max = 400) String source) {
    }

    @GetMapping("/targets")
    Targets targets() {
        return new Targets(referenceData.targets().stream().map(TargetView::of).toList());
    }

    /** Sets the target for a measure from a month (YYYY-MM), replacing any target already set for that month. */
    @PutMapping("/targets/{measure}/{from}")
    TargetView setTarget(@PathVariable String measure, @PathVariable String from,
                         @Valid @RequestBody TargetChange change, Principal who) {
        KpiParameters parameters = new KpiParameters();
        Measure chosen = BoardController.measure(parameters, measure);
        YearMonth month = parameters.month("from", from);
        parameters.done();
        return TargetView.of(referenceData.setTarget(chosen, month, change.percent(),
                Boolean.TRUE.equals(change.orNationalAverage()), change.amberMargin(), change.note(), who.getName()));
    }

    @DeleteMapping("/targets/{measure}/{from}")
    ResponseEntity<Void> removeTarget(@PathVariable String measure, @PathVariable String from) {
        KpiParameters parameters = new KpiParameters();
        Measure chosen = BoardController.measure(parameters, measure);
        YearMonth month = parameters.month("from", from);
        parameters.done();
        referenceData.removeTarget(chosen, month);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/comparators")
    Comparators comparators() {
        return new Comparators(referenceData.comparators().stream().map(ComparatorView::of).toList());
    }

    /** Sets one area's rate for a measure in a calendar year, replacing any already recorded. */
    @PutMapping("/comparators/{measure}/{area}/{year}")
    ComparatorView setComparator(@PathVariable String measure, @PathVariable String area, @PathVariable String year,
                                 @Valid @RequestBody ComparatorChange change, Principal who) {
        KpiParameters parameters = new KpiParameters();
        Measure chosen = BoardController.measure(parameters, measure);
        Integer calendarYear = parameters.year("year", year);
        String place = area(parameters, area);
        parameters.done();
        return ComparatorView.of(referenceData.setComparator(chosen, place, calendarYear, change.percent(),
                change.source(), who.getName()));
    }

    @DeleteMapping("/comparators/{measure}/{area}/{year}")
    ResponseEntity<Void> removeComparator(@PathVariable String measure, @PathVariable String area,
                                          @PathVariable String year) {
        KpiParameters parameters = new KpiParameters();
        Measure chosen = BoardController.measure(parameters, measure);
        Integer calendarYear = parameters.year("year", year);
        String place = area(parameters, area);
        parameters.done();
        referenceData.removeComparator(chosen, place, calendarYear);
        return ResponseEntity.noContent().build();
    }

    private static String area(KpiParameters parameters, String area) {
        String trimmed = area == null ? "" : area.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            parameters.reject("area", "must be a place name of 1 to 100 characters, such as England or North West");
        }
        return trimmed;
    }
}
