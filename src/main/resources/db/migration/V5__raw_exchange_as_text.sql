-- The raw request and response of a result as plain text columns: as large objects each one
-- cost H2 a write to its separate LOB store. Promptsmith keeps at most 1 MB of a response body,
-- and cuts what is longer than the column when it stores it.
alter table run_result alter column raw_request set data type varchar(1000000);
alter table run_result alter column raw_response set data type varchar(1000000);
