package org.sendclock.kpi;

import java.util.List;

/**
 * One count of a KPI table, named as its JSON field ("onTime", "issuedExcludingExceptions"). The table counts with
 * {@link #counts} and the drill-down lists with the same test, so a figure and its list of cases cannot disagree.
 */
interface Count<E> {

    String field();

    boolean counts(E event);

    /** How many of these events this count counts. */
    default long in(List<? extends E> events) {
        return events.stream().filter(this::counts).count();
    }
}
