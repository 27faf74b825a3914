package kz.elections.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    private final SetClock clock = new SetClock(NOW);
    private final MeterRegistry metrics = new SimpleMeterRegistry();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(true, 100, clock, metrics);

    @Test
    void findsAVerifiedTokenUntilTheSecondItExpires() {
        SecurityIdentity identity = identity(NOW.minusSeconds(60), NOW.plusSeconds(300));
        cache.remember("Default", "token-a", identity, Optional.empty());

        assertSame(identity, cache.find("Default", "token-a").orElseThrow());
        clock.set(NOW.plusSeconds(299).plusMillis(999));
        assertTrue(cache.find("Default", "token-a").isPresent());
        clock.set(NOW.plusSeconds(300));
        assertFalse(cache.find("Default", "token-a").isPresent(), "not at its exp");
        assertEquals(2, count("hit"));
        assertEquals(1, count("miss"));
    }

    @Test
    void findsNothingForATokenItWasNotGiven() {
        cache.remember("Default", "token-a", identity(NOW, NOW.plusSeconds(300)), Optional.empty());

        assertFalse(cache.find("Default", "token-b").isPresent());
        assertFalse(cache.find("Default", "token-a ").isPresent());
        assertEquals(2, count("miss"));
    }

    @Test
    void keepsEachTenantsVerificationsApart() {
        cache.remember("Default", "token-a", identity(NOW, NOW.plusSeconds(300)), Optional.empty());

        assertFalse(cache.find("web", "token-a").isPresent());
        assertTrue(cache.find("Default", "token-a").isPresent());
    }

    @Test
    void keepsNoTokenThatHasAlreadyExpiredOrHasNoExpiry() {
        cache.remember("Default", "expired", identity(NOW.minusSeconds(600), NOW), Optional.empty());
        cache.remember("Default", "forever", identity(NOW, null), Optional.empty());

        assertFalse(cache.find("Default", "expired").isPresent());
        assertFalse(cache.find("Default", "forever").isPresent());
        assertEquals(0, cache.size());
    }

    @Test
    void aTenantsMaximumTokenAgeEndsAnEntryBeforeItsExpiry() {
        cache.remember("Default", "token-a", identity(NOW.minusSeconds(60), NOW.plusSeconds(3600)), Optional.of(Duration.ofMinutes(2)));

        clock.set(NOW.plusSeconds(59));
        assertTrue(cache.find("Default", "token-a").isPresent());
        clock.set(NOW.plusSeconds(60));
        assertFalse(cache.find("Default", "token-a").isPresent(), "issued 2 minutes ago");
    }

    @Test
    void holdsAtMostItsMaximumSize() {
        VerifiedTokenCache small = new VerifiedTokenCache(true, 3, clock, new SimpleMeterRegistry());
        for (int i = 0; i < 10; i++) {
            small.remember("Default", "token-" + i, identity(NOW, NOW.plusSeconds(300)), Optional.empty());
        }

        assertEquals(3, small.size());
    }

    private double count(String result) {
        return metrics.get(VerifiedTokenCache.REQUESTS).tag("result", result).counter().count();
    }

    private static SecurityIdentity identity(Instant issuedAt, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("user-1");
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        if (expiresAt != null) {
            claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims)).addRole("tabulator").build();
    }

    /** A clock a test sets. */
    private static final class SetClock extends Clock {

        private volatile Instant now;

        SetClock(Instant now) {
            this.now = now;
        }

        void set(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
