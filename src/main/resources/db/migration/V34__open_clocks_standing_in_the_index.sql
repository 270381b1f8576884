-- The reviews register (ADR 38) reads each kind's open clocks as one range of this index in due-date order, so its
-- first page reads fifty clocks of each kind rather than sorting a county's whole list (docs/performance.md, "The
-- county run"), and counts its two lists from the index alone: at_risk_from and start_date are what a clock's standing
-- and "started by the day" need beyond V28's columns. It replaces V28's (clock, done_date, ended_date, due_date),
-- whose columns it keeps in the same order, so every query that used that one (the KPIs' clocks met in a month, the
-- overdue reviews) uses this one, and the imports keep writing the same number of indexes on statutory_clock.
-- Runs unchanged on H2 2.x and PostgreSQL 15+.
drop index ix_statutory_clock_kind_open;
create index ix_statutory_clock_kind_open on statutory_clock (clock, done_date, ended_date, due_date, at_risk_from,
    start_date);
