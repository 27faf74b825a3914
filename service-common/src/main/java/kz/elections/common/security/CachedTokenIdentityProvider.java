package kz.elections.common.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the bearer tokens of the default OIDC tenant (the API's, audience = this service) from
 * {@link VerifiedTokenCache}, and verifies the others exactly as quarkus-oidc always does.
 * <p>
 * quarkus-oidc's {@code OidcAuthenticationMechanism} still runs for every request: it resolves the tenant by path (or by
 * the pages' session cookie), takes the bearer token and asks the identity providers for an identity; on failure its
 * challenge is the 401 with {@code WWW-Authenticate} it always was. This provider comes first among them. For a bearer
 * access token of the default tenant it answers from the cache, or has quarkus-oidc's own provider verify the token in
 * full and remembers the result only if that succeeded. For anything else (the pages' {@code web} tenant, whose cookie
 * sign-in and bearer tokens go on as before; a certificate- or DPoP-bound token) it declines and quarkus-oidc's provider
 * answers, as without the cache. The augmentors and every role and claim check run after it on every request alike.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** The tenant quarkus-oidc names from the unnamed {@code quarkus.oidc.*} configuration. */
    static final String DEFAULT_TENANT = "Default";

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final VerifiedTokenCache cache;
    private final OidcIdentityProvider oidc;

    @Inject
    public CachedTokenIdentityProvider(VerifiedTokenCache cache, OidcIdentityProvider oidc) {
        this.cache = cache;
        this.oidc = oidc;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of quarkus-oidc's provider, which has the default priority. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        OidcTenantConfig tenant = http == null ? null : http.get(OidcTenantConfig.class.getName());
        if (!cache.enabled() || !(request.getToken() instanceof AccessTokenCredential bearer) || !cacheable(tenant)) {
            return Uni.createFrom().nullItem();
        }
        String token = bearer.getToken();
        Optional<SecurityIdentity> verified = cache.find(DEFAULT_TENANT, token);
        if (verified.isPresent()) {
            return Uni.createFrom().item(forRequest(verified.get(), http, context));
        }
        return oidc.authenticate(request, context).invoke(identity -> {
            if (identity != null) {
                cache.remember(DEFAULT_TENANT, token, forRequest(identity, null, null), tenant.token().age());
            }
        });
    }

    /** The API's tenant, with bearer tokens bound to nothing but themselves. */
    private static boolean cacheable(OidcTenantConfig tenant) {
        return tenant != null
                && DEFAULT_TENANT.equals(tenant.tenantId().orElse(DEFAULT_TENANT))
                && !tenant.token().binding().certificate()
                && "Bearer".equalsIgnoreCase(tenant.token().authorizationScheme());
    }

    /**
     * The verified identity with this request's HTTP and authentication contexts, as quarkus-oidc attaches them, or
     * with none ({@code http == null}) to be cached, so that the cache keeps no request alive. A copy of what makes
     * quarkus-oidc's identity: principal, roles, credentials, permissions (its only permission checks) and attributes.
     */
    private static SecurityIdentity forRequest(SecurityIdentity identity, RoutingContext http, AuthenticationRequestContext context) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions())
                .setAnonymous(identity.isAnonymous());
        identity.getAttributes().forEach((name, value) -> {
            if (!ROUTING_CONTEXT.equals(name) && !REQUEST_CONTEXT.equals(name)) {
                copy.addAttribute(name, value);
            }
        });
        if (http != null) {
            http.put(REQUEST_CONTEXT, context);
            copy.addAttribute(ROUTING_CONTEXT, http).addAttribute(REQUEST_CONTEXT, context);
        }
        return copy.build();
    }
}
