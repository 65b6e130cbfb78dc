-- Child reports' figures at national scale (docs/programme.md, "Scale"): a year of figures reads per-day counts
-- instead of the million-row child_report table.
--
-- Kept like cl_entry_day (V10_1): statement triggers with transition tables on child_report add the rows a
-- statement wrote and take away the rows it replaced or deleted, so every write path (intake, a bulk backlog,
-- triage and re-grading, actions that close or reopen, the bundler, the deadline job) is counted once per
-- statement. Days are Pakistan's calendar days, as ReportingPeriod counts them.

-- Per day, grade (the report's grade now) and intake channel: reports received that day, triaged that day
-- before their deadline and after it, and closed that day (never before the day they were received).
create table child_report_day (
    day            date   not null,
    grade          text   not null,
    channel        text   not null,
    received       bigint not null,
    triaged_within bigint not null,
    triaged_late   bigint not null,
    closed         bigint not null,
    primary key (day, grade, channel)
);

-- The marks one report leaves: (day, received, triaged within, triaged late, closed), null days left out.
create function child_report_day_marks(received_at timestamptz, triaged_at timestamptz, deadline_met boolean,
                                       closed_at timestamptz)
    returns table (day date, received int, triaged_within int, triaged_late int, closed int)
    language sql immutable as
$$ values ((received_at at time zone 'Asia/Karachi')::date, 1, 0, 0, 0),
          ((triaged_at at time zone 'Asia/Karachi')::date, 0,
           case when deadline_met then 1 else 0 end, case when not deadline_met then 1 else 0 end, 0),
          (case when closed_at is not null then (greatest(received_at, closed_at) at time zone 'Asia/Karachi')::date end,
           0, 0, 0, 1) $$;

create function child_report_day_track() returns trigger language plpgsql as
$fn$
declare
    changes text := concat_ws(' union all ',
        case when tg_op <> 'DELETE' then 'select 1 as sign, n.* from new_rows n' end,
        case when tg_op <> 'INSERT' then 'select -1 as sign, o.* from old_rows o' end);
begin
    execute format($q$
        insert into child_report_day (day, grade, channel, received, triaged_within, triaged_late, closed)
        select m.day, e.grade, e.channel, sum(e.sign * m.received), sum(e.sign * m.triaged_within),
               sum(e.sign * m.triaged_late), sum(e.sign * m.closed)
        from (%s) e
        cross join lateral child_report_day_marks(e.received_at, e.triaged_at, e.deadline_met, e.closed_at) m
        where m.day is not null
        group by m.day, e.grade, e.channel
        having sum(e.sign * m.received) <> 0 or sum(e.sign * m.triaged_within) <> 0
            or sum(e.sign * m.triaged_late) <> 0 or sum(e.sign * m.closed) <> 0
        order by m.day, e.grade, e.channel
        on conflict (day, grade, channel) do update
        set received = child_report_day.received + excluded.received,
            triaged_within = child_report_day.triaged_within + excluded.triaged_within,
            triaged_late = child_report_day.triaged_late + excluded.triaged_late,
            closed = child_report_day.closed + excluded.closed $q$, changes);
    return null;
end
$fn$;

create trigger child_report_day_insert after insert on child_report referencing new table as new_rows
    for each statement execute function child_report_day_track();
create trigger child_report_day_update after update on child_report
    referencing old table as old_rows new table as new_rows
    for each statement execute function child_report_day_track();
create trigger child_report_day_delete after delete on child_report referencing old table as old_rows
    for each statement execute function child_report_day_track();

-- The reports written before this migration, counted once.
insert into child_report_day (day, grade, channel, received, triaged_within, triaged_late, closed)
select m.day, r.grade, r.channel, sum(m.received), sum(m.triaged_within), sum(m.triaged_late), sum(m.closed)
from child_report r
cross join lateral child_report_day_marks(r.received_at, r.triaged_at, r.deadline_met, r.closed_at) m
where m.day is not null
group by m.day, r.grade, r.channel
having sum(m.received) <> 0 or sum(m.triaged_within) <> 0 or sum(m.triaged_late) <> 0 or sum(m.closed) <> 0;

-- Overdue reports are those still awaiting triage: counted from this index alone, not from every open report.
create index child_report_awaiting_due_idx on child_report (due_by, received_at) where status = 'AWAITING_TRIAGE';
