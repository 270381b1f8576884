-- The reviews measure's figures kept month by month (ADR 37), so a board's twelve months read twelve rows, not a
-- county's year of review events. A row's figures were counted when its facts stood at change number
-- counted_at_change; every transaction that writes a fact of the month (a review clock's due or met date, a review's
-- decision or amended plan, a plan's cease) adds one to changes before it commits, and the next reader recounts the
-- month whose two numbers differ. The figures are null until first counted.
--
-- Every month from January 2000 to December 2099 has its row from here on, so a writer only ever updates a row and
-- never races a reader to create one; a month outside them (none a plan can fall due in) is counted each time it is
-- asked for and not kept. year_month is the year times 100 plus the month (202611 is November 2026): it orders as
-- the months do. Runs unchanged on H2 2.x and PostgreSQL 15+.
create table review_month_figures (
    year_month int not null primary key,
    changes bigint not null default 0,
    counted_at_change bigint not null default -1,
    due bigint,
    on_time bigint,
    decided bigint,
    decided_within_4_weeks bigint,
    amended bigint,
    amended_within_8_weeks bigint,
    amended_within_12_weeks_of_meeting bigint,
    maintained bigint,
    amended_decisions bigint,
    ceased bigint
);

insert into review_month_figures (year_month)
with recursive n (i) as (select 0 union all select i + 1 from n where i < 1199)
select (2000 + i / 12) * 100 + mod(i, 12) + 1 from n;
