-- A released node lock must be free at once (ADR 17). The release writes the database's "now" into lock_until; at
-- timestamp(3) PostgreSQL rounded that microsecond "now" to the nearest millisecond, up to half a millisecond into the
-- future, and a node asking within that half millisecond was refused. ShedLock reads PostgreSQL's clock to the
-- microsecond (and H2's to the millisecond, on both sides, which is why H2 never refused).
alter table shedlock alter column lock_until set data type timestamp(6);
alter table shedlock alter column locked_at set data type timestamp(6);
