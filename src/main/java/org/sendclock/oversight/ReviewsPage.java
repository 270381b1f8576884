package org.sendclock.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the reviews register: {@code dueSoon} and {@code overdue} count every row the setting, team and
 * caseworker filters accept (the two lists); {@code total} is the rows of the list shown ({@code status}, or both), in
 * {@code pages} pages of {@code size}; {@code page} counts from 1.
 */
public record ReviewsPage(LocalDate on, LocalDate dueBy, long dueSoon, long overdue, long total, int page, int size,
                          long pages, RegisterSort sort, List<ReviewRow> rows) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastRow() {
        return rows.isEmpty() ? 0 : firstRow() + rows.size() - 1;
    }
}
