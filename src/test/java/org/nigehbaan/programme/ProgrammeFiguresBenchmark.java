package org.nigehbaan.programme;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.controllist.ControlListFiguresService;
import org.nigehbaan.cooperation.CooperationFiguresService;
import org.nigehbaan.register.RegisterFiguresService;
import org.nigehbaan.screening.ScreeningFigures;
import org.nigehbaan.screening.ScreeningFiguresService;
import org.nigehbaan.screening.index.ScreeningIndex;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Figures for a year at national scale: {@code benchmark.listings} control-list entries (default 1,000,000) and
 * {@code benchmark.screenings} screenings (default 10,000,000, 3% referred, 1% stopped, two thirds of the
 * referrals reviewed), generated in SQL over 2023. Times each module's {@code figures} and
 * {@link ProgrammeService#figures} (all modules) beside the same-run reference: the naive queries over the raw
 * log (scr_screening grouped by day, purpose, point and decision; referrals joined to their reviews).
 *
 * <pre>flock /work/.bench.lock mvn -o -Pbenchmarks test -Dtest=ProgrammeFiguresBenchmark</pre>
 *
 * Seeding takes minutes; to seed once and time many runs, keep the database between runs:
 * <pre>flock /work/.bench.lock mvn -o -Pbenchmarks test -Dtest=ProgrammeFiguresBenchmark \
 *     -Dnigehbaan.embedded-db-ephemeral=false -Dnigehbaan.data-dir=/tmp/programme-bench</pre>
 * A later run on the same directory finds the seed and only times (new migrations apply first, so a rollup's
 * backfill is measured too). The seeded listings ended before today (expired in 2025 or removed), so that a
 * restart does not load a million entries into the screening index. Delete the directory to seed again.
 */
@Tag("benchmark")
@IntegrationTest
class ProgrammeFiguresBenchmark {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgrammeService programme;
    @Autowired
    ControlListFiguresService controlList;
    @Autowired
    ScreeningFiguresService screening;
    @Autowired
    RegisterFiguresService register;
    @Autowired
    CooperationFiguresService cooperation;
    @Autowired
    ScreeningIndex index;
    @Autowired
    TestUsers users;

    static final ReportingPeriod YEAR = new ReportingPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    static final int ROUNDS = 5;
    static final int REFERENCE_ROUNDS = 3;

    @Test
    void aYearOfFiguresAtNationalScale() {
        int listings = Integer.getInteger("benchmark.listings", 1_000_000);
        int screenings = Integer.getInteger("benchmark.screenings", 10_000_000);
        Actor analyst = users.user(Role.ANALYST);
        seedUnlessSeeded(listings, screenings);
        await().atMost(Duration.ofMinutes(10)).until(index::isReady);

        Map<String, Supplier<Object>> work = new LinkedHashMap<>();
        work.put("controlList", () -> controlList.figures(YEAR, analyst));
        work.put("screening", () -> screening.figures(YEAR, analyst));
        work.put("register", () -> register.figures(YEAR, analyst));
        work.put("cooperation", () -> cooperation.figures(YEAR, analyst));
        work.put("all modules (ProgrammeService.figures)", () -> programme.figures(YEAR, null, analyst));
        Map<String, List<Double>> times = new LinkedHashMap<>();
        work.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        List<Double> naive = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            work.forEach((k, w) -> times.get(k).add(time(w)));
            if (i < REFERENCE_ROUNDS) {
                naive.add(time(this::naiveScreeningFigures));
            }
        }
        System.out.printf("BENCHMARK %,d listings, %,d screenings; figures for %s..%s, median of %d (ms):%n",
                listings, screenings, YEAR.from(), YEAR.to(), ROUNDS);
        times.forEach((k, t) -> System.out.printf("BENCHMARK   %-40s %8.0f  %s%n", k, median(t), rounded(t)));
        System.out.printf("BENCHMARK   %-40s %8.0f  %s (median of %d)%n",
                "reference: naive screening queries", median(naive), rounded(naive), REFERENCE_ROUNDS);

        ScreeningFigures s = screening.figures(YEAR, analyst);
        assertThat(s.totals().screenings().value().getAsDouble()).as("every screening counted").isEqualTo(screenings);
        assertThat((long) s.referrals().referrals().value().getAsDouble()).as("every referral counted")
                .isEqualTo(jdbc.queryForObject("select count(*) from scr_screening where decision = 'REFER' and at >= ? and at < ?",
                        Long.class, java.sql.Timestamp.from(YEAR.start()), java.sql.Timestamp.from(YEAR.endExclusive())));
        assertThat(median(times.get("all modules (ProgrammeService.figures)"))).as("figures for a year within 2 s")
                .isLessThan(2_000);
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

    /** Seeds, unless a finished seed of the same size is there (bench_seed, written last, says so). */
    private void seedUnlessSeeded(int listings, int screenings) {
        jdbc.execute("create table if not exists bench_seed (listings int not null, screenings int not null)");
        List<Map<String, Object>> seeded = jdbc.queryForList("select listings, screenings from bench_seed");
        if (seeded.equals(List.of(Map.of("listings", listings, "screenings", screenings)))) {
            System.out.printf("BENCHMARK reusing the seeded database (%,d listings, %,d screenings)%n", listings, screenings);
            return;
        }
        long have = jdbc.queryForObject("select count(*) from cl_entry where external_id like 'BENCH-%'", Long.class)
                + jdbc.queryForObject("select count(*) from scr_screening where officer = 'bench'", Long.class);
        assertThat(have).as("this database holds another or an unfinished seed %s: delete its data directory", seeded)
                .isZero();
        long t0 = System.nanoTime();
        seed(listings, screenings);
        jdbc.update("insert into bench_seed values (?, ?)", listings, screenings);
        System.out.printf("BENCHMARK seeded %,d listings and %,d screenings in %.0f s%n", listings, screenings,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Everything generated in SQL from the row number g, in key order (ordered ids, increasing times), so the
     * inserts append to their indexes: activations and screenings spread evenly over 2023, screenings spread over
     * 10 points, 3 purposes, 3 decisions and degraded mode independently (every rollup cell of a day is filled).
     */
    private void seed(int listings, int screenings) {
        String start = "timestamptz '2023-01-01 00:00:00+05'";
        String activated = start + " + ((g - 1)::bigint * 31536000 / " + listings + ") * interval '1 second'";
        step("cl_entry", () -> jdbc.update("""
                insert into cl_entry (external_id, list, ground, status, full_name, legal_basis, referring_agency, reason,
                    effective_from, expires_on, expires_at, proposed_by, proposed_at, activated_at, ended_at, search_text)
                select 'BENCH-' || g, case when g %% 3 = 0 then 'ECL' else 'PCL' end,
                       case when g %% 3 = 0 then 'CORRUPTION' else 'DEPORTED_ILLEGAL_MIGRATION' end,
                       case when g %% 10 = 0 then 'REMOVED' else 'EXPIRED' end,
                       'Bench Person ' || g, 'Passports Rules 2021 r.22', 'FIA', 'benchmark',
                       (a at time zone 'Asia/Karachi')::date - (g %% 60),
                       (a at time zone 'Asia/Karachi')::date + 700,
                       ((a at time zone 'Asia/Karachi')::date + 700)::timestamp at time zone 'Asia/Karachi',
                       'bench', a, a,
                       case when g %% 10 = 0 then a + interval '20 days' end,
                       'bench person ' || g
                from (select g, %s as a from generate_series(1, ?) g) s""".formatted(activated), listings));
        String at = start + " + ((g - 1)::bigint * 31536000 / " + screenings + ") * interval '1 second'";
        String[] points = {"ISB", "LHE", "KHI", "PEW", "MUX", "SKT", "UET", "TORKHAM", "WAGAH", "GWD"};
        step("scr_screening", () -> jdbc.update("""
                insert into scr_screening (id, at, officer, agency, location, purpose, channel, traveller, decision, hits,
                    hit_count, took_micros, degraded, search_text)
                select %s, %s, 'bench', 'FIA',
                       (array%s)[1 + (g / 7) %% 10] || '-T1-C0' || (g %% 7),
                       case (g / 71) %% 5 when 0 then 'ENTRY' when 1 then 'PASSPORT_ISSUANCE' else 'EXIT' end, 'FORM',
                       '{"fullName":"Bench Traveller ' || g || '"}',
                       case when g %% 100 < 3 then 'REFER' when g %% 100 = 3 then 'STOP' else 'CLEAR' end,
                       '{"hits":[],"setAsideByReview":[]}', case when g %% 100 < 4 then 1 else 0 end, 900,
                       (g / 13) %% 1000 = 0, 'bench traveller ' || g
                from generate_series(1, ?) g""".formatted(uuid("g"), at, toArray(points)), screenings));
        // Two thirds of the referrals reviewed 0-119 minutes later, one in ten of those confirmed.
        step("scr_review", () -> jdbc.update("""
                insert into scr_review (screening_id, hit_key, outcome, note, reviewer, at, fingerprints)
                select %s, 'CL-' || (100000000 + g), case when (g / 100) %% 10 = 1 then 'CONFIRMED' else 'NOT_THIS_PERSON' end,
                       'bench', 'bench', %s + ((g::bigint * 7919) %% 7200) * interval '1 second', '{}'
                from generate_series(1, ?) g where g %% 100 < 3 and (g / 100) %% 3 <> 0""".formatted(uuid("g"), at),
                screenings));
        // The read models as the log writer and the reviews keep them (ScreeningFiguresRollup), built here in one
        // statement each; the control lists' per-day counts are kept by cl_entry's triggers.
        step("scr_screening_day", () -> jdbc.update("""
                insert into scr_screening_day (day, purpose, point, decision, degraded, screenings)
                select (at at time zone 'Asia/Karachi')::date, purpose, split_part(location, '-', 1), decision, degraded,
                       count(*)
                from scr_screening where officer = 'bench' group by 1, 2, 3, 4, 5
                on conflict (day, purpose, point, decision, degraded)
                do update set screenings = scr_screening_day.screenings + excluded.screenings"""));
        step("scr_referral", () -> jdbc.update("""
                insert into scr_referral (screening_id, at, day, purpose, point, hit_count, first_review_at, confirmed,
                    cleared_hits)
                select s.id, s.at, (s.at at time zone 'Asia/Karachi')::date, s.purpose, split_part(s.location, '-', 1),
                       s.hit_count, r.first_review_at, coalesce(r.confirmed, false), coalesce(r.cleared_hits, 0)
                from scr_screening s
                left join (select screening_id, min(at) as first_review_at, bool_or(outcome = 'CONFIRMED') as confirmed,
                                  count(distinct hit_key) filter (where outcome = 'NOT_THIS_PERSON') as cleared_hits
                           from scr_review group by screening_id) r on r.screening_id = s.id
                where s.officer = 'bench' and s.decision = 'REFER'"""));
        for (String table : List.of("cl_entry", "scr_screening", "scr_screening_day", "scr_referral", "scr_review")) {
            step("vacuum analyze " + table, () -> {
                jdbc.execute("vacuum analyze " + table);
                return 0;
            });
        }
    }

    /** An ordered uuid made from the row number, the same for a screening and its review. */
    private static String uuid(String g) {
        return "('00000000-0000-4000-8000-' || lpad(to_hex(" + g + "), 12, '0'))::uuid";
    }

    private static void step(String what, Supplier<Integer> work) {
        long t = System.nanoTime();
        int rows = work.get();
        System.out.printf("BENCHMARK   seed %-28s %,12d rows %6.0f s%n", what, rows, (System.nanoTime() - t) / 1e9);
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

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
