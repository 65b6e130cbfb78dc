-- Two-person control and audit integrity, part 1: an audit log nobody can rewrite unnoticed.
--
-- 1. The audit tables are append-only for the application: triggers refuse UPDATE, DELETE and TRUNCATE on
--    audit_log and audit_signed_head, and let the chain head move only forward, onto a row that exists.
--    (A database superuser can still switch triggers off; what they rewrite is then caught by the signed heads.)
-- 2. Each database's chain gets an id, so that signed heads exported to a file name the chain they belong to.
-- 3. audit_signed_head keeps the heads the application signed (Ed25519, with a key kept outside the database);
--    the same lines are appended to a file an operator ships elsewhere. Verification checks the chain against them.

create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit table % is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end
$$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_append_only();

alter table audit_chain_head add column chain_id uuid not null default gen_random_uuid();

-- The head moves only forward, onto the row it names, and keeps its chain id.
create function audit_head_forward_only() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'the audit chain head is never % ', tg_op using errcode = '42501';
    end if;
    if new.id <> old.id or new.chain_id <> old.chain_id or new.seq <= old.seq
            or not exists (select 1 from audit_log l where l.seq = new.seq and l.hash = new.hash) then
        raise exception 'the audit chain head only moves forward, onto an existing row' using errcode = '42501';
    end if;
    return new;
end
$$;

create trigger audit_chain_head_forward before update or delete on audit_chain_head
    for each row execute function audit_head_forward_only();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_append_only();

create table audit_signed_head (
    id         bigserial   primary key,
    chain_id   uuid        not null,
    seq        bigint      not null,
    hash       text        not null,
    signed_at  timestamptz not null,
    -- The first 16 hex digits of the SHA-256 of the public key (X.509 encoding).
    key_id     text        not null,
    -- Ed25519 over "nigehbaan-audit-head|v1|<chain_id>|<seq>|<hash>|<signed_at>", Base64.
    signature  text        not null
);
create index audit_signed_head_seq_idx on audit_signed_head (chain_id, seq);

create trigger audit_signed_head_append_only before update or delete on audit_signed_head
    for each row execute function audit_append_only();
create trigger audit_signed_head_no_truncate before truncate on audit_signed_head
    for each statement execute function audit_append_only();
