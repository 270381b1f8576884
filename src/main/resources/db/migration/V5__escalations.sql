-- An escalation to the team's manager: raised by a breach, or by advice overdue by the escalation days; closed when
-- the manager acknowledges it with a note. The task that asks for the acknowledgement is the engine's.
create sequence escalation_seq start with 1 increment by 50;

create table escalation (
    id                 bigint        not null primary key,
    case_id            bigint        not null references assessment_case (id),
    kind               varchar(30)   not null,
    breach_id          bigint        references breach (id),
    advice_request_id  bigint        references advice_request (id),
    description        varchar(4000) not null,
    raised_at          timestamp     not null,
    task_id            varchar(64),
    acknowledged_at    timestamp,
    acknowledged_by    varchar(100),
    note               varchar(4000)
);
create index ix_escalation_case on escalation (case_id);
create index ix_escalation_open on escalation (acknowledged_at);
