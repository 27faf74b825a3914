package kz.elections.common.ratelimit;

import kz.elections.common.Problem;
import kz.elections.common.ProblemException;

/** A 429 rate-limited problem that also knows the Retry-After the response carries. */
public class RateLimitedException extends ProblemException {

    private final long retryAfterSeconds;

    RateLimitedException(Problem problem, long retryAfterSeconds) {
        super(problem);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
