package org.nigehbaan.common;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a client address, a username): each key may spend {@code burst} permits at once and
 * earns them back at {@code burst} per {@code window}. Used where one client must not take a shared resource
 * from the others (password guessing against the counters' CPU, the public report form). Memory is bounded:
 * when more than {@code maxKeys} keys are tracked, buckets that have refilled completely are dropped first,
 * and if that is not enough the map is cleared (which errs towards letting clients through, never towards
 * locking out a client that did nothing).
 */
public final class KeyedRateLimiter {

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long lastNanos) {
            this.tokens = tokens;
            this.lastNanos = lastNanos;
        }
    }

    private final int burst;
    private final double tokensPerNano;
    private final int maxKeys;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public KeyedRateLimiter(int burst, Duration window, int maxKeys, Clock clock) {
        if (burst < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("burst, window and maxKeys must be positive");
        }
        this.burst = burst;
        this.tokensPerNano = burst / (double) window.toNanos();
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Takes one permit for the key; false when the key has none left (the caller answers 429). */
    public boolean tryAcquire(String key) {
        long now = nanos();
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            evictFull(now);
        }
        boolean[] granted = new boolean[1];
        buckets.compute(key, (k, b) -> {
            Bucket bucket = b == null ? new Bucket(burst, now) : refill(b, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                granted[0] = true;
            }
            return bucket;
        });
        return granted[0];
    }

    /** True when the key could take a permit now, without taking it. */
    public boolean wouldAllow(String key) {
        return tokens(key) >= 1;
    }

    /** How long until the key earns its next permit (for a Retry-After header). */
    public Duration retryAfter(String key) {
        double tokens = tokens(key);
        return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    /** Forgets a key (after a successful sign-in, say). */
    public void reset(String key) {
        buckets.remove(key);
    }

    int trackedKeys() {
        return buckets.size();
    }

    private double tokens(String key) {
        long now = nanos();
        Bucket b = buckets.computeIfPresent(key, (k, bucket) -> refill(bucket, now));
        return b == null ? burst : b.tokens;
    }

    private Bucket refill(Bucket b, long now) {
        long elapsed = Math.max(0, now - b.lastNanos);
        b.tokens = Math.min(burst, b.tokens + elapsed * tokensPerNano);
        b.lastNanos = now;
        return b;
    }

    private void evictFull(long now) {
        buckets.entrySet().removeIf(e -> {
            Bucket b = e.getValue();
            return b.tokens + Math.max(0, now - b.lastNanos) * tokensPerNano >= burst;
        });
        if (buckets.size() >= maxKeys) {
            buckets.clear();
        }
    }

    private long nanos() {
        // The injected clock (not System.nanoTime) so that tests can move time.
        java.time.Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
