package kz.elections.common.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import kz.elections.common.Problem;
import kz.elections.common.ProblemException;

/**
 * Keeps one {@link TokenBucket} per limit and client in a bounded cache. A bucket untouched for longer
 * than its window would be full again anyway, so forgetting it loses nothing.
 */
@ApplicationScoped
public class RateLimiter {

    /** The metric counting refused requests, tagged with the limit and whether the client is a subject or an address. */
    public static final String HITS = "tizim.rate.limit.hits";

    private final RateLimitConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final Cache<String, TokenBucket> buckets;

    @Inject
    public RateLimiter(RateLimitConfig config, Clock clock, MeterRegistry metrics) {
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
        Duration longest = config.limits().keySet().stream().map(config::windowOf)
                .reduce(config.window(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxClients()).expireAfterAccess(longest).build();
    }

    /** The client kinds a limit counts by; the metrics name only these, never the client. */
    public enum ClientKind {
        SUBJECT, ADDRESS
    }

    /** Takes one request from {@code client}'s allowance under {@code limit}, or refuses it with 429 rate-limited. */
    public void acquire(String limit, ClientKind kind, String client) {
        if (!config.enabled()) {
            return;
        }
        int requests = config.requestsOf(limit);
        Duration window = config.windowOf(limit);
        long now = clock.millis();
        TokenBucket bucket = buckets.get(limit + '|' + kind + '|' + client, k -> new TokenBucket(requests, window, now));
        OptionalLong wait = bucket.take(now);
        if (wait.isPresent()) {
            Counter.builder(HITS).description("Requests refused because the client exceeded a rate limit")
                    .tag("limit", limit).tag("client", kind.name().toLowerCase(java.util.Locale.ROOT))
                    .register(metrics).increment();
            throw refusal(limit, requests, window, Math.max(1, (wait.getAsLong() + 999) / 1000));
        }
    }

    private static ProblemException refusal(String limit, int requests, Duration window, long retryAfterSeconds) {
        Problem problem = Problem.of(429, "rate-limited", "Too many requests",
                "Rate limit " + limit + " allows " + requests + " requests per " + window.toSeconds() + " s from one client; retry in "
                        + retryAfterSeconds + " s")
                .withExtensions(Map.of("limit", limit, "requests", requests, "windowSeconds", window.toSeconds(),
                        "retryAfterSeconds", retryAfterSeconds));
        return new RateLimitedException(problem, retryAfterSeconds);
    }
}
