-- The sex offender register (Anti-Rape (Investigation and Trial) Act 2021 s.24): registrants, convictions,
-- addresses with history, notifications, travel, duties and breaches, disclosures, district grants.

create table register_registrant (
    id                        bigserial   primary key,
    -- The Person as the API carries it (PersonInput), validated on the way in.
    person                    jsonb       not null,
    -- ' '-separated normalised name keys of the full name and aliases, with a leading and trailing space,
    -- so that a search for a token is position(' token ' in search_names) > 0.
    search_names              text        not null,
    cnic                      text,
    passport_numbers          text[]      not null default '{}',
    photo_ref                 text,
    biometric_refs            text[]      not null default '{}',
    risk_level                int         not null check (risk_level between 1 and 3),
    risk_reason               text        not null,
    station                   text        not null,
    district                  text        not null,
    -- lower-case district for scoping officers' access
    district_key              text        not null,
    released_on               date,
    -- ACTIVE (subject to notification), ENDED (period over or discharged on review), REMOVED (record withdrawn)
    status                    text        not null,
    status_reason             text,
    status_changed_at         timestamptz,
    -- The terms the policy decided when the convictions were last recorded.
    policy                    text        not null,
    tier                      int,
    indefinite                boolean     not null,
    obligations_start         date        not null,
    starts_on                 date        not null,
    ends_on                   date,
    review_on                 date,
    renotify_every            text        not null,
    travel_notice_days        int         not null,
    travel_short_notice_hours int,
    basis                     text        not null,
    registered_at             timestamptz not null,
    registered_by             text        not null
);
create index register_registrant_scope_idx on register_registrant (district_key, status);
create index register_registrant_cnic_idx on register_registrant (cnic);
create index register_registrant_passport_idx on register_registrant using gin (passport_numbers);
create index register_registrant_ends_idx on register_registrant (ends_on) where status = 'ACTIVE';

create table register_conviction (
    id                bigserial   primary key,
    registrant_id     bigint      not null references register_registrant (id),
    offence           text        not null,
    offence_cited     text        not null,
    court             text        not null,
    convicted_on      date        not null,
    disposal          text        not null,
    sentence_length   int,
    sentence_unit     text,
    age_at_conviction int         not null,
    indefinite        boolean     not null,
    period            text,
    period_ends_on    date,
    period_rule       text        not null,
    recorded_at       timestamptz not null,
    recorded_by       text        not null
);
create index register_conviction_registrant_idx on register_conviction (registrant_id);

-- Address history: the current addresses have valid_to null.
create table register_address (
    id            bigserial   primary key,
    registrant_id bigint      not null references register_registrant (id),
    kind          text        not null,
    line1         text        not null,
    line2         text,
    city          text        not null,
    district      text,
    postcode      text,
    valid_from    date,
    valid_to      date,
    recorded_at   timestamptz not null,
    recorded_by   text        not null
);
create index register_address_registrant_idx on register_address (registrant_id);

-- What the registrant notified, and when.
create table register_notification (
    id            bigserial   primary key,
    registrant_id bigint      not null references register_registrant (id),
    type          text        not null,
    received_on   date        not null,
    changed_on    date,
    late          boolean     not null,
    summary       text,
    recorded_at   timestamptz not null,
    recorded_by   text        not null
);
create index register_notification_registrant_idx on register_notification (registrant_id);

-- Foreign travel notified; times are local to the register's zone (nigehbaan.register.zone).
create table register_travel (
    id                  bigserial primary key,
    registrant_id       bigint    not null references register_registrant (id),
    notification_id     bigint    not null references register_notification (id),
    received_at         timestamp not null,
    departure_date      date      not null,
    departure_time      time,
    return_date         date,
    destinations        text[]    not null,
    itinerary           text      not null,
    carrier             text      not null,
    first_night_address text      not null,
    known_since         date,
    deadline            timestamp not null,
    late                boolean   not null
);
create index register_travel_departure_idx on register_travel (registrant_id, departure_date);

-- Each duty has a due date; the daily job turns an OPEN duty past its date into BREACHED.
create table register_duty (
    id              bigserial   primary key,
    registrant_id   bigint      not null references register_registrant (id),
    type            text        not null,
    due_on          date        not null,
    status          text        not null,
    created_at      timestamptz not null,
    closed_at       timestamptz,
    notification_id bigint      references register_notification (id)
);
create index register_duty_open_idx on register_duty (due_on) where status = 'OPEN';
create index register_duty_registrant_idx on register_duty (registrant_id);

create table register_breach (
    id            bigserial   primary key,
    registrant_id bigint      not null references register_registrant (id),
    duty_id       bigint      references register_duty (id),
    kind          text        not null,
    duty_type     text        not null,
    due_on        date        not null,
    detected_on   date        not null,
    detected_at   timestamptz not null,
    detail        text,
    resolved_at   timestamptz,
    resolved_by   text,
    resolution    text
);
-- The daily job may run twice a day: a missed duty is breached once.
create unique index register_breach_missed_uk on register_breach (duty_id) where kind = 'MISSED';
create index register_breach_registrant_idx on register_breach (registrant_id);
create index register_breach_open_idx on register_breach (detected_on) where resolved_at is null;

-- Every search of the register and every view of a record: who, why, what was shown.
create table register_disclosure (
    id                  bigserial   primary key,
    occurred_at         timestamptz not null,
    actor               text        not null,
    actor_agency        text,
    kind                text        not null,
    purpose             text        not null,
    reference           text,
    fir_number          text,
    fir_police_station  text,
    fir_offences        text[],
    suspect_name        text,
    requesting_officer  text,
    prosecutor          text,
    police_requested_at timestamptz,
    search_id           bigint      references register_disclosure (id),
    criteria            text,
    registrant_ids      bigint[]    not null,
    shown               text        not null
);
create index register_disclosure_time_idx on register_disclosure (occurred_at);
create index register_disclosure_registrants_idx on register_disclosure using gin (registrant_ids);

-- Districts a register officer may work in beyond their own; district '*' = every district.
create table register_district_grant (
    id            bigserial   primary key,
    username      text        not null,
    district      text        not null,
    district_key  text        not null,
    reason        text        not null,
    granted_by    text        not null,
    granted_at    timestamptz not null,
    revoked_by    text,
    revoked_at    timestamptz,
    revoke_reason text
);
create unique index register_grant_active_uk on register_district_grant (lower(username), district_key)
    where revoked_at is null;

create table register_pcl_proposal (
    id            bigserial   primary key,
    registrant_id bigint      not null references register_registrant (id),
    legal_basis   text        not null,
    reason        text        not null,
    proposed_by   text        not null,
    proposed_at   timestamptz not null
);
create index register_pcl_proposal_registrant_idx on register_pcl_proposal (registrant_id);
