package kz.elections.results;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The service's clock in tests: the real time, or the real time shifted so that it reads a chosen instant,
 * for deadlines tested at their boundaries. A test that shifts it puts it back with {@link #reset()}.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    /** From now on the clock reads {@code instant}, and goes on from there. */
    public void moveTo(Instant instant) {
        shift = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }
}
