-- The JSON outcome of a result's output, worked out once when the result is made and kept with it:
-- what the output is as JSON, whether it was cut off (finish reason length, or JSON unterminated at
-- the end), whether it counts in its model's JSON rates (its checks ask for JSON, or it looks like
-- JSON), what repair fixed, the repaired JSON (up to 100,000 characters, else left out) and, for
-- invalid JSON, what was wrong. Results stored before have none.
alter table run_result add column json_outcome varchar(10);   -- VALID, REPAIRED, INVALID, NOT_JSON
alter table run_result add column json_cut_off boolean;
alter table run_result add column json_counted boolean not null default false;
alter table run_result add column json_fixes varchar(2000);   -- fix names, comma-separated, in order
alter table run_result add column json_repaired varchar(100000);
alter table run_result add column json_problem varchar(1000);
