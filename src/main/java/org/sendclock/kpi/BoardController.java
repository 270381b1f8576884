package org.sendclock.kpi;

import static org.sendclock.kpi.KpiController.casesBehind;
import static org.sendclock.kpi.KpiController.respond;
import static org.sendclock.kpi.KpiController.tableOver;

import org.sendclock.kpi.KpiParameters.Format;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The board's views of the measures (docs/api.md, "Board views"), as JSON or, with {@code format=csv}, CSV. */
@RestController
@RequestMapping("/api/kpis")
class BoardController {

    /** Fifty years of whole years is more than any history; enough to stop a mistyped year running away. */
    private static final int MOST_YEARS = 50;

    private final BoardViews views;

    BoardController(BoardViews views) {
        this.views = views;
    }

    @GetMapping("/board")
    ResponseEntity<Object> board(@RequestParam(required = false) String measure,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        Measure chosen = measure(parameters, measure);
        MonthRange range = parameters.range(from, to);
        Format answer = parameters.format(format);
        parameters.done();
        BoardReport report = views.board(chosen, range);
        return respond(answer, report, report::csv);
    }

    @GetMapping("/years")
    ResponseEntity<Object> years(@RequestParam(required = false) String measure,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String kind,
                                 @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        Measure chosen = measure(parameters, measure);
        Integer first = parameters.year("from", from);
        Integer last = parameters.year("to", to);
        if (first != null && last != null && last < first) {
            parameters.reject("to", "must not be before from (" + first + ")");
        } else if (first != null && last != null && last - first >= MOST_YEARS) {
            parameters.reject("to", "must be at most " + MOST_YEARS + " years after from (" + first + ")");
        }
        YearsReport.Kind yearKind = kind == null || kind.isBlank() ? YearsReport.Kind.CALENDAR
                : parameters.oneOf("kind", kind, YearsReport.Kind.values(), k -> k.name().toLowerCase());
        Format answer = parameters.format(format);
        parameters.done();
        YearsReport report = views.years(chosen, yearKind, first, last);
        return respond(answer, report, report::csv);
    }

    @GetMapping("/cohorts")
    ResponseEntity<Object> cohorts(@RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String format) {
        return tableOver(from, to, format, views::cohorts, CohortReport::csv);
    }

    @GetMapping("/cohorts/cases")
    ResponseEntity<Object> cohortCases(@RequestParam(required = false) String month,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String measure,
                                       @RequestParam(required = false) String format) {
        return casesBehind(month, from, to, measure, format, CohortCount.values(), views::cohortCases);
    }

    static Measure measure(KpiParameters parameters, String measure) {
        return parameters.oneOf("measure", measure, Measure.values(), Enum::name);
    }
}
