-- An import commits its cases and their clocks first, then puts each open case onto live clocks (a process instance at
-- its step) in small transactions of its own (ADR 13). This marks the cases still waiting for that second part, so that
-- it is finished after a crash or a restart, by whichever node gets there first.
alter table assessment_case add column awaiting_process boolean default false not null;
create index ix_assessment_case_awaiting_process on assessment_case (awaiting_process);
