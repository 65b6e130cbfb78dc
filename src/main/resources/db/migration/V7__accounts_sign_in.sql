-- Accounts and sign-in (issue 9): account kinds and lifecycle, sign-in failures and lockout, the second factor
-- (TOTP, recovery codes, passkeys), personal and service-account tokens, privileged-role requests; and the
-- change feed, which every module may now write to, moves from screening to a shared table.

-- The feed screening used alone is now everyone's: each module owns its key format (screening CL-/SOR-/...,
-- accounts ACCOUNT-<username>). Renamed, not copied, so that no change is lost across the upgrade.
alter table scr_index_change rename to change_feed;
alter sequence scr_index_change_seq_seq rename to change_feed_seq_seq;

-- PERSON accounts belong to one officer and sign in with a second factor; SERVICE accounts (airline feeds,
-- counter terminals, platforms) never sign in on the web and call the API with tokens.
alter table app_user add column kind text not null default 'PERSON' check (kind in ('PERSON', 'SERVICE'));
alter table app_user add column disabled_at timestamptz;
alter table app_user add column disabled_by text;
alter table app_user add column disabled_reason text;
-- A temporary password (after an administrator's reset) must be replaced at the next sign-in.
alter table app_user add column password_must_change boolean not null default false;
alter table app_user add column password_changed_at timestamptz;
-- Last successful verification of a credential (password, token, second factor): the inactivity job's clock.
alter table app_user add column last_used_at timestamptz;
-- Bumped by every change that must end the user's sessions (disable, password, roles, second-factor reset).
alter table app_user add column security_version int not null default 0;
-- The TOTP secret (base32) once confirmed; the last time step accepted, so a code is never accepted twice.
alter table app_user add column totp_confirmed_at timestamptz;
alter table app_user add column totp_last_step bigint not null default 0;
-- The reserved columns of V1 are superseded: failures are rows (a sliding window), lockout is locked_until.
alter table app_user drop column failed_logins;

-- Failed sign-ins per user in the last window: five in 15 minutes lock the account for 15 minutes.
create table acc_sign_in_failure (
    user_id bigint      not null references app_user (id) on delete cascade,
    at      timestamptz not null
);
create index acc_sign_in_failure_user_idx on acc_sign_in_failure (user_id, at);

-- Ten single-use recovery codes per enrolment, stored only as hashes.
create table acc_recovery_code (
    user_id   bigint      not null references app_user (id) on delete cascade,
    code_hash text        not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

-- Tokens for machines and scripts: opaque, shown once, stored as SHA-256; roles a subset of the owner's.
create table acc_token (
    id           bigserial   primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null,
    roles        text[]      not null,
    expires_on   date        not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text
);
create unique index acc_token_hash_uk on acc_token (token_hash);
create index acc_token_user_idx on acc_token (user_id);

-- Privileged roles (ADMIN, LIST_APPROVER, AUDITOR) are granted by a second administrator: the request waits
-- here. Grants made at once (the bootstrap administrator's first colleague, provisioning by the system) are
-- recorded here too, as GRANTED, so the history of every privileged grant is one table.
create table acc_role_request (
    id           bigserial   primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    roles        text[]      not null,
    status       text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'GRANTED')),
    requested_by text        not null,
    requested_at timestamptz not null,
    decided_by   text,
    decided_at   timestamptz,
    comment      text
);
create index acc_role_request_status_idx on acc_role_request (status, id);

-- Spring Security's WebAuthn (passkey) repositories, in its own PostgreSQL schema.
create table user_entities (
    id           varchar(1000) not null primary key,
    name         varchar(100)  not null,
    display_name varchar(200)
);
create table user_credentials (
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index user_credentials_user_idx on user_credentials (user_entity_user_id);
