-- Reports of children's online harassment (DOMAIN.md): reports taken in from the public form, platforms'
-- service accounts, helpline officers and bulk backlogs; graded with a deadline; linked into bundles by
-- shared hashes, accounts, phones, e-mails and URLs (and PDQ hashes within Hamming distance 31, found in
-- memory); alerts when a suspect matches a registrant. Evidence is hashes and metadata only: no table here
-- has a column that could hold an image or a video.

create table child_report_bundle (
    id            bigserial   primary key,
    created_at    timestamptz not null,
    -- when the bundle first held two or more reports (a bundle "formed", for the figures)
    formed_at     timestamptz,
    report_count  integer     not null default 0,
    -- set when the bundle was merged into another; its reports and keys then point at that one
    merged_into   bigint      references child_report_bundle (id)
);
create index child_report_bundle_formed_idx on child_report_bundle (formed_at) where formed_at is not null;

create sequence child_report_bundled_seq;

create table child_report (
    id                bigserial   primary key,
    reference         text        not null,
    channel           text        not null,
    -- the platform's service account or the officer who took the report; null for the public form
    reporter          text,
    source_report_id  text,
    incident_type     text        not null,
    incident_at       timestamptz,
    platform          text,
    victim_age_band   text        not null,
    imminent_danger   boolean     not null,
    sextortion        boolean     not null,
    live_abuse        boolean     not null,
    grooming          boolean     not null,
    -- personal data: shown only to child-protection officers
    description       text,
    reporter_contact  text,
    grade             text        not null,
    graded_by         text        not null,
    due_by            timestamptz not null,
    status            text        not null,
    received_at       timestamptz not null,
    triaged_at        timestamptz,
    triaged_by        text,
    triage_answers    text,
    -- whether triage came before the deadline then in force
    deadline_met      boolean,
    warned_at         timestamptz,
    escalated_at      timestamptz,
    escalated_to      text,
    closed_at         timestamptz,
    closed_by         text,
    bundle_id         bigint      references child_report_bundle (id),
    -- the order in which the bundler linked the report; null while it waits to be linked
    bundled_seq       bigint,
    version           integer     not null default 0,
    constraint child_report_channel_ck check (channel in ('PUBLIC_FORM', 'PLATFORM_API', 'HELPLINE', 'BULK')),
    constraint child_report_status_ck check (status in ('AWAITING_TRIAGE', 'TRIAGED', 'CLOSED')),
    constraint child_report_grade_ck check (grade in ('VERY_HIGH', 'HIGH', 'MEDIUM', 'LOW'))
);
create unique index child_report_reference_uk on child_report (reference);
create unique index child_report_source_uk on child_report (reporter, source_report_id)
    where source_report_id is not null;
create index child_report_queue_idx on child_report (due_by, id) where status <> 'CLOSED';
create index child_report_received_idx on child_report (received_at);
create index child_report_triaged_idx on child_report (triaged_at) where triaged_at is not null;
create index child_report_pending_idx on child_report (id) where bundled_seq is null;
create index child_report_bundle_idx on child_report (bundle_id);
create index child_report_bundled_seq_idx on child_report (bundled_seq) where bundled_seq is not null;

create table child_report_suspect (
    report_id         bigint  not null references child_report (id),
    position          integer not null,
    names             text[]  not null default '{}',
    accounts          text[]  not null default '{}',
    emails            text[]  not null default '{}',
    phones            text[]  not null default '{}',
    date_of_birth     text,
    cnic              text,
    passport_numbers  text[]  not null default '{}',
    country           text,
    address           text,
    primary key (report_id, position)
);

create table child_report_file (
    report_id  bigint  not null references child_report (id),
    position   integer not null,
    file_name  text,
    size_bytes bigint,
    md5        text,
    sha1       text,
    sha256     text    not null,
    pdq        text,
    primary key (report_id, position)
);
create index child_report_file_pdq_idx on child_report_file (report_id) where pdq is not null;

create table child_report_url (
    report_id  bigint  not null references child_report (id),
    position   integer not null,
    url        text    not null,
    primary key (report_id, position)
);

-- Every key a report can share with another: SHA256/SHA1/MD5 hashes, ACCOUNT, PHONE, EMAIL, URL (normalised).
create table child_report_link (
    kind       text   not null,
    value      text   not null,
    report_id  bigint not null references child_report (id),
    primary key (kind, value, report_id)
);
create index child_report_link_report_idx on child_report_link (report_id);

-- Which bundle holds each key: written by the bundler alone, under its lock.
create table child_report_link_key (
    kind       text   not null,
    value      text   not null,
    bundle_id  bigint not null references child_report_bundle (id),
    primary key (kind, value)
);
create index child_report_link_key_bundle_idx on child_report_link_key (bundle_id);

-- PDQ near matches the bundler found (Hamming distance <= 31), for the report page.
create table child_report_pdq_match (
    report_id        bigint  not null references child_report (id),
    other_report_id  bigint  not null references child_report (id),
    distance         integer not null,
    primary key (report_id, other_report_id)
);
create index child_report_pdq_match_other_idx on child_report_pdq_match (other_report_id);

create table child_report_alert (
    id                 bigserial   primary key,
    report_id          bigint      not null references child_report (id),
    suspect_position   integer     not null,
    registrant_id      bigint      not null,
    score              double precision not null,
    reasons            text        not null,
    register_alert_id  bigint,
    raised_at          timestamptz not null
);
create index child_report_alert_report_idx on child_report_alert (report_id);
create index child_report_alert_raised_idx on child_report_alert (raised_at);

create table child_report_action (
    id          bigserial   primary key,
    report_id   bigint      not null references child_report (id),
    occurred_at timestamptz not null,
    actor       text        not null,
    action      text        not null,
    note        text,
    grade       text,
    due_by      timestamptz
);
create index child_report_action_report_idx on child_report_action (report_id, id);

-- Information the reporter added later with the reference.
create table child_report_addition (
    id          bigserial   primary key,
    report_id   bigint      not null references child_report (id),
    added_at    timestamptz not null,
    text        text        not null
);
create index child_report_addition_report_idx on child_report_addition (report_id);
