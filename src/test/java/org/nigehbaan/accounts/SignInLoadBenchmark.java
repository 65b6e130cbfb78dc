package org.nigehbaan.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Border counters under password guessing: screening throughput (two counter threads over HTTP, Basic
 * credentials as a counter sends them) unloaded, then while a client at another address sends 200 wrong
 * passwords a second. Prints both rates and their ratio, and how the guesser's requests were answered.
 * {@code mvn -Pbenchmarks test -Dtest=SignInLoadBenchmark} ({@code -Dsignin.seconds=N}, default 30).
 */
@IntegrationTest
@Tag("benchmark")
class SignInLoadBenchmark {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @Test
    void countersKeepScreeningWhileAClientGuessesPasswords() throws Exception {
        int seconds = Integer.getInteger("signin.seconds", 30);
        String counter = users.user(Role.BORDER_OFFICER).username();
        String officer = users.user(Role.LIST_OFFICER).username();
        String approver = users.user(Role.LIST_APPROVER).username();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        for (int i = 0; i < 50; i++) {
            long id = api.post(officer, "/api/v1/control-list/entries", Map.of("list", "PCL", "ground", "PASSPORT_MISUSE",
                    "person", Map.of("fullName", "Benchmark Listed Person " + i, "dateOfBirth", "1970-01-01"),
                    "legalBasis", "Passports Rules 2021 r.22", "referringAgency", "FIA", "reason", "benchmark",
                    "effectiveFrom", today.toString(), "noticeServedOn", today.toString())).json().get("id").asLong();
            assertThat(api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null).status()).isEqualTo(200);
        }
        for (int i = 0; i < 300 && !api.get(counter, "/api/v1/screenings/status").json().get("ready").asBoolean(); i++) {
            Thread.sleep(100);
        }
        screen(counter, 5); // warm-up
        double unloaded = screen(counter, seconds);

        AtomicBoolean guessing = new AtomicBoolean(true);
        AtomicLong sent = new AtomicLong();
        AtomicLong refused429 = new AtomicLong();
        AtomicLong refused401 = new AtomicLong();
        URI base = URI.create(api.baseUrl());
        Thread guesser = new Thread(() -> {
            long next = System.nanoTime();
            while (guessing.get()) {
                int status = guess(base, "guess-" + sent.get() % 7, "wrong-password-" + sent.get());
                sent.incrementAndGet();
                if (status == 429) {
                    refused429.incrementAndGet();
                } else if (status == 401) {
                    refused401.incrementAndGet();
                }
                next += 5_000_000L; // 200 a second
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "password-guesser");
        guesser.start();
        Thread.sleep(2_000);
        long sentBefore = sent.get();
        long start = System.nanoTime();
        double loaded = screen(counter, seconds);
        double guessRate = (sent.get() - sentBefore) / ((System.nanoTime() - start) / 1e9);
        guessing.set(false);
        guesser.join();

        System.out.printf("screening, 2 counter threads: unloaded %.1f/s; with %.0f wrong passwords/s from another "
                        + "address %.1f/s (%.1f%% of unloaded); guesser answered 401 x%d, 429 x%d%n",
                unloaded, guessRate, loaded, 100 * loaded / unloaded, refused401.get(), refused429.get());
        assertThat(guessRate).as("the guesser kept up its rate").isGreaterThan(150);
        assertThat(loaded / unloaded).as("counters keep at least 80% of their unloaded rate").isGreaterThanOrEqualTo(0.8);
    }

    private double screen(String counter, int seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[2];
        for (int t = 0; t < threads.length; t++) {
            int n = t;
            threads[t] = new Thread(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    ApiClient.Response r = api.post(counter, "/api/v1/screenings", Map.of("purpose", "EXIT",
                            "traveller", Map.of("fullName", "Traveller Number " + n + "-" + i++, "dateOfBirth", "1980-05-05")));
                    if (r.status() == 200) {
                        done.incrementAndGet();
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return done.get() / (double) seconds;
    }

    /** One Basic request from 127.0.0.2 (another client address than the counters' 127.0.0.1), on a new connection. */
    private static int guess(URI base, String user, String password) {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            s.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 2_000);
            s.setSoTimeout(10_000);
            String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/v1/screenings/status HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(12);
            in.readAllBytes();
            return Integer.parseInt(new String(head, StandardCharsets.US_ASCII).substring(9, 12));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
