package org.sendclock.web;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendclock.kpi.Measure;
import org.sendclock.kpi.MonthRange;

/**
 * Where a figure of the performance page opens: its drill-down page (the cases it counts) and the same list as CSV
 * from the KPI API. {@code table} and {@code measure} are the API's names ("twenty-week", "onTime"); the parameters
 * are months, a date or a variant, never anything about a person.
 */
public record DrillDown(String table, String measure, Map<String, String> parameters) {

    static final String PAGE = "/performance/cases";

    static DrillDown of(String table, String measure, MonthRange range, String adviceType) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", range.from().toString());
        parameters.put("to", range.to().toString());
        if (adviceType != null) {
            parameters.put("adviceType", adviceType);
        }
        return new DrillDown(table, measure, parameters);
    }

    static DrillDown backlog(LocalDate on, String measure) {
        return new DrillDown("backlog", measure, Map.of("on", on.toString()));
    }

    static DrillDown phaseTransfer(int year, org.sendclock.clock.TransferKind kind, String measure) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("year", String.valueOf(year));
        parameters.put("kind", kind.name());
        return new DrillDown("phase-transfers", measure, parameters);
    }

    static DrillDown overdueReviews(LocalDate on, String measure) {
        return new DrillDown("reviews/overdue", measure, Map.of("on", on.toString()));
    }

    static DrillDown forecast(boolean excludingExceptions, String measure) {
        return new DrillDown("forecast", measure, Map.of("exceptions", excludingExceptions ? "excluded" : "included"));
    }

    /** The cases behind a board measure's on-time count and its total, for the months of {@code range}. */
    static DrillDown[] onTimeAndTotal(Measure measure, MonthRange range) {
        return switch (measure) {
            case TWENTY_WEEKS -> pair("twenty-week", "onTime", "issued", range, null);
            case TWENTY_WEEKS_EXCLUDING_EXCEPTIONS ->
                    pair("twenty-week", "onTimeExcludingExceptions", "issuedExcludingExceptions", range, null);
            case DECISIONS_WITHIN_SIX_WEEKS -> pair("decisions", "onTime", "decided", range, null);
            case ADVICE_WITHIN_SIX_WEEKS -> pair("advice", "onTime", "returned", range, null);
            case ADVICE_WITHIN_SIX_WEEKS_EXCLUDING_EXCEPTIONS ->
                    pair("advice", "onTimeExcludingExceptions", "returnedExcludingExceptions", range, null);
            case EDUCATIONAL_PSYCHOLOGY_ADVICE_WITHIN_SIX_WEEKS ->
                    pair("advice", "onTime", "returned", range, "EDUCATIONAL_PSYCHOLOGY");
            case HEALTH_ADVICE_WITHIN_SIX_WEEKS -> pair("advice", "onTime", "returned", range, "HEALTH");
            case SOCIAL_CARE_ADVICE_WITHIN_SIX_WEEKS -> pair("advice", "onTime", "returned", range, "SOCIAL_CARE");
            case REVIEWS_BY_DUE_DATE -> pair("reviews", "onTime", "due", range, null);
            case REVIEW_DECISIONS_WITHIN_FOUR_WEEKS -> pair("reviews", "decidedWithin4Weeks", "decided", range, null);
            case AMENDED_PLANS_WITHIN_EIGHT_WEEKS -> pair("reviews", "amendedWithin8Weeks", "amended", range, null);
            case AMENDED_PLANS_WITHIN_TWELVE_WEEKS_OF_MEETING ->
                    pair("reviews", "amendedWithin12WeeksOfMeeting", "amended", range, null);
        };
    }

    private static DrillDown[] pair(String table, String onTime, String total, MonthRange range, String adviceType) {
        return new DrillDown[] {of(table, onTime, range, adviceType), of(table, total, range, adviceType)};
    }

    /** The months each column of the board view covers, ending with {@code month} (as the KPI package counts them). */
    static MonthRange yearToDate(YearMonth month) {
        return new MonthRange(YearMonth.of(month.getYear(), Month.JANUARY), month);
    }

    static MonthRange financialYearToDate(YearMonth month) {
        int startYear = month.getMonthValue() >= Month.APRIL.getValue() ? month.getYear() : month.getYear() - 1;
        return new MonthRange(YearMonth.of(startYear, Month.APRIL), month);
    }

    static MonthRange rollingTwelveMonths(YearMonth month) {
        return new MonthRange(month.minusMonths(11), month);
    }

    public String page() {
        Links link = Links.to(PAGE).with("table", table).with("measure", measure);
        parameters.forEach(link::with);
        return link.toString();
    }

    public String csv() {
        Links link = Links.to("/api/kpis/" + table + "/cases");
        parameters.forEach(link::with);
        return link.with("measure", measure).with("format", "csv").toString();
    }
}
