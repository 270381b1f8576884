-- The case record: the facts of every EHC needs assessment. Camunda owns the ACT_* tables; these are ours.
-- Written to run unchanged on H2 2.x and PostgreSQL 15+.

create sequence assessment_case_seq start with 1 increment by 50;
create sequence case_ref_seq start with 1 increment by 1;
create sequence advice_request_seq start with 1 increment by 50;
create sequence case_exception_seq start with 1 increment by 50;
create sequence breach_seq start with 1 increment by 50;
create sequence timeline_event_seq start with 1 increment by 50;

create table assessment_case (
    id                      bigint        not null primary key,
    case_ref                varchar(30)   not null,
    child_given_name        varchar(100)  not null,
    child_family_name       varchar(100)  not null,
    child_date_of_birth     date          not null,
    child_upn               varchar(13),
    child_setting           varchar(200),
    request_date            date          not null,
    request_source          varchar(20)   not null,
    status                  varchar(20)   not null,
    stage                   varchar(30)   not null,
    caseworker              varchar(100),
    team                    varchar(100),
    decision_due            date          not null,
    no_plan_notice_due      date          not null,
    final_plan_due          date          not null,
    decision                varchar(10),
    decision_date           date,
    decision_reasons        varchar(4000),
    appeal_rights_sent_date date,
    plan_decision           varchar(10),
    plan_decision_date      date,
    no_plan_notice_date     date,
    draft_served_date       date,
    comment_period_ends     date,
    parent_response_date    date,
    named_school            varchar(200),
    school_consulted_date   date,
    final_plan_date         date,
    closed_date             date,
    closed_reason           varchar(20),
    closed_note             varchar(4000),
    process_instance_id     varchar(64),
    created_at              timestamp     not null,
    version                 bigint        not null,
    constraint uk_assessment_case_ref unique (case_ref)
);
create index ix_assessment_case_status on assessment_case (status, stage);
create index ix_assessment_case_request_date on assessment_case (request_date);
create index ix_assessment_case_caseworker on assessment_case (caseworker);
create index ix_assessment_case_family_name on assessment_case (child_family_name);

create table advice_request (
    id                bigint        not null primary key,
    case_id           bigint        not null references assessment_case (id),
    advice_type       varchar(30)   not null,
    provider          varchar(200),
    requested_date    date          not null,
    due_date          date          not null,
    received_date     date,
    status            varchar(20)   not null,
    exception_reason  varchar(40),
    exception_note    varchar(4000),
    withdrawn_date    date,
    withdrawn_reason  varchar(4000),
    version           bigint        not null
);
create index ix_advice_request_case on advice_request (case_id);
create index ix_advice_request_received on advice_request (received_date);

-- A reg 10(4) exception: dated, with who recorded it and why. It never moves a due date.
create table case_exception (
    id           bigint        not null primary key,
    case_id      bigint        not null references assessment_case (id),
    reason       varchar(40)   not null,
    starts_on    date          not null,
    ends_on      date,
    note         varchar(4000) not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamp     not null
);
create index ix_case_exception_case on case_exception (case_id);

-- A statutory clock that passed before its step was done.
create table breach (
    id                 bigint        not null primary key,
    case_id            bigint        not null references assessment_case (id),
    deadline           varchar(20)   not null,
    advice_request_id  bigint        references advice_request (id),
    due_date           date          not null,
    detected_at        timestamp     not null,
    exception_applies  boolean       not null,
    voided_at          timestamp,
    void_reason        varchar(4000)
);
create index ix_breach_case on breach (case_id);

create table timeline_event (
    id           bigint        not null primary key,
    case_id      bigint        not null references assessment_case (id),
    occurred_at  timestamp     not null,
    actor        varchar(100)  not null,
    kind         varchar(40)   not null,
    description  varchar(4000) not null
);
create index ix_timeline_event_case on timeline_event (case_id, occurred_at);
