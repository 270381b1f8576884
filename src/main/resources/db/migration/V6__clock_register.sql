-- The clock register: every statutory clock of a case held once, as a row written in the same transaction as the
-- fact that starts it (ADR 11). Its standing (running, at risk, met, late, overdue, not needed) follows from these
-- dates and the day asked about; every page, alert and KPI reads it from here.
create sequence statutory_clock_seq start with 1 increment by 50;

create table statutory_clock (
    id                 bigint        not null primary key,
    case_id            bigint        not null references assessment_case (id),
    clock              varchar(30)   not null,
    advice_request_id  bigint        references advice_request (id),
    start_date         date          not null,
    due_date           date          not null,
    -- the first day the clock is "at risk" (due date less the council's warning days for this clock)
    at_risk_from       date          not null,
    -- the fact that met the clock, and its date (a notice sent, advice received, the plan issued)
    done_date          date,
    done_by            varchar(40),
    -- from this day the clock no longer applies (refused, withdrawn, closed, advice excused or withdrawn)
    ended_date         date,
    ended_reason       varchar(200),
    exception_applies  boolean       not null,
    -- when the clock was first written: a clock already past then was brought in late, and alerts quietly
    recorded_at        timestamp     not null,
    version            bigint        not null
);
create index ix_statutory_clock_case on statutory_clock (case_id, clock);
create index ix_statutory_clock_advice on statutory_clock (advice_request_id);
-- The register and backlog: clocks not yet met, by due date.
create index ix_statutory_clock_due on statutory_clock (clock, due_date);
-- The KPIs: clocks met in a month, by the date of the fact that met them.
create index ix_statutory_clock_done on statutory_clock (clock, done_date);

-- Week 6 is met by the notice to the family (reg 5(1)), week 16 by the no-plan notice (reg 10(1)). For a refusal the
-- notice is the one carrying appeal and mediation rights; decisions recorded before this column existed were taken to
-- be notified the day they were made.
alter table assessment_case add column decision_notice_date date;
update assessment_case set decision_notice_date = coalesce(appeal_rights_sent_date, decision_date)
    where decision_date is not null;
-- A parent's response may be comments only: the comment period ends early only when they say they have finished.
alter table assessment_case add column parent_finished_commenting boolean;
-- A reg 8(2) excusal is dated; a missed appointment also has the appointment's date.
alter table advice_request add column excused_date date;
alter table advice_request add column missed_appointment_date date;
