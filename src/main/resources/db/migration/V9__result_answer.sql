-- A result's output is what promptfoo reports as the cell's output: the model's answer after the provider's
-- transform and the test's options.transform. When a transform changed it, the answer as the model gave it
-- is kept here; null means the output is the answer (no transform, or one that changed nothing). Results
-- stored before hold the answer as their output.
alter table run_result add column answer clob;
