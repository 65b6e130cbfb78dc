-- Control lists (PCL, ECL): entries with their lifecycle, history, representations, imports and the policy
-- switches (a ground such as SEX_OFFENDER may be refused until an approved change turns it on).


create table cl_import (
    id                 bigserial   primary key,
    approval_reference text        not null,
    imported_by        text        not null,
    started_at         timestamptz not null,
    finished_at        timestamptz,
    imported           int         not null default 0,
    updated            int         not null default 0,
    unchanged          int         not null default 0,
    rejected           int         not null default 0
);

create table cl_entry (
    id                  bigserial   primary key,
    -- The id the entry has in the system it came from (legacy PCL imports); imports are idempotent on it.
    external_id         text        unique,
    list                text        not null,
    ground              text        not null,
    status              text        not null,
    full_name           text        not null,
    aliases             text[]      not null default '{}',
    name_urdu           text,
    father_name         text,
    date_of_birth       text,
    gender              text,
    nationality         text,
    cnic                text,
    passport_numbers    text[]      not null default '{}',
    legal_basis         text        not null,
    referring_agency    text        not null,
    reason              text        not null,
    case_reference      text,
    effective_from      date        not null,
    -- The day the listing ends (it is active until 00:00 that day, Pakistan time); null = until removed.
    expires_on          date,
    expires_at          timestamptz,
    notice_served_on    date,
    urgent_security     boolean     not null default false,
    proposed_by         text        not null,
    proposed_at         timestamptz not null,
    decided_by          text,
    decided_at          timestamptz,
    decision_comment    text,
    activated_at        timestamptz,
    ended_by            text,
    ended_at            timestamptz,
    end_reason          text,
    extensions          int         not null default 0,
    pending_change      text,
    pending_expires_on  date,
    pending_reason      text,
    pending_by          text,
    pending_at          timestamptz,
    -- The import that first created the entry (its history starts there) and the last one that changed it.
    first_import_id     bigint      references cl_import (id),
    import_id           bigint      references cl_import (id),
    content_hash        text,
    version             int         not null default 0,
    -- Names, identifiers and references in lower case, for officers' free-text search (see SearchText).
    search_text         text        not null
);
-- Few indexes, chosen for a table of millions that takes a million-row import in one request: lapse checks
-- and the approval queue are indexed; free-text search and statistics scan (a second or less at a million).
create index cl_entry_lapse_idx on cl_entry (expires_at) where status = 'ACTIVE';
create index cl_entry_proposed_idx on cl_entry (id) where status = 'PROPOSED';
create index cl_entry_cnic_idx on cl_entry (cnic) where cnic is not null;
create index cl_entry_pending_idx on cl_entry (pending_change) where pending_change is not null;

-- Every transition: who, when, why.
create table cl_entry_event (
    id        bigserial   primary key,
    entry_id  bigint      not null references cl_entry (id),
    at        timestamptz not null,
    actor     text        not null,
    action    text        not null,
    comment   text,
    details   text
);
create index cl_entry_event_entry_idx on cl_entry_event (entry_id, id);

-- A person's representation (review request) against a listing; decided within the policy's deadline.
create table cl_representation (
    id            bigserial   primary key,
    entry_id      bigint      not null references cl_entry (id),
    received_on   date        not null,
    summary       text        not null,
    filed_by      text        not null,
    filed_at      timestamptz not null,
    decide_by     date        not null,
    within_window boolean     not null,
    outcome       text,
    decision_note text,
    decided_by    text,
    decided_on    date
);
create index cl_representation_entry_idx on cl_representation (entry_id);
create index cl_representation_open_idx on cl_representation (decide_by) where outcome is null;

create table cl_policy_switch (
    ground     text        primary key,
    enabled    boolean     not null,
    changed_by text        not null,
    changed_at timestamptz not null
);

create table cl_policy_change (
    id           bigserial   primary key,
    ground       text        not null,
    enable       boolean     not null,
    reason       text        not null,
    requested_by text        not null,
    requested_at timestamptz not null,
    status       text        not null,
    decided_by   text,
    decided_at   timestamptz,
    comment      text
);
