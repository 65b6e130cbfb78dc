-- The delivery unit's figures at national scale (docs/programme.md, "Scale"): figures for a year read a few
-- thousand pre-counted rows, never the million-row tables.

-- ---- Control lists: listings and their ends counted per day -------------------------------------------------
--
-- Kept by statement triggers on cl_entry, so that every way an entry changes (proposal, approval, extension,
-- removal, expiry, a bulk import's insert and update) is counted, once per statement: a million-row import adds
-- one aggregate, not a million upserts. An entry counts as listed on the day it became active and as ended on
-- the day it stopped being screened, both in Pakistan's calendar.

-- The instant a listing stops being screened: its removal, or the end of its term (00:00 Pakistan time of
-- expires_on); null while it has no end.
create function cl_listing_ends_at(status text, ended_at timestamptz, expires_at timestamptz) returns timestamptz
    language sql immutable as
$$ select case when status = 'REMOVED' then ended_at when status in ('ACTIVE', 'EXPIRED') then expires_at end $$;

-- The day a listing began; null if the entry was never active.
create function cl_listing_day(activated_at timestamptz) returns date
    language sql immutable as
$$ select (activated_at at time zone 'Asia/Karachi')::date $$;

-- The day a listing ended (never before the day it began); null while it has no end or was never active.
create function cl_listing_end_day(status text, activated_at timestamptz, ended_at timestamptz, expires_at timestamptz)
    returns date language sql immutable as
$$ select case when activated_at is not null and cl_listing_ends_at(status, ended_at, expires_at) is not null
               then cl_listing_day(greatest(activated_at, cl_listing_ends_at(status, ended_at, expires_at))) end $$;

-- For a deportee's listing: the days from the deportation (the entry's effective date) to the listing, from -1
-- (effective after the listing) to 367 (more than 366 days).
create function cl_listing_lag(activated_at timestamptz, effective_from date) returns smallint
    language sql immutable as
$$ select least(greatest(cl_listing_day(activated_at) - effective_from, -1), 367)::smallint $$;

-- Per day, list and ground: entries listed (became active) and ended that day.
create table cl_entry_day (
    day    date   not null,
    list   text   not null,
    ground text   not null,
    listed bigint not null,
    ended  bigint not null,
    primary key (day, list, ground)
);

-- Per day: deportees (ground DEPORTED_ILLEGAL_MIGRATION) listed that day, by days since their deportation.
create table cl_deportee_day (
    day    date     not null,
    lag    smallint not null,
    listed bigint   not null,
    primary key (day, lag)
);

-- Adds the rows a statement inserted (new_rows) and takes away the rows it replaced or deleted (old_rows).
create function cl_entry_day_track() returns trigger language plpgsql as
$fn$
declare
    changes text := concat_ws(' union all ',
        case when tg_op <> 'DELETE' then 'select 1 as sign, n.* from new_rows n' end,
        case when tg_op <> 'INSERT' then 'select -1 as sign, o.* from old_rows o' end);
begin
    execute format($q$
        insert into cl_entry_day (day, list, ground, listed, ended)
        select m.day, e.list, e.ground, sum(m.listed), sum(m.ended)
        from (%s) e
        cross join lateral (values (cl_listing_day(e.activated_at), e.sign, 0),
                                   (cl_listing_end_day(e.status, e.activated_at, e.ended_at, e.expires_at), 0, e.sign))
            as m (day, listed, ended)
        where m.day is not null
        group by m.day, e.list, e.ground
        having sum(m.listed) <> 0 or sum(m.ended) <> 0
        order by m.day, e.list, e.ground
        on conflict (day, list, ground) do update
        set listed = cl_entry_day.listed + excluded.listed, ended = cl_entry_day.ended + excluded.ended $q$, changes);
    execute format($q$
        insert into cl_deportee_day (day, lag, listed)
        select cl_listing_day(e.activated_at), cl_listing_lag(e.activated_at, e.effective_from), sum(e.sign)
        from (%s) e
        where e.ground = 'DEPORTED_ILLEGAL_MIGRATION' and e.activated_at is not null
        group by 1, 2
        having sum(e.sign) <> 0
        order by 1, 2
        on conflict (day, lag) do update set listed = cl_deportee_day.listed + excluded.listed $q$, changes);
    return null;
end
$fn$;

create trigger cl_entry_day_insert after insert on cl_entry referencing new table as new_rows
    for each statement execute function cl_entry_day_track();
create trigger cl_entry_day_update after update on cl_entry referencing old table as old_rows new table as new_rows
    for each statement execute function cl_entry_day_track();
create trigger cl_entry_day_delete after delete on cl_entry referencing old table as old_rows
    for each statement execute function cl_entry_day_track();

-- The entries written before this migration, counted once.
insert into cl_entry_day (day, list, ground, listed, ended)
select m.day, e.list, e.ground, sum(m.listed), sum(m.ended)
from cl_entry e
cross join lateral (values (cl_listing_day(e.activated_at), 1, 0),
                           (cl_listing_end_day(e.status, e.activated_at, e.ended_at, e.expires_at), 0, 1))
    as m (day, listed, ended)
where m.day is not null
group by m.day, e.list, e.ground;

insert into cl_deportee_day (day, lag, listed)
select cl_listing_day(activated_at), cl_listing_lag(activated_at, effective_from), count(*)
from cl_entry
where ground = 'DEPORTED_ILLEGAL_MIGRATION' and activated_at is not null
group by 1, 2;

-- ---- Screening: what became of each referral, kept on its row ------------------------------------------------
--
-- Written with each review (ScreeningFiguresRollup.reviewed), so the figures no longer join the referrals to
-- their reviews: the first review's time, whether a hit was confirmed, and how many distinct hits were found
-- "not this person".
alter table scr_referral
    add column first_review_at timestamptz,
    add column confirmed       boolean not null default false,
    add column cleared_hits    int     not null default 0;

update scr_referral f
set first_review_at = r.first_review_at, confirmed = r.confirmed, cleared_hits = r.cleared_hits
from (select screening_id, min(at) as first_review_at, bool_or(outcome = 'CONFIRMED') as confirmed,
             count(distinct hit_key) filter (where outcome = 'NOT_THIS_PERSON') as cleared_hits
      from scr_review group by screening_id) r
where r.screening_id = f.screening_id;

-- Namesake redress in a period counts these reviews by their time.
create index scr_review_not_this_person_idx on scr_review (at) where outcome = 'NOT_THIS_PERSON';
