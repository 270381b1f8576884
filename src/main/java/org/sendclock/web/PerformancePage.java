package org.sendclock.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendclock.advice.AdviceType;
import org.sendclock.kpi.AdviceCount;
import org.sendclock.kpi.AdviceFigures;
import org.sendclock.kpi.AdviceReport;
import org.sendclock.kpi.Backlog;
import org.sendclock.kpi.BacklogCount;
import org.sendclock.kpi.BoardReport;
import org.sendclock.kpi.BoardRow;
import org.sendclock.kpi.BoardViews;
import org.sendclock.kpi.CaseEntry;
import org.sendclock.kpi.DecisionCount;
import org.sendclock.kpi.ForecastCount;
import org.sendclock.kpi.Forecasts;
import org.sendclock.kpi.Measure;
import org.sendclock.kpi.MonthRange;
import org.sendclock.kpi.OverdueReviews;
import org.sendclock.kpi.PeriodFigures;
import org.sendclock.kpi.PhaseTransferCount;
import org.sendclock.kpi.PhaseTransferKpis;
import org.sendclock.kpi.PhaseTransferReport;
import org.sendclock.kpi.ReviewCount;
import org.sendclock.kpi.ReviewFigures;
import org.sendclock.kpi.ReviewKpis;
import org.sendclock.kpi.ReviewReport;
import org.sendclock.kpi.TimelinessKpis;
import org.sendclock.kpi.TwentyWeekCount;
import org.sendclock.kpi.YearEndForecast;
import org.sendclock.clock.TransferKind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The performance team's dashboard (role PERFORMANCE, managers too): the 20-week rate month by month and year to
 * date against target and England, advice by provider, the backlog, the year-end forecast and the board view, each
 * figure opening as its cases and each table downloadable as CSV from the KPI API. Every figure comes from the kpi
 * package's services, exactly as the API answers them; this class only arranges them for the page.
 */
@Controller
@RequestMapping("/performance")
class PerformancePage {

    /** The DfE headline: the chart and the forecast follow it; the board view shows every measure. */
    static final Measure HEADLINE = Measure.TWENTY_WEEKS_EXCLUDING_EXCEPTIONS;

    private final TimelinessKpis kpis;
    private final ReviewKpis reviews;
    private final BoardViews views;
    private final Forecasts forecasts;
    private final PhaseTransferKpis transfers;
    private final Clock clock;
    private final ObjectMapper json;

    PerformancePage(TimelinessKpis kpis, ReviewKpis reviews, BoardViews views, Forecasts forecasts,
                    PhaseTransferKpis transfers, Clock clock, ObjectMapper json) {
        this.kpis = kpis;
        this.reviews = reviews;
        this.views = views;
        this.forecasts = forecasts;
        this.transfers = transfers;
        this.clock = clock;
        this.json = json;
    }

    public record TrendRow(YearMonth month, PeriodFigures inMonth, PeriodFigures yearToDate, BigDecimal target,
                    BigDecimal england, DrillDown[] monthCases, DrillDown[] yearToDateCases) {
    }

    public record BoardCell(String period, MonthRange months, PeriodFigures figures, DrillDown[] cases) {
    }

    public record BoardLine(Measure measure, String label, BigDecimal target, List<BoardCell> cells, String csv) {
    }

    public record AdviceLine(String label, AdviceFigures figures, Map<String, DrillDown> cases) {
    }

    public record Count(String label, long count, DrillDown cases) {
    }

    /** One transfer of the phase-transfer table: its figures and the cases behind each count. */
    public record TransferLine(String label, PhaseTransferReport.Line figures, DrillDown due, DrillDown finalised) {
    }

    /** A month of the reviews table, or its total: every count with the cases behind it. */
    public record ReviewLine(String label, List<Count> counts) {
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     Model model) throws JsonProcessingException {
        LocalDate today = LocalDate.now(clock);
        PeriodChoice period = PeriodChoice.read(from, to, YearMonth.from(today));
        model.addAttribute("period", period);
        model.addAttribute("today", today);
        if (period.hasErrors()) {
            return "performance";
        }
        MonthRange range = period.range();
        String months = "from=" + range.from() + "&to=" + range.to();

        BoardReport trend = views.board(HEADLINE, range);
        List<TrendRow> trendRows = trend.months().stream().map(PerformancePage::trendRow).toList();
        model.addAttribute("trend", trendRows);
        model.addAttribute("trendChart", json.writeValueAsString(trendChart(trendRows)));
        model.addAttribute("trendCsv", "/api/kpis/board?measure=" + HEADLINE + "&" + months + "&format=csv");
        model.addAttribute("twentyWeekCsv", "/api/kpis/twenty-week?" + months + "&format=csv");

        AdviceReport advice = kpis.advice(range);
        List<AdviceLine> adviceLines = adviceLines(advice, range);
        model.addAttribute("advice", adviceLines);
        model.addAttribute("adviceChart", json.writeValueAsString(adviceChart(adviceLines)));
        model.addAttribute("adviceCsv", "/api/kpis/advice?" + months + "&format=csv");

        LocalDate backlogOn = range.lastDay().isAfter(today) ? today : range.lastDay();
        Backlog backlog = kpis.backlog(backlogOn);
        model.addAttribute("backlogOn", backlogOn);
        model.addAttribute("backlogOpen", new Count("All open assessments", backlog.open(),
                DrillDown.backlog(backlogOn, "open")));
        model.addAttribute("backlogBands", backlog.weeksSinceRequest().stream()
                .map(b -> new Count(b.band().replace("-", " to ").replace("+", " or more") + " weeks", b.cases(),
                        DrillDown.backlog(backlogOn, b.band()))).toList());
        model.addAttribute("overdue", backlog.overdue().stream()
                .map(o -> new Count(clockLabel(o.clock()), o.count(), DrillDown.backlog(backlogOn, o.clock())))
                .toList());
        model.addAttribute("backlogCsv", "/api/kpis/backlog?on=" + backlogOn + "&format=csv");

        ReviewReport reviewReport = reviews.reviews(range);
        List<ReviewLine> reviewLines = new ArrayList<>();
        reviewReport.months().forEach(m -> reviewLines.add(reviewLine(m.month().toString(), m,
                MonthRange.of(m.month()))));
        reviewLines.add(reviewLine("Total", reviewReport.total(), range));
        model.addAttribute("reviewHeadings", Arrays.stream(ReviewCount.values())
                .map(c -> FigureLabels.reviewColumn(c.field())).toList());
        model.addAttribute("reviews", reviewLines);
        model.addAttribute("reviewsCsv", "/api/kpis/reviews?" + months + "&format=csv");
        OverdueReviews overdueReviews = reviews.overdue(backlogOn);
        model.addAttribute("overdueReviewsAll", new Count("All overdue reviews", overdueReviews.overdue(),
                DrillDown.overdueReviews(backlogOn, OverdueReviews.ALL)));
        model.addAttribute("overdueReviews", overdueReviews.byWeeksOverdue().stream()
                .map(b -> new Count(b.band().replace("-", " to ").replace("+", " or more") + " weeks", b.reviews(),
                        DrillDown.overdueReviews(backlogOn, b.band()))).toList());
        model.addAttribute("overdueReviewsCsv", "/api/kpis/reviews/overdue?on=" + backlogOn + "&format=csv");

        YearEndForecast forecast = forecasts.forecast(HEADLINE);
        model.addAttribute("forecast", forecast);
        Map<String, DrillDown> forecastCases = new LinkedHashMap<>();
        Arrays.stream(ForecastCount.values()).forEach(c -> forecastCases.put(c.field(), DrillDown.forecast(true, c.field())));
        model.addAttribute("forecastCases", forecastCases);
        model.addAttribute("forecastCsv", "/api/kpis/forecast?exceptions=excluded&format=csv");

        // The transfers whose deadline falls in the last year shown: the Year 6 and Year 11 of that summer.
        int transferYear = range.to().getYear();
        model.addAttribute("transferYear", transferYear);
        model.addAttribute("transfers", transfers.report(transferYear).transfers().stream()
                .map(l -> new TransferLine(l.kind().label(), l,
                        DrillDown.phaseTransfer(transferYear, l.kind(), PhaseTransferCount.DUE.field()),
                        DrillDown.phaseTransfer(transferYear, l.kind(), PhaseTransferCount.FINALISED_BY_DEADLINE.field())))
                .toList());
        model.addAttribute("transfersCsv", "/api/kpis/phase-transfers?year=" + transferYear + "&format=csv");

        model.addAttribute("boardMonth", range.to());
        model.addAttribute("board", Arrays.stream(Measure.values()).map(m -> boardLine(m, range)).toList());
        return "performance";
    }

    /** The cases behind one figure: case references and the dates the rule used, never a name. */
    @GetMapping("/cases")
    String cases(@RequestParam(required = false) String table, @RequestParam(required = false) String measure,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String adviceType, @RequestParam(required = false) String on,
                 @RequestParam(required = false) String exceptions, @RequestParam(required = false) String year,
                 @RequestParam(required = false) String kind, Model model) {
        LocalDate today = LocalDate.now(clock);
        String name = table == null ? "" : table;
        String field = measure == null ? "" : measure;
        DrillDown drill;
        List<CaseEntry> entries;
        String about;
        switch (name) {
            case "twenty-week", "decisions", "advice", "reviews" -> {
                PeriodChoice period = PeriodChoice.read(from, to, YearMonth.from(today));
                if (period.hasErrors() || from == null || to == null) {
                    throw notFound();
                }
                MonthRange range = period.range();
                String type = adviceType == null || adviceType.isBlank() ? null : adviceType;
                if (type != null && (!name.equals("advice")
                        || Arrays.stream(AdviceType.values()).noneMatch(t -> t.name().equals(type)))) {
                    throw notFound();
                }
                entries = switch (name) {
                    case "twenty-week" -> kpis.twentyWeekCases(range, find(TwentyWeekCount.values(), field,
                            TwentyWeekCount::field)).cases();
                    case "decisions" -> kpis.decisionCases(range, find(DecisionCount.values(), field,
                            DecisionCount::field)).cases();
                    case "reviews" -> reviews.reviewCases(range, find(ReviewCount.values(), field,
                            ReviewCount::field)).cases();
                    default -> kpis.adviceCases(range, find(AdviceCount.values(), field, AdviceCount::field), type)
                            .cases();
                };
                drill = DrillDown.of(name, field, range, type);
                about = range.from().equals(range.to()) ? range.from().toString()
                        : range.from() + " to " + range.to();
                model.addAttribute("backLink", "/performance?from=" + range.from() + "&to=" + range.to());
            }
            case "backlog" -> {
                LocalDate day;
                try {
                    day = LocalDate.parse(on == null ? "" : on);
                } catch (java.time.DateTimeException e) {
                    throw notFound();
                }
                if (day.isAfter(today)) {
                    throw notFound();
                }
                BacklogCount count = find(BacklogCount.all().toArray(BacklogCount[]::new), field, BacklogCount::name);
                entries = kpis.backlogCases(day, count).cases();
                drill = DrillDown.backlog(day, field);
                about = "on " + day;
                model.addAttribute("backLink", "/performance?from=" + YearMonth.from(day).withMonth(1)
                        + "&to=" + YearMonth.from(day));
            }
            case "reviews/overdue" -> {
                LocalDate day;
                try {
                    day = LocalDate.parse(on == null ? "" : on);
                } catch (java.time.DateTimeException e) {
                    throw notFound();
                }
                if (day.isAfter(today)) {
                    throw notFound();
                }
                String band = find(ReviewKpis.overdueMeasures(), field, m -> m);
                entries = reviews.overdueCases(day, band).cases();
                drill = DrillDown.overdueReviews(day, band);
                about = "on " + day;
                model.addAttribute("backLink", "/performance?from=" + YearMonth.from(day).withMonth(1)
                        + "&to=" + YearMonth.from(day));
            }
            case "forecast" -> {
                boolean excluded = exceptions == null || exceptions.isBlank() || exceptions.equals("excluded");
                if (!excluded && !exceptions.equals("included")) {
                    throw notFound();
                }
                ForecastCount count = find(ForecastCount.values(), field, ForecastCount::field);
                entries = forecasts.cases(excluded ? HEADLINE : Measure.TWENTY_WEEKS, count).cases();
                drill = DrillDown.forecast(excluded, field);
                about = "forecast for " + today.getYear() + (excluded ? ", excluding exceptions" : ", including exceptions");
                model.addAttribute("backLink", "/performance");
            }
            case "phase-transfers" -> {
                int transferYear;
                try {
                    transferYear = Integer.parseInt(year == null ? "" : year);
                } catch (NumberFormatException e) {
                    throw notFound();
                }
                if (transferYear < 1000 || transferYear > 9999) {
                    throw notFound();
                }
                TransferKind transferKind = find(PhaseTransferReport.KINDS.toArray(TransferKind[]::new), kind,
                        TransferKind::name);
                PhaseTransferCount count = find(PhaseTransferCount.values(), field, PhaseTransferCount::field);
                entries = transfers.cases(transferYear, transferKind, count).cases();
                drill = DrillDown.phaseTransfer(transferYear, transferKind, field);
                about = transferKind.label() + ", " + transferYear;
                model.addAttribute("backLink", "/performance#phase-transfers");
            }
            default -> throw notFound();
        }
        model.addAttribute("title", FigureLabels.of(name, field) + ": " + about);
        model.addAttribute("headings", FigureLabels.dateHeadings(name, field));
        model.addAttribute("showAdviceType", name.equals("advice") || (name.equals("backlog") && field.equals("ADVICE")));
        model.addAttribute("showDecision", name.equals("decisions") || name.equals("reviews"));
        model.addAttribute("entries", entries);
        model.addAttribute("csv", drill.csv());
        return "performance-cases";
    }

    private static TrendRow trendRow(BoardRow row) {
        return new TrendRow(row.month(), row.inMonth(), row.yearToDate(),
                row.target() == null ? null : row.target().percent(), row.england(),
                DrillDown.onTimeAndTotal(HEADLINE, MonthRange.of(row.month())),
                DrillDown.onTimeAndTotal(HEADLINE, DrillDown.yearToDate(row.month())));
    }

    /** What the line chart draws: exactly the table's figures. */
    static Map<String, Object> trendChart(List<TrendRow> rows) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", rows.stream().map(r -> r.month().toString()).toList());
        chart.put("month", rows.stream().map(r -> r.inMonth().rate()).toList());
        chart.put("yearToDate", rows.stream().map(r -> r.yearToDate().rate()).toList());
        chart.put("target", rows.stream().map(TrendRow::target).toList());
        chart.put("england", rows.stream().map(TrendRow::england).toList());
        return chart;
    }

    private static ReviewLine reviewLine(String label, ReviewFigures figures, MonthRange months) {
        return new ReviewLine(label, Arrays.stream(ReviewCount.values())
                .map(c -> new Count(FigureLabels.reviewColumn(c.field()), figures.of(c),
                        DrillDown.of("reviews", c.field(), months, null)))
                .toList());
    }

    private static List<AdviceLine> adviceLines(AdviceReport report, MonthRange range) {
        List<AdviceLine> lines = new ArrayList<>();
        report.total().byType().forEach(f -> lines.add(adviceLine(adviceLabel(f.adviceType()), f, range, f.adviceType())));
        lines.add(adviceLine("All advice", report.total().allTypes(), range, null));
        return lines;
    }

    private static AdviceLine adviceLine(String label, AdviceFigures figures, MonthRange range, String type) {
        Map<String, DrillDown> cases = new LinkedHashMap<>();
        for (AdviceCount count : AdviceCount.values()) {
            cases.put(count.field(), DrillDown.of("advice", count.field(), range, type));
        }
        return new AdviceLine(label, figures, cases);
    }

    /** The bar chart: each provider's rate over the period, those with advice returned only. */
    static Map<String, Object> adviceChart(List<AdviceLine> lines) {
        List<AdviceLine> shown = lines.stream().filter(l -> l.figures().returned() > 0).toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", shown.stream().map(AdviceLine::label).toList());
        chart.put("rate", shown.stream().map(l -> l.figures().rate()).toList());
        chart.put("rateExcludingExceptions", shown.stream().map(l -> l.figures().rateExcludingExceptions()).toList());
        return chart;
    }

    static String adviceLabel(String adviceType) {
        return Arrays.stream(AdviceType.values()).filter(t -> t.name().equals(adviceType)).findFirst()
                .map(t -> Character.toUpperCase(t.label().charAt(0)) + t.label().substring(1))
                .orElse(adviceType);
    }

    static String clockLabel(String clock) {
        return switch (clock) {
            case "DECISION" -> "Decision whether to assess (week 6)";
            case "NO_PLAN_NOTICE" -> "Notice that no plan will be issued (week 16)";
            case "FINAL_PLAN" -> "Final plan (week 20)";
            case "ADVICE" -> "Advice requests (6 weeks each)";
            default -> clock;
        };
    }

    private BoardLine boardLine(Measure measure, MonthRange range) {
        YearMonth month = range.to();
        BoardRow row = views.board(measure, MonthRange.of(month)).months().get(0);
        List<BoardCell> cells = List.of(
                cell("Month", measure, MonthRange.of(month), row.inMonth()),
                cell("Year to date", measure, DrillDown.yearToDate(month), row.yearToDate()),
                cell("Financial year to date", measure, DrillDown.financialYearToDate(month), row.financialYearToDate()),
                cell("Rolling 12 months", measure, DrillDown.rollingTwelveMonths(month), row.rolling12Months()));
        return new BoardLine(measure, measure.label(), row.target() == null ? null : row.target().percent(), cells,
                "/api/kpis/board?measure=" + measure + "&from=" + range.from() + "&to=" + range.to() + "&format=csv");
    }

    private static BoardCell cell(String period, Measure measure, MonthRange months, PeriodFigures figures) {
        return new BoardCell(period, months, figures, DrillDown.onTimeAndTotal(measure, months));
    }

    private static <T> T find(T[] choices, String name, java.util.function.Function<T, String> nameOf) {
        return Optional.ofNullable(name).flatMap(n -> Arrays.stream(choices).filter(c -> nameOf.apply(c).equals(n))
                .findFirst()).orElseThrow(PerformancePage::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such figure");
    }
}
