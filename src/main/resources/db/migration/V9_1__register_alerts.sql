-- Alerts for register officers from other modules (a suspect in a child-harassment report matched a
-- registrant). Purpose-bound: the source's reference and the match reasons, nothing of the source's content.

create table register_alert (
    id               bigserial   primary key,
    registrant_id    bigint      not null references register_registrant (id),
    district         text,
    district_key     text,
    source           text        not null,
    source_reference text        not null,
    reasons          text        not null,
    raised_at        timestamptz not null,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    note             text
);
create unique index register_alert_source_uk on register_alert (registrant_id, source, source_reference);
create index register_alert_district_idx on register_alert (district_key, raised_at);
