-- A clock's at-risk warning (or advice reminder) is given once for its due date (ADR 41): an import that restates a
-- case or a review cycle starts its process again at its step, and the warning timer, its date past, fires again at
-- once. A row here says the warning for that due date has been given; a clock re-dated warns again, for its new date.
-- A table of its own rather than a column of the clock's row: a warning then never writes the clock's row, which an
-- import may hold locked for its whole transaction.
create table clock_warning (
    clock_id  bigint not null references statutory_clock (id) on delete cascade,
    due_date  date   not null,
    primary key (clock_id, due_date)
);
