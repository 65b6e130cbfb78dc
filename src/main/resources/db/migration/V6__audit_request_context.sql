-- Who asked from where, and how it ended: every audit row written from now on records the client's address
-- and user agent (null for jobs) and its outcome (SUCCESS, FAILURE, DENIED). Rows written before keep nulls
-- and their hashes: the chain hashes these columns only on rows that carry them.
-- Migration numbers from here: V6 this, V7 accounts and sign-in, V8 two-person control and audit integrity,
-- V9 reports of children's online harassment, V10 the delivery unit, V11 the officers' screens,
-- V12 matching and screening; a module's later changes V<n>_<m>.
alter table audit_log add column client_address text;
alter table audit_log add column user_agent text;
alter table audit_log add column outcome text;
create index audit_log_action_idx on audit_log (action, occurred_at);
