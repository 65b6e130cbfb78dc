-- Two-person control, part 3: a reviewing officer's "not this person" sets the hit aside for that screening and
-- opens a redress record; the same traveller is cleared for that listing in later screenings only once a
-- BORDER_SUPERVISOR other than the reviewer confirms it. Confirmed redress can be revoked with a reason, and
-- ends when the listing ends.

create table scr_redress (
    id            bigserial   primary key,
    review_id     bigint      not null references scr_review (id),
    screening_id  uuid        not null,
    hit_key       text        not null,
    -- Who the redress covers (TravellerFingerprints: document, CNIC, name with full date of birth).
    fingerprints  text[]      not null,
    -- PENDING, CONFIRMED, REVOKED, ENDED
    status        text        not null,
    opened_by     text        not null,
    opened_at     timestamptz not null,
    confirmed_by  text,
    confirmed_at  timestamptz,
    confirm_note  text,
    revoked_by    text,
    revoked_at    timestamptz,
    revoke_reason text,
    ended_at      timestamptz,
    end_reason    text
);
create index scr_redress_status_idx on scr_redress (status, id);
create index scr_redress_key_idx on scr_redress (hit_key) where status in ('PENDING', 'CONFIRMED');

-- Namesake reviews made before this rule cleared travellers on one officer's word: they become redress
-- waiting for a supervisor, and are not remembered until one confirms them.
insert into scr_redress (review_id, screening_id, hit_key, fingerprints, status, opened_by, opened_at)
select id, screening_id, hit_key, fingerprints, 'PENDING', reviewer, at
from scr_review where outcome = 'NOT_THIS_PERSON';
