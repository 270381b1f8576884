-- A plan transferred in from another English council (reg 15, issue 13): the day of its last review there sets when
-- the first review here is due (the later of 12 months after it and 3 months after the transfer), and the council
-- tells the family within 6 weeks of the transfer whether it will reassess. Runs unchanged on H2 2.x and PostgreSQL.
alter table ehc_plan add column last_review_date date;
alter table ehc_plan add column transfer_notice_date date;
alter table ehc_plan add column transfer_reassess boolean;
