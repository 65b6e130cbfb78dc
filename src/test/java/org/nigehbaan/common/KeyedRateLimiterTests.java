package org.nigehbaan.common;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nigehbaan.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class KeyedRateLimiterTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aKeySpendsItsBurstThenWaitsForTheRefill() {
        KeyedRateLimiter limiter = new KeyedRateLimiter(3, Duration.ofMinutes(1), 100, clock);
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.wouldAllow("10.0.0.1")).isFalse();
        assertThat(limiter.retryAfter("10.0.0.1")).isEqualTo(Duration.ofSeconds(20));

        clock.advance(Duration.ofSeconds(20));
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }

    @Test
    void oneKeyNeverSpendsAnothersPermits() {
        KeyedRateLimiter limiter = new KeyedRateLimiter(1, Duration.ofMinutes(1), 100, clock);
        assertThat(limiter.tryAcquire("guesser")).isTrue();
        assertThat(limiter.tryAcquire("guesser")).isFalse();
        assertThat(limiter.tryAcquire("counter-7")).isTrue();
        assertThat(limiter.retryAfter("counter-8")).isEqualTo(Duration.ZERO);
    }

    @Test
    void resetForgetsAKey() {
        KeyedRateLimiter limiter = new KeyedRateLimiter(1, Duration.ofHours(1), 100, clock);
        limiter.tryAcquire("a");
        assertThat(limiter.wouldAllow("a")).isFalse();
        limiter.reset("a");
        assertThat(limiter.wouldAllow("a")).isTrue();
    }

    @Test
    void memoryStaysBoundedAndRefilledKeysGoFirst() {
        KeyedRateLimiter limiter = new KeyedRateLimiter(2, Duration.ofMinutes(1), 3, clock);
        limiter.tryAcquire("spent");
        limiter.tryAcquire("spent");
        limiter.tryAcquire("b");
        limiter.tryAcquire("c");
        clock.advance(Duration.ofMinutes(1));
        limiter.tryAcquire("spent");
        limiter.tryAcquire("spent");
        limiter.tryAcquire("d");
        assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(3);
        assertThat(limiter.wouldAllow("spent")).isFalse();
    }
}
