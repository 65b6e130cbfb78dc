-- Foundation: user accounts, the hash-chained audit log, and Spring Modulith's event publication registry.
-- Module migrations: V2 control lists, V3 screening, V4 register, V5 cooperation; later changes V<module>_<n>.

create table app_user (
    id              bigserial primary key,
    username        text        not null,
    password_hash   text        not null,
    display_name    text        not null,
    agency          text        not null,
    -- Police district an officer works in; scopes REGISTER_OFFICER access (null = not district-bound).
    district        text,
    enabled         boolean     not null default true,
    -- Reserved for the second factor (TOTP) the security issue adds; null = not enrolled.
    totp_secret     text,
    failed_logins   int         not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null,
    created_by      text        not null
);
create unique index app_user_username_uk on app_user (lower(username));

create table app_user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    text   not null,
    primary key (user_id, role)
);

-- Append-only; each row's hash covers its content and the previous row's hash, so an edit, deletion or
-- reordering anywhere breaks the chain from that row on.
create table audit_log (
    seq         bigint      primary key,
    occurred_at timestamptz not null,
    actor       text        not null,
    action      text        not null,
    target_type text        not null,
    target_id   text,
    details     text        not null,
    prev_hash   text        not null,
    hash        text        not null
);
create index audit_log_target_idx on audit_log (target_type, target_id);
create index audit_log_actor_idx on audit_log (actor, occurred_at);

-- The chain's head, locked by each appender so that appends are serialised and sequence numbers have no gaps.
create table audit_chain_head (
    id   int    primary key check (id = 1),
    seq  bigint not null,
    hash text   not null
);
insert into audit_chain_head (id, seq, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Spring Modulith 2.0 event publication registry (schema v2 for PostgreSQL).
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
