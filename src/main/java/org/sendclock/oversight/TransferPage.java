package org.sendclock.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the transfer list. {@code total} counts the rows the whole filter accepts (the pages' rows); the
 * counts by status ({@code due}, {@code done}, {@code late}, of which {@code overdue} not yet done and
 * {@code doneLate} done after the date) count every transfer of the year, kind and team, whatever status was asked.
 */
public record TransferPage(int year, LocalDate on, long total, long due, long done, long late, long overdue,
                           long doneLate, int page, int size, long pages, List<TransferRow> rows) {

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
