package org.sendclock.tasks;

import java.util.Locale;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.Paging;

/**
 * What My work shows: only my own tasks, or also my teams' (and no team's) unassigned ones; one step or one clock, or
 * all; in order of due date (which is the order of days left) or of case reference, either way; and which page.
 */
public record WorkQuery(boolean onlyMine, String taskKey, WorkItem.Clock clock, Order order, boolean descending,
                        Paging paging) {

    public enum Order {
        /** Soonest due first ascending: the same as fewest days left first. */
        DUE("due"),
        CASE("case");

        private final String parameter;

        Order(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** Everything on the list, soonest due first, in one page. */
    public static final WorkQuery EVERYTHING = new WorkQuery(false, null, null, Order.DUE, false,
            new Paging(1, Integer.MAX_VALUE));

    /** From request parameters; an unknown order or direction, or a bad page, is a 400 naming each field. */
    public static WorkQuery parse(boolean onlyMine, String taskKey, WorkItem.Clock clock, String sort,
                                  String direction, String page, String size) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        Order order = Order.DUE;
        if (sort != null && !sort.isBlank()) {
            String s = sort.trim();
            // "days" (days left) sorts as the due date does: days left are the due date less today.
            order = s.equalsIgnoreCase("case") ? Order.CASE
                    : s.equalsIgnoreCase("due") || s.equalsIgnoreCase("days") ? Order.DUE : null;
            errors.rejectIf(order == null, "sort", "must be one of due, days, case");
        }
        boolean descending = false;
        if (direction != null && !direction.isBlank()) {
            String d = direction.trim().toLowerCase(Locale.ROOT);
            errors.rejectIf(!d.equals("asc") && !d.equals("desc"), "direction", "must be asc or desc");
            descending = d.equals("desc");
        }
        Paging paging = Paging.FIRST;
        try {
            paging = Paging.parse(page, size);
        } catch (InvalidRequest e) {
            e.errors().forEach(errors::reject);
        }
        errors.throwIfAny();
        return new WorkQuery(onlyMine, taskKey == null || taskKey.isBlank() ? null : taskKey.trim(), clock,
                order == null ? Order.DUE : order, descending, paging);
    }

    public String direction() {
        return descending ? "desc" : "asc";
    }
}
