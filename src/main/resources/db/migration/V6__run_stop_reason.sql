-- Why a run stopped before its end: cancelled by a person, its deadline passed, or the command
-- line was interrupted. Empty for runs that finished.
alter table run add column stop_reason varchar(500);
