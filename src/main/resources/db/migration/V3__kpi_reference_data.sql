-- KPIs: the reference data boards read beside the figures (targets, national comparators), and the indexes that keep
-- the KPI queries as fast with ten years of history as with one. Runs unchanged on H2 2.x and PostgreSQL 15+.

-- A target for one measure from one month on, until the next target of the same measure: a trajectory such as
-- "15% from April, 25% from July, 50% or the national average, whichever is higher, from October".
create sequence kpi_target_seq start with 1001 increment by 50;
create table kpi_target (
    id                   bigint        not null primary key,
    measure              varchar(60)   not null,
    applies_from         date          not null,  -- always the first day of a month
    target_percent       numeric(4,1)  not null,
    or_national_average  boolean       default false not null,
    amber_margin         numeric(4,1)  default 5.0 not null,  -- amber down to this many points below the target
    note                 varchar(4000),
    updated_by           varchar(100)  not null,
    updated_at           timestamp     not null,
    constraint uk_kpi_target unique (measure, applies_from)
);

-- Published rates to set ours against: England (and regions, if a council adds them), by calendar year.
create sequence kpi_comparator_seq start with 1001 increment by 50;
create table kpi_comparator (
    id             bigint        not null primary key,
    measure        varchar(60)   not null,
    area           varchar(100)  not null,
    calendar_year  integer       not null,
    rate_percent   numeric(4,1)  not null,
    source         varchar(400),
    updated_by     varchar(100)  not null,
    updated_at     timestamp     not null,
    constraint uk_kpi_comparator unique (measure, area, calendar_year)
);

-- The DfE's national figures for new plans issued within 20 weeks (calendar year of issue), as in DOMAIN.md.
insert into kpi_comparator (id, measure, area, calendar_year, rate_percent, source, updated_by, updated_at) values
    (1, 'TWENTY_WEEKS_EXCLUDING_EXCEPTIONS', 'England', 2019, 60.4, 'DfE, Education, health and care plans', 'seed', current_timestamp),
    (2, 'TWENTY_WEEKS_EXCLUDING_EXCEPTIONS', 'England', 2020, 58.0, 'DfE, Education, health and care plans', 'seed', current_timestamp),
    (3, 'TWENTY_WEEKS_EXCLUDING_EXCEPTIONS', 'England', 2021, 59.9, 'DfE, Education, health and care plans', 'seed', current_timestamp),
    (4, 'TWENTY_WEEKS_EXCLUDING_EXCEPTIONS', 'England', 2022, 49.2, 'DfE, Education, health and care plans (revised)', 'seed', current_timestamp),
    (5, 'TWENTY_WEEKS_EXCLUDING_EXCEPTIONS', 'England', 2023, 50.3, 'DfE, Education, health and care plans', 'seed', current_timestamp),
    (6, 'TWENTY_WEEKS_EXCLUDING_EXCEPTIONS', 'England', 2024, 46.4, 'DfE, Education, health and care plans', 'seed', current_timestamp),
    (7, 'TWENTY_WEEKS', 'England', 2019, 58.7, 'DfE, Education, health and care plans', 'seed', current_timestamp);

-- Each measure selects its events by their date, so a month's figures read only that month's rows.
create index ix_assessment_case_final_plan_date on assessment_case (final_plan_date);
create index ix_assessment_case_decision_date on assessment_case (decision_date);
-- The backlog on a past day also finds cases finished after it: by the date each kind of case ended.
create index ix_assessment_case_plan_decision_date on assessment_case (plan_decision_date);
create index ix_assessment_case_closed_date on assessment_case (closed_date);
-- The forecast: open cases whose final plan falls due in the year.
create index ix_assessment_case_final_plan_due on assessment_case (status, final_plan_due);
-- Advice outstanding on a day: still requested (by due date), or withdrawn after it (received has its index in V1).
create index ix_advice_request_status_due on advice_request (status, due_date);
create index ix_advice_request_withdrawn on advice_request (withdrawn_date);
