package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sendclock.casefile.InvalidRequest;

/**
 * Reads the query parameters of the KPI endpoints. Every fault is named at once (400 with one error per parameter),
 * so a report builder sees "from" and "to" both wrong in one answer, not one after the other.
 */
final class KpiParameters {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final InvalidRequest.Collector errors = new InvalidRequest.Collector();

    /**
     * A drill-down names one {@code month}, or (to open a total) the table's {@code from} and {@code to}. With none of
     * them, {@code month} is reported missing.
     */
    MonthRange monthOrRange(String month, String from, String to) {
        if (month != null || (from == null && to == null)) {
            YearMonth m = month("month", month);
            return m == null ? null : MonthRange.of(m);
        }
        return range(from, to);
    }

    /** {@code from} and {@code to} as months written YYYY-MM, both required, {@code to} not before {@code from}. */
    MonthRange range(String from, String to) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (first == null || last == null) {
            return null;
        }
        if (last.isBefore(first)) {
            errors.reject("to", "must not be before from (" + first + ")");
            return null;
        }
        if (first.plusMonths(MonthRange.MOST_MONTHS - 1).isBefore(last)) {
            errors.reject("to", "must be at most " + MonthRange.MOST_MONTHS + " months after from (" + first + ")");
            return null;
        }
        return new MonthRange(first, last);
    }

    YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            errors.reject(name, "is required, a month written YYYY-MM");
            return null;
        }
        try {
            if (MONTH.matcher(value.trim()).matches()) {
                return YearMonth.parse(value.trim());
            }
        } catch (DateTimeParseException e) {
            // falls through to the same message as any other malformed month
        }
        errors.reject(name, "must be a month written YYYY-MM, not \"" + value + "\"");
        return null;
    }

    Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            errors.reject(name, "is required, a year written YYYY");
            return null;
        }
        if (!YEAR.matcher(value.trim()).matches()) {
            errors.reject(name, "must be a year written YYYY, not \"" + value + "\"");
            return null;
        }
        return Integer.valueOf(value.trim());
    }

    LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            errors.reject(name, "is required, a date written YYYY-MM-DD");
            return null;
        }
        try {
            if (DATE.matcher(value.trim()).matches()) {
                return LocalDate.parse(value.trim());
            }
        } catch (DateTimeParseException e) {
            // falls through
        }
        errors.reject(name, "must be a real date written YYYY-MM-DD, not \"" + value + "\"");
        return null;
    }

    /** One of a fixed list of names, e.g. the counts a drill-down can open; required. */
    <T> T oneOf(String name, String value, T[] choices, Function<T, String> nameOf) {
        String allowed = Arrays.stream(choices).map(nameOf).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            errors.reject(name, "is required, one of " + allowed);
            return null;
        }
        for (T choice : choices) {
            if (nameOf.apply(choice).equals(value.trim())) {
                return choice;
            }
        }
        errors.reject(name, "must be one of " + allowed + ", not \"" + value + "\"");
        return null;
    }

    /** {@code json} (the default) or {@code csv}. */
    Format format(String value) {
        if (value == null || value.isBlank()) {
            return Format.JSON;
        }
        for (Format format : Format.values()) {
            if (format.name().equalsIgnoreCase(value.trim())) {
                return format;
            }
        }
        errors.reject("format", "must be json or csv, not \"" + value + "\"");
        return null;
    }

    void reject(String name, String message) {
        errors.reject(name, message);
    }

    void done() {
        errors.throwIfAny();
    }

    enum Format {
        JSON, CSV
    }
}
