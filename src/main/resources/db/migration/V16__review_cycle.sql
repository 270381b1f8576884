-- The plan's review cycle (issue 13, ADR 22). One row per cycle: the first opens when the plan starts, each review
-- decision (maintain or amend) opens the next. The row holds the facts of that cycle's review as they are recorded;
-- the clock register derives every due date from them. Written to run unchanged on H2 2.x and PostgreSQL 15+.
create sequence plan_review_seq start with 1 increment by 50;

create table plan_review (
    id                        bigint        not null primary key,
    plan_id                   bigint        not null references ehc_plan (id),
    case_id                   bigint        not null references assessment_case (id),
    -- 1 for the plan's first review, then 2, 3, ...
    cycle                     integer       not null,
    -- the meeting: its date (arranged, then held), who arranges it (usually the school) and whether it took place
    meeting_date              date,
    meeting_arranged_by       varchar(200),
    meeting_held              boolean       not null,
    invitations_sent_date     date,
    advice_circulated_date    date,
    -- the review report received by the council (reg 20(7))
    report_date               date,
    -- MAINTAIN, AMEND or CEASE, and the day the decision was sent to the family
    decision                  varchar(10),
    decision_date             date,
    amendments_proposed_date  date,
    amended_plan_date         date,
    -- the review that moves the child to the next phase of education
    phase_transfer            boolean       not null,
    -- how the review came to be recorded: HERE or IMPORT
    source                    varchar(20)   not null,
    -- an imported open review whose process has still to be started at its step (ADR 13)
    awaiting_process          boolean       not null,
    created_at                timestamp     not null,
    version                   bigint        not null,
    constraint uk_plan_review_cycle unique (plan_id, cycle)
);
create index ix_plan_review_case on plan_review (case_id);
create index ix_plan_review_decision on plan_review (decision_date);
create index ix_plan_review_amended on plan_review (amended_plan_date);

-- A review's clocks (meeting notice, report, decision, amendment) belong to their cycle; the assessment's do not.
alter table statutory_clock add column review_id bigint references plan_review (id);
create index ix_statutory_clock_review on statutory_clock (review_id);

-- Advice gathered for a review is the same advice request, with the same six-week clock, as an assessment's.
alter table advice_request add column review_id bigint references plan_review (id);
create index ix_advice_request_review on advice_request (review_id);
