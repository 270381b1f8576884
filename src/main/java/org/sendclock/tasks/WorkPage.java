package org.sendclock.tasks;

import java.util.List;

/**
 * One page of My work, with counts over the whole list (not the page, and not narrowed by step or clock): how many
 * tasks are overdue, due within a week, and nobody's yet; {@code total} is the number of rows the filters leave.
 */
public record WorkPage(List<WorkItem> items, long total, long overdue, long dueThisWeek, long unassigned, int page,
                       int size, long pages, WorkQuery query) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public long firstRow() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastRow() {
        return items.isEmpty() ? 0 : firstRow() + items.size() - 1;
    }
}
