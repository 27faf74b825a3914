package kz.elections.common.ratelimit;

import java.util.OptionalLong;

import jakarta.enterprise.context.RequestScoped;

/**
 * The Retry-After of a request refused by a rate limit. Kept for the request rather than read from the
 * problem body, because a page that called the limited method answers with its own HTML, not the problem.
 */
@RequestScoped
public class RetryAfter {

    private OptionalLong seconds = OptionalLong.empty();

    void set(long seconds) {
        this.seconds = OptionalLong.of(seconds);
    }

    OptionalLong seconds() {
        return seconds;
    }
}
