-- Screening's namesake-redress figures at national scale (docs/programme.md, "Scale"): redress confirmed or revoked
-- in a period (ScreeningFiguresQueries.redressDecided) is counted from these indexes, not by reading every redress
-- record ever opened (one per "not this person" review: about 180,000 a year at 10,000,000 screenings).
create index scr_redress_confirmed_idx on scr_redress (confirmed_at) where confirmed_at is not null;
create index scr_redress_revoked_idx on scr_redress (revoked_at) where revoked_at is not null;
