-- Two-person control, part 2: control-list imports are staged, then approved or rejected by a LIST_APPROVER who
-- did not import them. Only approval creates or changes entries, so nothing an import names is screenable before.

-- Imports made before this change were approved outside the system (their approval reference).
alter table cl_import add column status text not null default 'APPROVED';
alter table cl_import alter column status set default 'STAGED';
-- The system the rows come from: an import may update only entries an earlier import of the same source created.
alter table cl_import add column source text not null default 'LEGACY-PCL';
alter table cl_import add column decided_by text;
alter table cl_import add column decided_at timestamptz;
alter table cl_import add column decision_comment text;
-- Rows an approval found it could no longer apply (the entry ended, or another source took its external id).
alter table cl_import add column refused int not null default 0;
-- SHA-256 over the staged rows' hashes in line order, and over the manifest as served (both audited).
alter table cl_import add column rows_sha256 text;
alter table cl_import add column manifest_sha256 text;
create index cl_import_status_idx on cl_import (status, id);

-- The staged rows, kept after approval as the import's manifest: which line made or changed which entry.
-- No foreign key: a million-row COPY must not fire a million checks; only the import that created the
-- cl_import row writes its rows. entry_id is taken from cl_entry's own sequence as each row is copied in, so
-- an approval inserts entries under ids known (and shown) at staging.
create table cl_import_row (
    import_id        bigint      not null,
    line             bigint      not null,
    -- CREATE, UPDATE, UNCHANGED; an approval may turn a row into REFUSED (with a note).
    action           text        not null default 'CREATE',
    entry_id         bigint      not null default nextval('cl_entry_id_seq'),
    note             text,
    external_id      text        not null,
    list             text        not null,
    ground           text        not null,
    full_name        text        not null,
    aliases          text[]      not null,
    date_of_birth    text,
    gender           text,
    nationality      text,
    cnic             text,
    passport_numbers text[]      not null,
    effective_from   date        not null,
    expires_on       date,
    expires_at       timestamptz,
    legal_basis      text        not null,
    reason           text        not null,
    search_text      text        not null,
    -- MurmurHash3 of the row's content, compared with cl_entry.content_hash to find unchanged rows.
    content_hash     text        not null,
    -- SHA-256 of the same content (see docs/controllist.md, "Manifest"), for auditors.
    row_sha256       text        not null,
    primary key (import_id, line)
);

-- The lines an import refused, with every reason (at most 10,000 listed per import, as in the response).
create table cl_import_rejection (
    import_id bigint not null references cl_import (id),
    line      bigint not null,
    errors    text[] not null,
    primary key (import_id, line)
);
