package org.sendclock.web;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.sendclock.kpi.MonthRange;

/**
 * The months the performance page shows, as typed in its form ({@code from} and {@code to}, written YYYY-MM). Left
 * empty, the calendar year to date; otherwise both are needed, the last not before the first nor after this month,
 * at most 20 years apart. Each fault is kept by field, in the form's order, for the GOV.UK error summary.
 *
 * @param from   as typed (or the default), to show in the form again
 * @param to     as typed (or the default)
 * @param errors field ("from", "to") to message; empty when the range is good
 * @param range  the months chosen; null when there are errors
 */
public record PeriodChoice(String from, String to, Map<String, String> errors, MonthRange range) {

    static final int MOST_MONTHS = 240;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{1,2}");

    static PeriodChoice read(String from, String to, YearMonth thisMonth) {
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            YearMonth january = YearMonth.of(thisMonth.getYear(), 1);
            return new PeriodChoice(january.toString(), thisMonth.toString(), Map.of(),
                    new MonthRange(january, thisMonth));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        YearMonth first = month(from, "first", errors, "from");
        YearMonth last = month(to, "last", errors, "to");
        if (first != null && first.isAfter(thisMonth)) {
            errors.put("from", "The first month must be this month (" + thisMonth + ") or before");
        }
        if (last != null && last.isAfter(thisMonth)) {
            errors.put("to", "The last month must be this month (" + thisMonth + ") or before");
        } else if (first != null && last != null && last.isBefore(first)) {
            errors.put("to", "The last month must be the same as or after the first month");
        } else if (first != null && last != null && first.plusMonths(MOST_MONTHS - 1).isBefore(last)) {
            errors.put("to", "The last month must be within 20 years of the first month");
        }
        String shownFrom = noFrom ? "" : from.trim();
        String shownTo = noTo ? "" : to.trim();
        return errors.isEmpty() ? new PeriodChoice(shownFrom, shownTo, Map.of(), new MonthRange(first, last))
                : new PeriodChoice(shownFrom, shownTo, errors, null);
    }

    private static YearMonth month(String value, String which, Map<String, String> errors, String field) {
        if (value == null || value.isBlank()) {
            errors.put(field, "Enter the " + which + " month");
            return null;
        }
        String typed = value.trim();
        if (MONTH.matcher(typed).matches()) {
            try {
                String[] parts = typed.split("-");
                return YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            } catch (DateTimeException e) {
                // a month 13 or 0: the same message as any other malformed month
            }
        }
        errors.put(field, "Enter the " + which + " month as a year and month, for example 2024-01");
        return null;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
