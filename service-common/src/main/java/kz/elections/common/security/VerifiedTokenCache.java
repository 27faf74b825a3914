package kz.elections.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Identities of bearer tokens an OIDC tenant has verified in full, by tenant and exact token text, until the token's
 * own expiry. A tabulator or party agent sends many requests with one access token; verifying its RSA signature and
 * parsing its claims on each was a quarter of results-service's CPU during protocol intake. A token is found here
 * only while it has not expired by {@link Clock} (never after its {@code exp}, nor after {@code iat} + the tenant's
 * maximum token age); what was never verified is never here, so a forged, altered or refused token is checked in full
 * every time. Bounded in size: the least used entries are forgotten first.
 */
@ApplicationScoped
public class VerifiedTokenCache {

    /** Counts the requests whose token could be taken from the cache, tagged {@code result=hit} or {@code result=miss}. */
    public static final String REQUESTS = "tizim.token.cache.requests";
    /** The number of tokens held. */
    public static final String SIZE = "tizim.token.cache.size";

    private record Key(String tenant, String token) {
    }

    private record Entry(SecurityIdentity identity, Instant expiresAt) {
    }

    private final boolean enabled;
    private final Clock clock;
    private final Cache<Key, Entry> entries;
    private final Counter hits;
    private final Counter misses;

    @Inject
    public VerifiedTokenCache(TokenCacheConfig config, Clock clock, MeterRegistry metrics) {
        this(config.enabled(), config.maxSize(), clock, metrics);
    }

    VerifiedTokenCache(boolean enabled, long maxSize, Clock clock, MeterRegistry metrics) {
        this.enabled = enabled;
        this.clock = clock;
        // Eviction on the calling thread: a few map operations, and no task per request for the common pool.
        this.entries = Caffeine.newBuilder().maximumSize(maxSize).expireAfter(new UntilTokenExpiry(clock))
                .executor(Runnable::run).build();
        this.hits = requests(metrics, "hit");
        this.misses = requests(metrics, "miss");
        Gauge.builder(SIZE, this, VerifiedTokenCache::size).description("Verified bearer tokens held").register(metrics);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The identity {@code tenant} verified for {@code token}, if it did and the token has not expired since. */
    public Optional<SecurityIdentity> find(String tenant, String token) {
        Entry entry = entries.getIfPresent(new Key(tenant, token));
        // Caffeine forgets an entry at its expiry by its own ticker; this clock decides whether it is still good.
        if (entry == null || !clock.instant().isBefore(entry.expiresAt())) {
            misses.increment();
            return Optional.empty();
        }
        hits.increment();
        return Optional.of(entry.identity());
    }

    /**
     * Remembers what {@code tenant} verified for {@code token} until the token expires: its {@code exp}, or sooner
     * {@code iat} + {@code maxAge} when the tenant limits the age of tokens. A token without {@code exp} is not kept.
     */
    public void remember(String tenant, String token, SecurityIdentity identity, Optional<Duration> maxAge) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant expiresAt = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (maxAge.isPresent()) {
            if (jwt.getIssuedAtTime() <= 0) {
                return;
            }
            Instant tooOld = Instant.ofEpochSecond(jwt.getIssuedAtTime()).plus(maxAge.get());
            expiresAt = tooOld.isBefore(expiresAt) ? tooOld : expiresAt;
        }
        if (clock.instant().isBefore(expiresAt)) {
            entries.put(new Key(tenant, token), new Entry(identity, expiresAt));
        }
    }

    /** The tokens held now, expired and evicted ones gone. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private static Counter requests(MeterRegistry metrics, String result) {
        return Counter.builder(REQUESTS).description("Bearer-token requests served from the cache of verified tokens (hit) or verified in full (miss)")
                .tag("result", result).register(metrics);
    }

    /** Caffeine drops an entry when its token expires, so expired tokens do not take the room of live ones. */
    private record UntilTokenExpiry(Clock clock) implements Expiry<Key, Entry> {

        @Override
        public long expireAfterCreate(Key key, Entry entry, long currentTime) {
            // saturates instead of overflowing for a token that expires in centuries
            return Math.max(0, TimeUnit.NANOSECONDS.convert(Duration.between(clock.instant(), entry.expiresAt())));
        }

        @Override
        public long expireAfterUpdate(Key key, Entry entry, long currentTime, long currentDuration) {
            return expireAfterCreate(key, entry, currentTime);
        }

        @Override
        public long expireAfterRead(Key key, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
