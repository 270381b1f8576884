-- Issue 13, ADR 29. The day the family's representations on proposed amendments came in (reg 22(2)): with it, or with
-- the 15th day, the amended plan may be issued. The day a young person is to move to another post-16 institution:
-- the plan names it at least 5 months before (reg 18(1)(b)). Runs unchanged on H2 2.x and PostgreSQL.
alter table plan_review add column representations_date date;
alter table ehc_plan add column post16_move_date date;
