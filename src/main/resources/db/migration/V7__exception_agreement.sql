-- Four-eyes on reg 10(4) exceptions: an exception takes a case out of the DfE's headline "excluding exceptions" rate,
-- so it counts only once a manager has recorded or agreed it (sendclock.clocks.exception-needs-manager-agreement).
-- A manager's own exception is agreed by them as it is recorded.
alter table case_exception add column agreed_by varchar(100);
alter table case_exception add column agreed_at timestamp;
-- Exceptions recorded before agreement was asked for were accepted under the old rule and keep counting; they say so
-- rather than name a manager who never agreed them. Imported exceptions count as the previous system accepted them.
update case_exception set agreed_by = 'accepted before manager agreement was required', agreed_at = recorded_at
    where imported = false;

-- Reg 6(1) advice the council decided not to seek (reg 6(4): advice already available and sufficient), with why:
-- the plan decision needs each of the parent's, educational, medical, psychological and social care advice received,
-- excused under reg 8(2), or recorded here.
create sequence advice_not_sought_seq start with 1 increment by 50;
create table advice_not_sought (
    id           bigint        not null primary key,
    case_id      bigint        not null references assessment_case (id),
    advice_type  varchar(30)   not null,
    reason       varchar(4000) not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamp     not null,
    constraint uq_advice_not_sought unique (case_id, advice_type)
);
