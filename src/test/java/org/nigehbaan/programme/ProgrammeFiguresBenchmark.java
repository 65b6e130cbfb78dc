package org.nigehbaan.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures for a year at national scale: {@code benchmark.listings} control-list entries (default 1,000,000) and
 * {@code benchmark.screenings} screenings (default 10,000,000, 3% referred, 1% stopped, two thirds of the
 * referrals reviewed), generated in SQL for 2023. Times {@link ProgrammeService#figures} (every module, the
 * screening figures read from the daily rollup) beside the same-run reference: the naive queries over the raw
 * tables (scr_screening grouped by day, purpose, point and decision; referrals joined to their reviews).
 *
 * <pre>flock /work/.bench.lock mvn -Pbenchmarks test -Dtest=ProgrammeFiguresBenchmark</pre>
 */
@Tag("benchmark")
@IntegrationTest
class ProgrammeFiguresBenchmark {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgrammeService programme;
    @Autowired
    TestUsers users;

    static final ReportingPeriod YEAR = new ReportingPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

    @Test
    void aYearOfFiguresAtNationalScale() {
        int listings = Integer.getInteger("benchmark.listings", 1_000_000);
        int screenings = Integer.getInteger("benchmark.screenings", 10_000_000);
        Actor analyst = users.user(Role.ANALYST);
        long t0 = System.nanoTime();
        seed(listings, screenings);
        System.out.printf("BENCHMARK seeded %,d listings and %,d screenings in %.0f s%n", listings, screenings,
                (System.nanoTime() - t0) / 1e9);

        List<Double> figures = new ArrayList<>();
        List<Double> naive = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            figures.add(time(() -> programme.figures(YEAR, null, analyst)));
            naive.add(time(this::naiveScreeningFigures));
        }
        double f = median(figures);
        double n = median(naive);
        System.out.printf("BENCHMARK programme figures for %s..%s (all modules, rollup): median %.0f ms of %s%n",
                YEAR.from(), YEAR.to(), f, figures);
        System.out.printf("BENCHMARK reference, naive screening queries over scr_screening: median %.0f ms of %s%n", n, naive);
        var result = programme.figures(YEAR, null, analyst);
        System.out.println("BENCHMARK screenings counted: " + ((org.nigehbaan.screening.ScreeningFigures)
                result.modules().get(1).figures()).totals().screenings());
        assertThat(f).as("figures for a year within 2 s").isLessThan(2_000);
    }

    /** What the screening figures cost without the rollup: the log itself, grouped, and referrals with reviews. */
    private Object naiveScreeningFigures() {
        List<Object> out = new ArrayList<>();
        out.add(jdbc.queryForList("""
                select (at at time zone 'Asia/Karachi')::date, purpose, split_part(location, '-', 1), decision, degraded, count(*)
                from scr_screening where at >= ? and at < ? group by 1, 2, 3, 4, 5""",
                java.sql.Timestamp.from(YEAR.start()), java.sql.Timestamp.from(YEAR.endExclusive())));
        out.add(jdbc.queryForList("""
                with r as (select s.id, s.at, s.hit_count, min(v.at) as first_review,
                                  bool_or(v.outcome = 'CONFIRMED') as confirmed
                           from scr_screening s left join scr_review v on v.screening_id = s.id
                           where s.decision = 'REFER' and s.at >= ? and s.at < ? group by s.id, s.at, s.hit_count)
                select count(*), count(first_review), count(*) filter (where confirmed),
                       percentile_cont(0.5) within group (order by extract(epoch from first_review - at) / 60) from r""",
                java.sql.Timestamp.from(YEAR.start()), java.sql.Timestamp.from(YEAR.endExclusive())));
        return out;
    }

    private void seed(int listings, int screenings) {
        String start = "timestamptz '2023-01-01 00:00:00+05'";
        jdbc.update("""
                insert into cl_entry (external_id, list, ground, status, full_name, legal_basis, referring_agency, reason,
                    effective_from, expires_on, expires_at, proposed_by, proposed_at, activated_at, ended_at, search_text)
                select 'BENCH-' || g, case when g %% 3 = 0 then 'ECL' else 'PCL' end,
                       case when g %% 3 = 0 then 'CORRUPTION' else 'DEPORTED_ILLEGAL_MIGRATION' end,
                       case when g %% 10 = 0 then 'REMOVED' else 'ACTIVE' end,
                       'Bench Person ' || g, 'Passports Rules 2021 r.22', 'FIA', 'benchmark',
                       (%1$s + (g %% 365) * interval '1 day')::date - 10,
                       (%1$s + (g %% 365) * interval '1 day')::date + 1800,
                       %1$s + (g %% 365) * interval '1 day' + interval '1800 days',
                       'bench', %1$s + (g %% 365) * interval '1 day',
                       %1$s + (g %% 365) * interval '1 day',
                       case when g %% 10 = 0 then %1$s + (g %% 365) * interval '1 day' + interval '20 days' end,
                       'bench person ' || g
                from generate_series(1, ?) g""".formatted(start), listings);
        String[] points = {"ISB", "LHE", "KHI", "PEW", "MUX", "SKT", "UET", "TORKHAM", "WAGAH", "GWD"};
        jdbc.update("""
                insert into scr_screening (id, at, officer, agency, location, purpose, channel, traveller, decision, hits,
                    hit_count, took_micros, degraded, search_text)
                select gen_random_uuid(), %1$s + (g %% 31536000) * interval '1 second', 'bench', 'FIA',
                       (array%2$s)[1 + g %% 10] || '-T1-C0' || (g %% 7), 
                       case g %% 5 when 0 then 'ENTRY' when 1 then 'PASSPORT_ISSUANCE' else 'EXIT' end, 'FORM',
                       '{"fullName":"Bench Traveller ' || g || '"}',
                       case when g %% 100 < 3 then 'REFER' when g %% 100 = 3 then 'STOP' else 'CLEAR' end,
                       '{"hits":[],"setAsideByReview":[]}', case when g %% 100 < 4 then 1 else 0 end, 900,
                       g %% 1000 = 0, 'bench traveller ' || g
                from generate_series(1, ?) g""".formatted(start, toArray(points)), screenings);
        // The read models as the log writer keeps them (ScreeningFiguresRollup), built here in one statement.
        jdbc.update("""
                insert into scr_screening_day (day, purpose, point, decision, degraded, screenings)
                select (at at time zone 'Asia/Karachi')::date, purpose, split_part(location, '-', 1), decision, degraded,
                       count(*)
                from scr_screening where officer = 'bench' group by 1, 2, 3, 4, 5
                on conflict (day, purpose, point, decision, degraded)
                do update set screenings = scr_screening_day.screenings + excluded.screenings""");
        jdbc.update("""
                insert into scr_referral (screening_id, at, day, purpose, point, hit_count)
                select id, at, (at at time zone 'Asia/Karachi')::date, purpose, split_part(location, '-', 1), hit_count
                from scr_screening where officer = 'bench' and decision = 'REFER'""");
        jdbc.update("""
                insert into scr_review (screening_id, hit_key, outcome, note, reviewer, at, fingerprints)
                select id, 'CL-1', case when hit_count = 1 and random() < 0.1 then 'CONFIRMED' else 'NOT_THIS_PERSON' end,
                       'bench', 'bench', at + (random() * 120) * interval '1 minute', '{}'
                from scr_screening where officer = 'bench' and decision = 'REFER' and random() < 0.67""");
        jdbc.execute("vacuum analyze cl_entry");
        jdbc.execute("vacuum analyze scr_screening");
        jdbc.execute("vacuum analyze scr_screening_day");
        jdbc.execute("vacuum analyze scr_referral");
        jdbc.execute("vacuum analyze scr_review");
    }

    private static String toArray(String[] values) {
        return "['" + String.join("','", values) + "']";
    }

    private static double time(Supplier<Object> work) {
        long t = System.nanoTime();
        Object o = work.get();
        assertThat(o).isNotNull();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
