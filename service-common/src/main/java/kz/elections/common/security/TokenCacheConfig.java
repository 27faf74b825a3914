package kz.elections.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cache of verified bearer tokens ({@link VerifiedTokenCache}). */
@ConfigMapping(prefix = "tizim.token-cache")
public interface TokenCacheConfig {

    /** Off: every request's token is verified in full by quarkus-oidc, as before the cache. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Tokens a pod remembers; beyond that the least used are forgotten (and verified in full when they come back).
     * An entry holds the token and its claims, about 4 KB with Keycloak's tokens.
     */
    @WithDefault("10000")
    long maxSize();
}
