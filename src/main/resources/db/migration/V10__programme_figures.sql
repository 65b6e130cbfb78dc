-- The delivery unit's figures (docs/programme.md).
--
-- Screening keeps two small read models beside its log, written in the same transaction as each batch of log
-- rows (screening/internal/ScreeningFiguresRollup): screenings counted per day, purpose, point of entry, decision and
-- degraded mode, and one row per referral (no personal data) so that reviews can be joined to it. Figures for a
-- year then read a few thousand rows instead of scanning millions (see ProgrammeFiguresBenchmark).

create table scr_screening_day (
    day        date    not null,
    purpose    text    not null,
    point      text    not null,
    decision   text    not null,
    degraded   boolean not null,
    screenings bigint  not null,
    primary key (day, purpose, point, decision, degraded)
);

create table scr_referral (
    screening_id uuid        primary key,
    at           timestamptz not null,
    day          date        not null,
    purpose      text        not null,
    point        text        not null,
    hit_count    int         not null
);
create index scr_referral_day_idx on scr_referral (day);

-- The log written before this migration, counted once. The point of entry is the location's first part, as
-- PointOfEntry.of computes it (ISB-T1-C07 -> ISB).
insert into scr_screening_day (day, purpose, point, decision, degraded, screenings)
select (at at time zone 'Asia/Karachi')::date, purpose,
       coalesce(nullif(upper(left(split_part(regexp_replace(btrim(location), '[[:space:]/_]+', '-', 'g'), '-', 1), 20)), ''), 'UNSPECIFIED'),
       decision, degraded, count(*)
from scr_screening group by 1, 2, 3, 4, 5;

insert into scr_referral (screening_id, at, day, purpose, point, hit_count)
select id, at, (at at time zone 'Asia/Karachi')::date, purpose,
       coalesce(nullif(upper(left(split_part(regexp_replace(btrim(location), '[[:space:]/_]+', '-', 'g'), '-', 1), 20)), ''), 'UNSPECIFIED'),
       hit_count
from scr_screening where decision = 'REFER';

-- Targets the administrator sets per figure; the dashboard shows each figure on or off track.
create table prog_target (
    figure     text        primary key,
    comparison text        not null,
    value      numeric     not null,
    set_by     text        not null,
    set_at     timestamptz not null
);
