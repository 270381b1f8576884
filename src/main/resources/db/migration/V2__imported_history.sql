-- Cases brought in from a council's previous system (the CSV import) may lack what this system always asks for:
-- the child's details and who made the request. They are recorded as unknown rather than invented.
alter table assessment_case alter column child_given_name drop not null;
alter table assessment_case alter column child_family_name drop not null;
alter table assessment_case alter column child_date_of_birth drop not null;
alter table assessment_case alter column request_source drop not null;

-- An old system holds a reg 10(4) exception as a reason only, with no dates. Imported exceptions are marked, so a
-- later import may replace them, while exceptions recorded here by a caseworker are never touched by an import.
alter table case_exception alter column starts_on drop not null;
alter table case_exception add column imported boolean default false not null;

-- Advice is matched on case, type and requested date by the import.
create index ix_advice_request_case_type on advice_request (case_id, advice_type, requested_date);
