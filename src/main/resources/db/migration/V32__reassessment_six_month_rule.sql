-- A re-assessment refused under the six-month rule (SEND Regulations 2014 reg 24(2), issue 13, ADR 36): the council may
-- refuse a request made less than six months after the last EHC needs assessment. Whether the rule applied is derived
-- from the recorded dates; this records only the council's choice to rely on it, with a decision not to reassess.
-- Runs unchanged on H2 2.x and PostgreSQL.
alter table reassessment add column refused_under_six_month_rule boolean default false not null;
