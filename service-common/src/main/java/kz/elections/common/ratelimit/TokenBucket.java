package kz.elections.common.ratelimit;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A client's allowance under one limit: {@code capacity} requests, refilled evenly over {@code window},
 * so a client who waited a whole window may again make {@code capacity} requests at once, and one who
 * keeps calling gets {@code capacity} per window on average.
 */
final class TokenBucket {

    private final int capacity;
    private final double perMilli;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, Duration window, long now) {
        this.capacity = capacity;
        this.perMilli = capacity / (double) Math.max(1, window.toMillis());
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes one request's token at {@code now} (epoch millis); if none is left, how many millis until one is. */
    synchronized OptionalLong take(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * perMilli);
            updatedAt = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) Math.ceil((1 - tokens) / perMilli));
    }
}
