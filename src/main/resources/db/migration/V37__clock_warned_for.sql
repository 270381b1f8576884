-- A clock's at-risk warning (or advice reminder) is given once for its due date: an import that restates a case or a
-- review cycle starts its process again at its step, and the warning timer, its date past, fires again at once.
-- warned_for is the due date whose warning has been given (null: none yet); a clock re-dated warns again. Only
-- ClockRegister.firstWarning writes it (ADR 41).
alter table statutory_clock add column warned_for date;
