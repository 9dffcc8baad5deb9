-- A suite names its prompts by label (promptfoo's: the text, "file: text", or the label the suite
-- gives); a provider's `prompts` filter matches labels. Tests may come from other files than the suite.
alter table suite_prompt add column label varchar(4000);
alter table test_case add column source_file varchar(1000);
