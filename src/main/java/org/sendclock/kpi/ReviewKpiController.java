package org.sendclock.kpi;

import static org.sendclock.kpi.KpiController.casesBehind;
import static org.sendclock.kpi.KpiController.respond;
import static org.sendclock.kpi.KpiController.tableOver;

import java.time.Clock;
import java.time.LocalDate;
import org.sendclock.kpi.KpiParameters.Format;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The annual reviews measure (docs/api.md, "KPIs"): JSON or, with {@code format=csv}, a CSV download. */
@RestController
@RequestMapping("/api/kpis/reviews")
class ReviewKpiController {

    private final ReviewKpis kpis;
    private final Clock clock;

    ReviewKpiController(ReviewKpis kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<Object> reviews(@RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String format) {
        return tableOver(from, to, format, kpis::reviews, ReviewReport::csv);
    }

    @GetMapping("/cases")
    ResponseEntity<Object> reviewCases(@RequestParam(required = false) String month,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String measure,
                                       @RequestParam(required = false) String format) {
        return casesBehind(month, from, to, measure, format, ReviewCount.values(), kpis::reviewCases);
    }

    /** Without {@code on}, today. */
    @GetMapping("/overdue")
    ResponseEntity<Object> overdue(@RequestParam(required = false) String on,
                                   @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        LocalDate day = day(parameters, on);
        Format answer = parameters.format(format);
        parameters.done();
        OverdueReviews overdue = kpis.overdue(day);
        return respond(answer, overdue, overdue::csv);
    }

    /** {@code measure}: all, or a band of weeks overdue ("0-4" … "27+", the + written %2B in a URL). */
    @GetMapping("/overdue/cases")
    ResponseEntity<Object> overdueCases(@RequestParam(required = false) String on,
                                        @RequestParam(required = false) String measure,
                                        @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        LocalDate day = day(parameters, on);
        String chosen = parameters.oneOf("measure", measure, ReviewKpis.overdueMeasures(), m -> m);
        Format answer = parameters.format(format);
        parameters.done();
        OverdueReviewList cases = kpis.overdueCases(day, chosen);
        return respond(answer, cases, cases::csv);
    }

    /** Overdue is counted from recorded dates: a day still to come has no facts yet. */
    private LocalDate day(KpiParameters parameters, String on) {
        LocalDate today = LocalDate.now(clock);
        if (on == null || on.isBlank()) {
            return today;
        }
        LocalDate day = parameters.date("on", on);
        if (day != null && day.isAfter(today)) {
            parameters.reject("on", "must not be in the future");
        }
        return day;
    }
}
