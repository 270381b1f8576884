-- A plan maintained for a child (issue 13): issued by an assessment here or brought in by the plans import. It is a
-- record of its own on the child's case, one plan to a case (ADR 20). Written to run unchanged on H2 2.x and
-- PostgreSQL 15+.
create sequence ehc_plan_seq start with 1 increment by 50;

create table ehc_plan (
    id                   bigint        not null primary key,
    case_id              bigint        not null references assessment_case (id),
    start_date           date          not null,
    -- how the plan came to be recorded: ASSESSMENT (issued here) or IMPORT
    source               varchar(20)   not null,
    personal_budget      boolean       not null,
    residential          boolean       not null,
    work_based_learning  boolean       not null,
    -- the day the plan was transferred in from another English council (reg 15), when it was
    transferred_in_date  date,
    ceased_date          date,
    -- SEN2 cease reason, 1 (maximum age) to 9 (other)
    cease_reason         integer,
    created_at           timestamp     not null,
    version              bigint        not null,
    constraint uk_ehc_plan_case unique (case_id)
);
create index ix_ehc_plan_start on ehc_plan (start_date);

-- The settings named in the plan, in the order the child attended them: a URN (6 digits) or UKPRN (8 digits), else a
-- SEN2 setting code (OLA, OPA, EHE, EYP, OTH, NEET, NIEC, NIEO). The one without a leaving date is the setting now.
create table plan_placement (
    plan_id          bigint       not null references ehc_plan (id),
    placement_order  integer      not null,
    setting_urn      varchar(8),
    sen_setting      varchar(4),
    entry_date       date,
    leaving_date     date,
    primary key (plan_id, placement_order)
);

-- The child's special educational needs, ranked (1 is the primary need), as SEN2 type codes.
create table plan_need (
    plan_id    bigint      not null references ehc_plan (id),
    need_rank  integer     not null,
    need       varchar(4)  not null,
    primary key (plan_id, need_rank)
);

-- A case brought in by the plans import has a plan and no assessment held here: no request, no assessment due dates.
alter table assessment_case alter column request_date drop not null;
alter table assessment_case alter column decision_due drop not null;
alter table assessment_case alter column no_plan_notice_due drop not null;
alter table assessment_case alter column final_plan_due drop not null;
