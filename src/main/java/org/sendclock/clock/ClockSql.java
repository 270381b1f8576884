package org.sendclock.clock;

/**
 * The standing of a clock row in SQL, for the queries that read many clocks at once (the register, the backlog, the
 * KPIs). It is {@link StatutoryClock#standingOn} word for word; runs unchanged on H2 2.x and PostgreSQL 15.
 */
public final class ClockSql {

    private ClockSql() {
    }

    /**
     * The clock of alias {@code k} was met on time: its fact is recorded and dated on or before its due date. This is
     * what {@link #standingOn} answers for a done clock asked about on the date of its own fact ({@code MET} rather
     * than {@code LATE}), and {@code standingOn} is built from this very fragment, so the two cannot drift. The KPIs
     * use it for the events of a month (plans issued, notices sent, advice received): binding {@code standingOn}'s
     * day to each row's {@code k.done_date} is not possible with a named parameter, and writing the whole case
     * expression per row only to compare it with 'MET' would say the same thing less plainly.
     */
    public static final String MET_ON_TIME = "(k.done_date is not null and k.done_date <= k.due_date)";

    /**
     * The standing of the clock of alias {@code k} at the end of the day bound to {@code :<dayParameter>}: met or late
     * once its fact is dated on or before that day, else not needed once it ended, else overdue once its due date is
     * before the day, else at risk from its warning day, else running.
     */
    public static String standingOn(String dayParameter) {
        String day = ":" + dayParameter;
        return """
                (case when k.done_date is not null and k.done_date <= %1$s
                        then (case when %2$s then 'MET' else 'LATE' end)
                      when k.ended_date is not null and k.ended_date <= %1$s then 'NOT_NEEDED'
                      when k.due_date < %1$s then 'OVERDUE'
                      when k.at_risk_from <= %1$s then 'AT_RISK'
                      else 'RUNNING' end)""".formatted(day, MET_ON_TIME);
    }

    /** The clock of alias {@code k} had started by the day bound to {@code :<dayParameter>}. */
    public static String startedBy(String dayParameter) {
        return "k.start_date <= :" + dayParameter;
    }
}
