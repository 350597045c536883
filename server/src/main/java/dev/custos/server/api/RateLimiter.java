package dev.custos.server.api;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per API token: {@code perSecond} calls a second on average, bursts up to {@code burst}. In memory
 * (per coordinator process); a refusal is a 429 that says when to retry.
 */
final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final Clock clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double perSecond, double burst, Clock clock) {
        if (!(perSecond > 0) || !(burst >= 1)) {
            throw new IllegalArgumentException("rate limit needs perSecond > 0 and burst >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
    }

    void acquire(String tokenHash) {
        Bucket bucket = buckets.computeIfAbsent(tokenHash, ignored -> new Bucket(burst, clock.millis()));
        synchronized (bucket) {
            long now = clock.millis();
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updatedAt) * perSecond / 1000.0);
            bucket.updatedAt = now;
            if (bucket.tokens < 1) {
                long waitMillis = (long) Math.ceil((1 - bucket.tokens) * 1000.0 / perSecond);
                throw new ApiException(
                        429, "rate_limited", "too many requests for this token; retry in " + waitMillis + " ms");
            }
            bucket.tokens -= 1;
        }
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
