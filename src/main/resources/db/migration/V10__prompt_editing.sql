-- Prompts edited in the browser: who saved a version, a label that needs a confirmation to move,
-- and prompts deleted from the lists while their versions stay for the runs that used them.
alter table prompt_version add column author varchar(200);
alter table prompt_label add column protected boolean not null default false;
alter table prompt add column deleted_at timestamp with time zone;
