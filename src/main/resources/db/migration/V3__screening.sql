-- Screening: the log of every screening, officers' reviews of hits (which remember namesakes), and the
-- change feed that keeps every instance's in-memory index current.

create table scr_screening (
    id           uuid        primary key,
    at           timestamptz not null,
    officer      text        not null,
    agency       text,
    location     text,
    purpose      text        not null,
    channel      text        not null,
    batch_ref    text,
    traveller    text        not null,
    decision     text        not null,
    hits         text        not null,
    hit_count    int         not null,
    took_micros  bigint      not null,
    degraded     boolean     not null default false,
    -- Names and document numbers in lower case, for supervisors' searches.
    search_text  text        not null
);
create index scr_screening_at_idx on scr_screening (at);
create index scr_screening_officer_idx on scr_screening (officer, at);
create index scr_screening_decision_idx on scr_screening (decision, at) where decision <> 'CLEAR';

-- An officer's review of one hit. NOT_THIS_PERSON clears the traveller (by the fingerprints recorded) for that
-- listing; CONFIRMED turns the next screening of the same traveller against it into a STOP.
create table scr_review (
    id            bigserial   primary key,
    screening_id  uuid        not null,
    hit_key       text        not null,
    outcome       text        not null,
    note          text        not null,
    reviewer      text        not null,
    at            timestamptz not null,
    fingerprints  text[]      not null
);
create index scr_review_screening_idx on scr_review (screening_id);
create index scr_review_key_idx on scr_review (hit_key);

-- Written in the same transaction as each change to a listed identity (control-list entry, import,
-- registrant, review); every instance follows it (woken by NOTIFY) and reloads the keys it names.
create table scr_index_change (
    seq  bigserial   primary key,
    key  text        not null,
    at   timestamptz not null default now()
);
