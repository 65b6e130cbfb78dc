package org.nigehbaan.register;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.register.RegisterTestData.conviction;
import static org.nigehbaan.register.RegisterTestData.registration;
import static org.nigehbaan.register.RegisterTestData.typed;

/**
 * How the register behaves with many registrants: registration rate, loading every identity for a screening
 * index, purpose-bound search latency, and the daily job. The default build runs a smoke version with 200
 * registrants; for the figures in docs/register.md run
 * {@code mvn -B test -Dtest=RegisterLoadIntegrationTests -Dnigehbaan.register.load=20000}.
 */
@IntegrationTest
class RegisterLoadIntegrationTests {

    static final String[] GIVEN = {"Muhammad", "Ahmed", "Ali", "Hassan", "Hussain", "Bilal", "Usman", "Imran",
            "Kamran", "Tariq", "Zahid", "Asif", "Naveed", "Shahid", "Faisal", "Irfan", "Rizwan", "Sajid", "Waqas",
            "Yousaf", "Abdul", "Ghulam", "Rashid", "Javed", "Khalid", "Nadeem", "Amir", "Saleem", "Arshad", "Adnan"};
    static final String[] FAMILY = {"Khan", "Qureshi", "Chaudhry", "Butt", "Malik", "Sheikh", "Awan", "Abbasi",
            "Rana", "Mirza", "Siddiqui", "Raza", "Baig", "Shah", "Gill", "Dar", "Bhatti", "Cheema", "Niazi", "Jatoi"};

    @Autowired
    RegisterService register;
    @Autowired
    DisclosureService disclosure;
    @Autowired
    ComplianceService compliance;
    @Autowired
    RegisterDirectory directory;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registrationLoadingSearchAndTheDailyJobScale() {
        int n = Integer.getInteger("nigehbaan.register.load", 200);
        String district = "Load District " + System.nanoTime();
        Actor officer = users.user("reg.load", "NPB", null, Role.REGISTER_OFFICER);
        Actor admin = users.user("register.admin", Role.ADMIN);
        // the officer acts in this run's own district, so that searches see only this run's registrants
        officer = new Actor(officer.userId(), officer.username(), officer.displayName(), officer.agency(), district,
                officer.roles());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Karachi")));
        Random random = new Random(42);
        String[] dispositions = {"IMPRISONMENT", "CAUTION", "OTHER", "LIFE_IMPRISONMENT"};
        String[] offences = {"PPC 376", "PPC 377B", "PECA 22", "PPC 292B", "PPC 371A"};
        List<String> names = new ArrayList<>(n);

        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String name = GIVEN[random.nextInt(GIVEN.length)] + " " + GIVEN[random.nextInt(GIVEN.length)] + " "
                    + FAMILY[random.nextInt(FAMILY.length)];
            names.add(name);
            String disposal = dispositions[random.nextInt(dispositions.length)];
            Map<String, Object> c = disposal.equals("IMPRISONMENT")
                    ? conviction(offences[i % offences.length], today.minusDays(1 + random.nextInt(900)), disposal,
                    1 + random.nextInt(60), "MONTHS")
                    : conviction(offences[i % offences.length], today.minusDays(1 + random.nextInt(600)), disposal, null, null);
            register.register(typed(registration(name, district, c)), officer);
        }
        double registerMs = (System.nanoTime() - t0) / 1e6;

        long t1 = System.nanoTime();
        AtomicLong loaded = new AtomicLong();
        directory.forEachNotifiableIdentity(identity -> loaded.incrementAndGet());
        double loadMs = (System.nanoTime() - t1) / 1e6;
        assertThat(loaded.get()).isGreaterThanOrEqualTo(n);

        int searches = Math.min(200, n);
        long[] micros = new long[searches];
        int found = 0;
        for (int i = 0; i < searches; i++) {
            String name = names.get(random.nextInt(names.size()));
            long s = System.nanoTime();
            SearchResult r = disclosure.search(new SearchRequest("OFFENDER_MANAGEMENT", null, null, null, null, null,
                    null, null, null, name, null, null, null), officer);
            micros[i] = (System.nanoTime() - s) / 1_000;
            found += r.results().stream().anyMatch(h -> h.fullName().equals(name)) ? 1 : 0;
        }
        Arrays.sort(micros);
        assertThat(found).as("every searched name finds its registrant").isEqualTo(searches);

        long t2 = System.nanoTime();
        ComplianceRun quiet = compliance.runDailyCompliance(admin);
        double quietMs = (System.nanoTime() - t2) / 1e6;
        clock.advance(Duration.ofDays(3));
        long t3 = System.nanoTime();
        ComplianceRun breaching = compliance.runDailyCompliance(admin);
        double breachMs = (System.nanoTime() - t3) / 1e6;
        assertThat(breaching.breachesRaised()).isGreaterThanOrEqualTo((int) (n * 0.5));

        System.out.printf("REGISTER LOAD n=%d: register %.1f/s (%.0f ms); stream %d identities %.0f ms; "
                        + "search p50 %.2f ms p95 %.2f ms max %.2f ms (%d searches); daily job %.0f ms quiet, "
                        + "%.0f ms raising %d breaches%n", n, n / (registerMs / 1000), registerMs, loaded.get(), loadMs,
                micros[searches / 2] / 1000.0, micros[(int) (searches * 0.95)] / 1000.0, micros[searches - 1] / 1000.0,
                searches, quietMs, breachMs, breaching.breachesRaised());
        assertThat(quiet.day()).isEqualTo(today);
    }
}
