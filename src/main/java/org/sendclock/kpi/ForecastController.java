package org.sendclock.kpi;

import static org.sendclock.kpi.KpiController.respond;

import org.sendclock.kpi.KpiParameters.Format;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The year-end forecast of the 20-week rate (docs/kpi-definitions.md, "Forecast"). {@code exceptions=excluded} (the
 * default, the DfE headline) or {@code included} chooses the variant.
 */
@RestController
@RequestMapping("/api/kpis/forecast")
class ForecastController {

    private final Forecasts forecasts;

    ForecastController(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping
    ResponseEntity<Object> forecast(@RequestParam(required = false) String exceptions,
                                    @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        Measure measure = variant(parameters, exceptions);
        Format answer = parameters.format(format);
        parameters.done();
        YearEndForecast forecast = forecasts.forecast(measure);
        return respond(answer, forecast, forecast::csv);
    }

    @GetMapping("/cases")
    ResponseEntity<Object> cases(@RequestParam(required = false) String exceptions,
                                 @RequestParam(required = false) String measure,
                                 @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        Measure variant = variant(parameters, exceptions);
        ForecastCount count = parameters.oneOf("measure", measure, ForecastCount.values(), ForecastCount::field);
        Format answer = parameters.format(format);
        parameters.done();
        ForecastCaseList cases = forecasts.cases(variant, count);
        return respond(answer, cases, cases::csv);
    }

    private static Measure variant(KpiParameters parameters, String exceptions) {
        if (exceptions == null || exceptions.isBlank() || exceptions.trim().equals("excluded")) {
            return Measure.TWENTY_WEEKS_EXCLUDING_EXCEPTIONS;
        }
        if (exceptions.trim().equals("included")) {
            return Measure.TWENTY_WEEKS;
        }
        parameters.reject("exceptions", "must be excluded or included, not \"" + exceptions + "\"");
        return null;
    }
}
