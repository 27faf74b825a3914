package kz.elections.common;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as far as decisions in this service need it: the token subject (for audit), the
 * roles, and the {@code party} and {@code territory} claims.
 */
@RequestScoped
public class Caller {

    public static final String PARTY_CLAIM = "party";
    public static final String TERRITORY_CLAIM = "territory";
    /** Keycloak's user name, which a commission knows a person by (an observer's accreditation names it). */
    public static final String USERNAME_CLAIM = "preferred_username";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    /** The user name the person signs in with (Keycloak's {@code preferred_username}); the subject if the token has none. */
    public String username() {
        return claim(USERNAME_CLAIM).orElseGet(this::subject);
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> territory() {
        return claim(TERRITORY_CLAIM);
    }

    public boolean isCentralCommission() {
        return is(Roles.COMMISSION) && territory().filter(Roles.CENTRAL_TERRITORY::equals).isPresent();
    }

    /**
     * Whether a commission member may act on something in {@code unitCode}: the central commission
     * everywhere, a territorial one only in its own unit. {@code null} is national: central only.
     */
    public boolean mayActIn(String unitCode) {
        if (!is(Roles.COMMISSION)) {
            return false;
        }
        return isCentralCommission() || (unitCode != null && territory().filter(unitCode::equals).isPresent());
    }

    /** The party a party agent acts for; a token whose claim is missing or not a party id acts for none. */
    public Optional<UUID> party() {
        return claim(PARTY_CLAIM).flatMap(Ids::parse);
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        // JsonWebToken.getClaim looks a custom claim's name up among the standard ones with Enum.valueOf and builds
        // an exception for every miss (2.4 % of a protocol's CPU). A bearer token's identity is that token: its
        // claims are read directly; any other (a page's ID token, whose access token is `token`) as before.
        Object value = identity.getPrincipal() instanceof OidcJwtCallerPrincipal principal
                && principal.getRawToken().equals(token.getRawToken())
                        ? principal.getClaims().getClaimValue(name)
                        : token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", "")).filter(s -> !s.isBlank());
    }
}
