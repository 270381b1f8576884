-- A previous system's caseworker and team are free text, kept as given by the import: room for long ones.
-- (500 characters keeps the caseworker index within PostgreSQL's limit for an index entry.)
alter table assessment_case alter column caseworker set data type varchar(500);
alter table assessment_case alter column team set data type varchar(500);
