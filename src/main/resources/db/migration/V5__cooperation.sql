-- Cooperation with the UK: cases (MLA, extradition, criminal records, returns, illicit finance, narcotics),
-- their clocks, subjects, type-specific facts, timeline, and the message thread with attachments.
-- Due dates are fixed when a clock starts (from the policy then in force), so a later policy change
-- never moves a deadline already given; next_due_on is the due date of the clock now running, which
-- orders the work list (breached first) without recomputing calendars in SQL.

create table coop_case (
    id                          bigserial   primary key,
    reference                   text        not null,
    case_type                   text        not null,
    direction                   text        not null,
    status                      text        not null,
    requesting_authority        text        not null,
    requested_authority         text        not null,
    external_reference          text,
    summary                     text,
    offence                     text,
    received_on                 date        not null,
    ack_due_on                  date        not null,
    acknowledged_on             date,
    decide_due_on               date,
    decided_on                  date,
    respond_due_on              date,
    closed_on                   date,
    next_due_on                 date,
    shared_with_uk              boolean     not null default false,
    shared_fields               text        not null default '',
    -- extradition: the case-specific arrangement (Extradition Act 2003 s.194); assurances in coop_assurance
    arrangement_reference       text,
    arrangement_basis           text,
    arrangement_agreed_on       date,
    -- criminal record request
    record_purpose              text,
    -- return
    removed_for_illegal_migration boolean,
    travel_document_kind        text,
    travel_document_number      text,
    travel_document_country     text,
    travel_document_expires_on  date,
    nationality_status          text,
    nationality_reference       text,
    nationality_verified_by     text,
    nationality_verified_on     date,
    return_date                 date,
    notice_given_on             date,
    returned_on                 date,
    created_at                  timestamptz not null,
    created_by                  text        not null,
    updated_at                  timestamptz not null,
    constraint coop_case_type_ck check (case_type in ('MUTUAL_LEGAL_ASSISTANCE', 'EXTRADITION', 'CRIMINAL_RECORD',
        'RETURN', 'ILLICIT_FINANCE', 'NARCOTICS')),
    constraint coop_case_direction_ck check (direction in ('OUTGOING', 'INCOMING')),
    constraint coop_case_status_ck check (status in ('RECEIVED', 'ACKNOWLEDGED', 'UNDER_REVIEW', 'EXECUTING',
        'SCHEDULED', 'RESPONDED', 'COMPLETED', 'REFUSED', 'WITHDRAWN'))
);
create unique index coop_case_reference_uk on coop_case (reference);
create index coop_case_worklist_idx on coop_case (next_due_on, id);
create index coop_case_received_idx on coop_case (received_on);
create index coop_case_closed_idx on coop_case (closed_on);
create index coop_case_shared_idx on coop_case (shared_with_uk) where shared_with_uk;

-- The persons a case is about, as the API carries them (identity.PersonInput, normalised).
create table coop_subject (
    case_id   bigint not null references coop_case (id) on delete cascade,
    position  int    not null,
    full_name text   not null,
    person    jsonb  not null,
    primary key (case_id, position)
);
create index coop_subject_name_idx on coop_subject (lower(full_name));

create table coop_assurance (
    case_id  bigint not null references coop_case (id) on delete cascade,
    position int    not null,
    kind     text   not null,
    text     text   not null,
    given_by text,
    given_on date,
    primary key (case_id, position)
);

-- Convictions returned in reply to a criminal record request (none = no trace).
create table coop_conviction (
    case_id      bigint not null references coop_case (id) on delete cascade,
    position     int    not null,
    offence      text   not null,
    convicted_on text   not null,
    court        text   not null,
    sentence     text   not null,
    primary key (case_id, position)
);

-- The case's timeline: every action, who took it, from which side, and the state it led to.
create table coop_case_event (
    id          bigserial   primary key,
    case_id     bigint      not null references coop_case (id) on delete cascade,
    occurred_at timestamptz not null,
    effective_on date       not null,
    actor       text        not null,
    side        text        not null,
    action      text        not null,
    from_status text,
    to_status   text        not null,
    note        text
);
create index coop_case_event_case_idx on coop_case_event (case_id, id);

-- Messages between the two sides, with receipts: sent, delivered (the other side fetched the thread),
-- read (the other side opened or acknowledged it).
create table coop_message (
    id           bigserial   primary key,
    case_id      bigint      not null references coop_case (id) on delete cascade,
    side         text        not null,
    author       text        not null,
    author_name  text        not null,
    body         text        not null,
    sent_at      timestamptz not null,
    delivered_at timestamptz,
    read_at      timestamptz,
    read_by      text,
    constraint coop_message_side_ck check (side in ('PAKISTAN', 'UK'))
);
create index coop_message_case_idx on coop_message (case_id, id);

-- Attachment bytes live in the database, in the same transaction as their message: nothing half-stored,
-- backed up and access-controlled with everything else (the size limit keeps rows modest).
create table coop_attachment (
    id          bigserial   primary key,
    message_id  bigint      not null references coop_message (id) on delete cascade,
    case_id     bigint      not null references coop_case (id) on delete cascade,
    file_name   text        not null,
    media_type  text        not null,
    size_bytes  bigint      not null,
    sha256      text        not null,
    content     bytea       not null,
    stored_at   timestamptz not null
);
create index coop_attachment_message_idx on coop_attachment (message_id);
