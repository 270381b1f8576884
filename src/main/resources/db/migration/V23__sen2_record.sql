-- What the SEN2 return needs and the case record did not yet hold (issue 14), recorded where the work happens.
-- Every column may be empty: cases recorded before this migration, and cases where the fact is not yet known, say so
-- in the return's validation report rather than inventing a value. Written to run unchanged on H2 2.x and PostgreSQL.

-- Module 1, the person: sex (SEN2 code), ethnicity (DfE ethnicity code), postcode, unique learner number, and the
-- reason neither the UPN nor the ULN is known.
alter table assessment_case add column child_sex varchar(1);
alter table assessment_case add column child_ethnicity varchar(4);
alter table assessment_case add column child_postcode varchar(8);
alter table assessment_case add column child_uln varchar(10);
alter table assessment_case add column child_upn_unknown_reason varchar(4);

-- Module 2, the request: made while the young person was in relevant youth accommodation; mediation and tribunal on
-- the decision not to assess. Module 3, the assessment: mediation and tribunal on the outcome, and on anything else.
-- The disagreement work will fill these; until then they are edited by hand.
alter table assessment_case add column youth_accommodation boolean;
alter table assessment_case add column request_mediation boolean;
alter table assessment_case add column request_tribunal boolean;
alter table assessment_case add column assessment_mediation boolean;
alter table assessment_case add column assessment_tribunal boolean;
alter table assessment_case add column other_mediation boolean;
alter table assessment_case add column other_tribunal boolean;

-- Module 4a, the plan: how a personal budget is taken up.
alter table ehc_plan add column organised_arrangements boolean default false not null;
alter table ehc_plan add column direct_payments boolean default false not null;

-- Modules 4b and 5b, each placement: its rank where the child attends more than one setting at once (1 is the main
-- one), and whether the place is in a SEN unit or resourced provision.
alter table plan_placement add column placement_rank integer;
alter table plan_placement add column sen_unit boolean default false not null;
alter table plan_placement add column resourced_provision boolean default false not null;

create index ix_case_child_upn on assessment_case (child_upn);
