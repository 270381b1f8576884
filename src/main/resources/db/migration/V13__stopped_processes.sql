-- A case's process ended outside SEND Clock (Cockpit, Camunda's REST or Java API): who, when, and the process it was.
-- The case is flagged while it is open and this is still its process (an import restating the case starts another).
create sequence stopped_process_seq start with 1 increment by 50;

create table stopped_process (
    id                   bigint        not null primary key,
    case_id              bigint        not null references assessment_case (id),
    process_instance_id  varchar(64)   not null,
    stopped_at           timestamp     not null,
    stopped_by           varchar(100),
    reason               varchar(4000)
);
create index ix_stopped_process_case on stopped_process (case_id);
