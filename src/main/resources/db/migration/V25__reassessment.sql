-- A re-assessment of a child who has a plan (SEND Regulations 2014 regs 27-28, issue 13, ADR 27). One row per request:
-- who asked and when, the decision whether to reassess and the day it was notified, and the outcome (the amended plan
-- issued, or notice that the plan will not be amended) and its day. The clock register derives every due date from
-- these facts; its clocks, its advice requests and their breaches carry its id. Runs unchanged on H2 2.x and PostgreSQL.
create sequence reassessment_seq start with 1 increment by 50;

create table reassessment (
    id              bigint       not null primary key,
    plan_id         bigint       not null references ehc_plan (id),
    case_id         bigint       not null references assessment_case (id),
    -- 1 for the plan's first re-assessment, then 2, 3, ...
    number          integer      not null,
    request_date    date         not null,
    -- PARENT, YOUNG_PERSON, SCHOOL or COUNCIL (the council's own choice, e.g. after a transfer in)
    requested_by    varchar(20)  not null,
    -- REASSESS or NOT_REASSESS, and the day the decision was notified
    decision        varchar(20),
    decision_date   date,
    -- AMENDED or NOT_AMENDED, and the day the amended plan or the notice was issued
    outcome         varchar(20),
    outcome_date    date,
    created_at      timestamp    not null,
    version         bigint       not null,
    constraint uk_reassessment_number unique (plan_id, number)
);
create index ix_reassessment_case on reassessment (case_id);
create index ix_reassessment_request on reassessment (request_date);

alter table statutory_clock add column reassessment_id bigint references reassessment (id);
create index ix_statutory_clock_reassessment on statutory_clock (reassessment_id);

-- Advice for a re-assessment is the same advice request, with the same six-week clock, as an assessment's.
alter table advice_request add column reassessment_id bigint references reassessment (id);
create index ix_advice_request_reassessment on advice_request (reassessment_id);

-- Each re-assessment's clocks breach once: a breach names its re-assessment as a review's names its cycle.
alter table breach add column reassessment_id bigint references reassessment (id);
create index ix_breach_reassessment on breach (reassessment_id);
-- A breach names its clock as the register does (varchar(30)): REASSESSMENT_DECISION is longer than the 20 of V1.
alter table breach alter column deadline set data type varchar(30);
