package org.sendclock.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the register and the totals of every row the filters accept: {@code total} rows, of which
 * {@code overdue} and {@code atRisk}, in {@code pages} pages of {@code size}; {@code page} counts from 1.
 */
public record RegisterPage(LocalDate on, long total, long overdue, long atRisk, int page, int size, long pages,
                           RegisterSort sort, List<ClockRow> rows) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** The first row's number on this page, from 1; 0 when there is none. */
    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastRow() {
        return rows.isEmpty() ? 0 : firstRow() + rows.size() - 1;
    }
}
