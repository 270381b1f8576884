-- The backlog on a day asks for the clocks overdue then: not met by that day, not stopped by it, due before it.
-- Nearly every clock of a long history was met or stopped long ago, so an index led by the dates that say "still
-- open" finds the few that are not without reading the rest (issue 11; docs/performance.md: over ten years of history
-- the backlog took 14 to 23 s on H2 without it, about 20 ms with it).
create index ix_statutory_clock_open on statutory_clock (done_date, ended_date, due_date);
