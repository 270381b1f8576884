package org.sendclock.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sendclock.advice.AdviceType;
import org.sendclock.kpi.KpiParameters.Format;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The timeliness measures for the performance team and managers (docs/api.md, "KPIs"): each table by month with its
 * total, each figure openable as its cases, each as JSON or, with {@code format=csv}, a CSV download.
 */
@RestController
@RequestMapping("/api/kpis")
class KpiController {

    private final TimelinessKpis kpis;
    private final Clock clock;

    KpiController(TimelinessKpis kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    @GetMapping("/twenty-week")
    ResponseEntity<Object> twentyWeek(@RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String format) {
        return tableOver(from, to, format, kpis::twentyWeek, TwentyWeekReport::csv);
    }

    @GetMapping("/twenty-week/cases")
    ResponseEntity<Object> twentyWeekCases(@RequestParam(required = false) String month,
                                           @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to,
                                           @RequestParam(required = false) String measure,
                                           @RequestParam(required = false) String format) {
        return casesBehind(month, from, to, measure, format, TwentyWeekCount.values(), kpis::twentyWeekCases);
    }

    @GetMapping("/decisions")
    ResponseEntity<Object> decisions(@RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String format) {
        return tableOver(from, to, format, kpis::decisions, DecisionReport::csv);
    }

    @GetMapping("/decisions/cases")
    ResponseEntity<Object> decisionCases(@RequestParam(required = false) String month,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String measure,
                                         @RequestParam(required = false) String format) {
        return casesBehind(month, from, to, measure, format, DecisionCount.values(), kpis::decisionCases);
    }

    @GetMapping("/advice")
    ResponseEntity<Object> advice(@RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String format) {
        return tableOver(from, to, format, kpis::advice, AdviceReport::csv);
    }

    /** {@code adviceType} narrows the list to one type; without it, the cases behind the "all types" figure. */
    @GetMapping("/advice/cases")
    ResponseEntity<Object> adviceCases(@RequestParam(required = false) String month,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String measure,
                                       @RequestParam(required = false) String adviceType,
                                       @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        MonthRange range = parameters.monthOrRange(month, from, to);
        AdviceCount count = parameters.oneOf("measure", measure, AdviceCount.values(), Count::field);
        String type = adviceType == null || adviceType.isBlank() || adviceType.equals(AdviceFigures.ALL_TYPES) ? null
                : parameters.oneOf("adviceType", adviceType, Arrays.stream(AdviceType.values()).map(Enum::name)
                        .toArray(String[]::new), t -> t);
        Format answer = parameters.format(format);
        parameters.done();
        CaseList cases = kpis.adviceCases(range, count, type);
        return respond(answer, cases, cases::csv);
    }

    @GetMapping("/backlog")
    ResponseEntity<Object> backlog(@RequestParam(required = false) String on,
                                   @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        LocalDate day = backlogDay(parameters, on);
        Format answer = parameters.format(format);
        parameters.done();
        Backlog backlog = kpis.backlog(day);
        return respond(answer, backlog, backlog::csv);
    }

    /** {@code measure}: open, a week band ("0-6" … "52+", the + written %2B in a URL) or a clock (DECISION, …, ADVICE). */
    @GetMapping("/backlog/cases")
    ResponseEntity<Object> backlogCases(@RequestParam(required = false) String on,
                                        @RequestParam(required = false) String measure,
                                        @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        LocalDate day = backlogDay(parameters, on);
        BacklogCount count = parameters.oneOf("measure", measure, BacklogCount.all().toArray(BacklogCount[]::new),
                BacklogCount::name);
        Format answer = parameters.format(format);
        parameters.done();
        BacklogCaseList cases = kpis.backlogCases(day, count);
        return respond(answer, cases, cases::csv);
    }

    /** The backlog is counted from recorded dates: a day still to come has no facts yet. */
    private LocalDate backlogDay(KpiParameters parameters, String on) {
        LocalDate day = parameters.date("on", on);
        if (day != null && day.isAfter(LocalDate.now(clock))) {
            parameters.reject("on", "must not be in the future");
        }
        return day;
    }

    /** A table over a range of months, as JSON or CSV: the parameters checked together before anything is counted. */
    static <R> ResponseEntity<Object> tableOver(String from, String to, String format, Function<MonthRange, R> report,
                                                Function<R, CsvTable> csv) {
        KpiParameters parameters = new KpiParameters();
        MonthRange range = parameters.range(from, to);
        Format answer = parameters.format(format);
        parameters.done();
        R table = report.apply(range);
        return respond(answer, table, () -> csv.apply(table));
    }

    /** The cases behind one count of a table, for a month or a range of months, as JSON or CSV. */
    static <C extends Count<?>> ResponseEntity<Object> casesBehind(String month, String from, String to,
                                                                   String measure, String format, C[] counts,
                                                                   BiFunction<MonthRange, C, CaseList> cases) {
        KpiParameters parameters = new KpiParameters();
        MonthRange range = parameters.monthOrRange(month, from, to);
        C count = parameters.oneOf("measure", measure, counts, Count::field);
        Format answer = parameters.format(format);
        parameters.done();
        CaseList list = cases.apply(range, count);
        return respond(answer, list, list::csv);
    }

    static ResponseEntity<Object> respond(Format format, Object json, Supplier<CsvTable> csv) {
        return format == Format.CSV ? csv.get().download() : ResponseEntity.ok(json);
    }
}
