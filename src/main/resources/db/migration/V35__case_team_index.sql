-- My work finds nobody's tasks of no team from the cases with no team (ADR 40): with this index that is a lookup,
-- not a read of every case.
create index ix_assessment_case_team on assessment_case (team);
