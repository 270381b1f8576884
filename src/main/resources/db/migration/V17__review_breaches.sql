-- The review cycle's process (issue 13, ADR 23). A plan has a review clock of each kind in every cycle, so a breach
-- of one names its cycle: without it, cycle 2's review breach would be taken for cycle 1's, and a correction in one
-- cycle would void the other's. Written to run unchanged on H2 2.x and PostgreSQL 15+.
alter table breach add column review_id bigint references plan_review (id);
create index ix_breach_review on breach (review_id);

-- CFA s45, reg 31: the day the family and the school or college were consulted on ceasing the plan after a review.
alter table plan_review add column cease_consulted_date date;
