-- The reviews register (issue 13) reads a plan's review and step clocks still open: not met, not stopped, due by eight
-- weeks from today. V6's (clock, done_date) found every open clock of those kinds, a county's twelve thousand reviews
-- due through the year among them, and V9's (done_date, ended_date, due_date) every open clock of any kind; with
-- ended_date and due_date after the kind and the fact's date, the register reads only what it lists
-- (docs/performance.md, "The reviews register at a county's scale"; the plans PostgreSQL chose are written by
-- ReviewsRegisterBenchmark). It replaces V6's index, whose leading columns it keeps: the KPIs' clocks met in a month
-- (clock = ?, done_date in a range) use it as they used that one, and the imports keep writing the same number of
-- indexes. Runs unchanged on H2 2.x and PostgreSQL 15+.
drop index ix_statutory_clock_done;
create index ix_statutory_clock_kind_open on statutory_clock (clock, done_date, ended_date, due_date);
