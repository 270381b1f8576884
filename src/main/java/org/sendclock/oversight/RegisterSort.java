package org.sendclock.oversight;

import java.util.Arrays;
import java.util.Locale;
import org.sendclock.casefile.InvalidRequest;

/**
 * The order of the register's rows: by due date (the default, which is worst first: the longest overdue, then the
 * closest to its date), days late, caseworker or case reference, either way. Every order ends with the case reference
 * and the clock row, so paging through the register never shows a row twice or skips one.
 */
public record RegisterSort(Column column, boolean descending) {

    public static final RegisterSort WORST_FIRST = new RegisterSort(Column.DUE, false);

    public enum Column {
        /** Due date: oldest first ascending. */
        DUE("due", "r.due_date"),
        /** Days late: most first descending, which is the oldest due date first (days left count as negative). */
        DAYS_LATE("daysLate", "r.due_date"),
        CASEWORKER("caseworker", "lower(r.caseworker)"),
        CASE("case", "r.case_ref");

        private final String parameter;
        private final String sql;

        Column(String parameter, String sql) {
            this.parameter = parameter;
            this.sql = sql;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** From request parameters: blank means the default; anything else unknown is a 400 naming it. */
    public static RegisterSort parse(String sort, String direction) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        Column column = Column.DUE;
        if (sort != null && !sort.isBlank()) {
            column = Arrays.stream(Column.values()).filter(c -> c.parameter.equalsIgnoreCase(sort.trim())).findFirst()
                    .orElse(null);
            errors.rejectIf(column == null, "sort", "must be one of due, daysLate, caseworker, case");
        }
        boolean descending = column == Column.DAYS_LATE;
        if (direction != null && !direction.isBlank()) {
            String d = direction.trim().toLowerCase(Locale.ROOT);
            errors.rejectIf(!d.equals("asc") && !d.equals("desc"), "direction", "must be asc or desc");
            descending = d.equals("desc");
        }
        errors.throwIfAny();
        return new RegisterSort(column, descending);
    }

    public String direction() {
        return descending ? "desc" : "asc";
    }

    /** The ORDER BY clause over the register query's columns (alias {@code r}). */
    String orderBy() {
        // Days late grow as the due date gets older: "most days late first" is the due date ascending.
        boolean dueAscending = column == Column.DAYS_LATE ? descending : !descending;
        String first = column.sql + (column == Column.DAYS_LATE ? (dueAscending ? " asc" : " desc")
                : (descending ? " desc" : " asc")) + " nulls last";
        String then = column == Column.DUE || column == Column.DAYS_LATE ? "" : ", r.due_date asc";
        return first + then + ", r.case_ref asc, r.clock_id asc";
    }
}
