package org.sendclock.kpi;

import static org.sendclock.kpi.KpiController.respond;

import java.time.Clock;
import java.time.LocalDate;
import org.sendclock.kpi.KpiParameters.Format;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SEN2 extract (always CSV: it is a file for the council's SEN2 tool) and its validation report (JSON, or CSV
 * with {@code format=csv}). A year still running may be extracted to check it early; a year to come may not.
 */
@RestController
@RequestMapping("/api/kpis/sen2")
class Sen2Controller {

    private final Sen2Return sen2;
    private final Clock clock;

    Sen2Controller(Sen2Return sen2, Clock clock) {
        this.sen2 = sen2;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<Object> extract(@RequestParam(required = false) String year) {
        KpiParameters parameters = new KpiParameters();
        Integer calendarYear = year(parameters, year);
        parameters.done();
        return sen2.extract(calendarYear).download();
    }

    @GetMapping("/validation")
    ResponseEntity<Object> validation(@RequestParam(required = false) String year,
                                      @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        Integer calendarYear = year(parameters, year);
        Format answer = parameters.format(format);
        parameters.done();
        Sen2Validation report = sen2.validation(calendarYear);
        return respond(answer, report, report::csv);
    }

    private Integer year(KpiParameters parameters, String year) {
        Integer calendarYear = parameters.year("year", year);
        int thisYear = LocalDate.now(clock).getYear();
        if (calendarYear != null && calendarYear > thisYear) {
            parameters.reject("year", "must not be after " + thisYear);
        }
        return calendarYear;
    }
}
