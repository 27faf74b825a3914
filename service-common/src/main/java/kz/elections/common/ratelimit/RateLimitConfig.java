package kz.elections.common.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits of {@link RateLimited} methods. Each pod counts on its own: with n replicas a client may
 * make up to n times the requests before every pod refuses, so the ingress limits the total.
 */
@ConfigMapping(prefix = "tizim.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests a client may make in one window, for a limit that names none of its own. */
    @WithDefault("30")
    int requests();

    /** The window in which {@link #requests()} are allowed; the allowance refills evenly over it. */
    @WithDefault("PT1M")
    Duration window();

    /** Clients (addresses and subjects) a pod remembers; beyond that the least recently seen are forgotten. */
    @WithDefault("100000")
    long maxClients();

    /** Per named limit ({@code tizim.rate-limit.limits.allocations.requests=60}), overriding the defaults above. */
    Map<String, Limit> limits();

    interface Limit {
        Optional<Integer> requests();

        Optional<Duration> window();
    }

    default int requestsOf(String limit) {
        return Optional.ofNullable(limits().get(limit)).flatMap(Limit::requests).orElse(requests());
    }

    default Duration windowOf(String limit) {
        return Optional.ofNullable(limits().get(limit)).flatMap(Limit::window).orElse(window());
    }
}
