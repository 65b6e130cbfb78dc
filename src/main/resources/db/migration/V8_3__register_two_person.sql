-- Two-person control, part 4: removing a registrant's record, or discharging an indefinite notification period
-- on review, takes effect only when a second register officer (another officer whose districts cover the
-- registrant) approves the first officer's request. At most one request is pending per registrant.

create table register_change_request (
    id            bigserial   primary key,
    registrant_id bigint      not null references register_registrant (id),
    -- REMOVAL or DISCHARGE
    kind          text        not null,
    reason        text        not null,
    requested_by  text        not null,
    requested_at  timestamptz not null,
    -- PENDING, APPROVED, REJECTED
    status        text        not null,
    decided_by    text,
    decided_at    timestamptz,
    decision_note text
);
create unique index register_change_pending_uk on register_change_request (registrant_id) where status = 'PENDING';
create index register_change_status_idx on register_change_request (status, id);
