package org.sendclock.kpi;

/**
 * The pieces of SQL that several measures share, written once so that they cannot drift apart. Every statement of
 * this package reads our own tables ({@code assessment_case}, {@code advice_request}, {@code case_exception}), never
 * Camunda's, and runs unchanged on H2 2.x and PostgreSQL 15.
 */
public final class CaseRecordSql {

    private CaseRecordSql() {
    }

    /**
     * 1 when the case of alias {@code c} has a reg 10(4) exception recorded: any {@code case_exception} row, dated or
     * not (an imported exception may carry a reason only). The "excluding exceptions" variants leave such a case out.
     */
    public static final String WITH_EXCEPTION =
            "case when exists (select 1 from case_exception e where e.case_id = c.id) then 1 else 0 end";

    /**
     * The case of alias {@code c} was open at the end of the day {@code :on}: requested by then, and either still
     * open or finished on a later day. A finished case is dated by its outcome: the plan issued, the refusal to
     * assess, the decision not to issue a plan, the withdrawal or closure. A finished case without that date (it can
     * only come from an import) is not counted as open, because when it ended is not known.
     */
    public static final String OPEN_ON = """
            (c.request_date <= :on and (c.status = 'OPEN'
              or (c.status = 'PLAN_ISSUED' and c.final_plan_date > :on)
              or (c.status = 'REFUSED' and c.decision_date > :on)
              or (c.status = 'NO_PLAN' and c.plan_decision_date > :on)
              or (c.status in ('WITHDRAWN', 'CLOSED') and c.closed_date > :on)))""";
}
