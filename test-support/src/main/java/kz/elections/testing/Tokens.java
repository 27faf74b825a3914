package kz.elections.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed bearer tokens shaped like the Keycloak realm's: realm roles under {@code realm_access.roles},
 * {@code party} and {@code territory} claims, issuer {@value #ISSUER}. Services trust the matching
 * public key in their {@code %test} profile, so every test request goes through real signature,
 * issuer, audience and expiry checks.
 */
public final class Tokens {

    public static final String ISSUER = "https://tizim.test/realms/elections";

    private static final PrivateKey TRUSTED_KEY = loadTrustedKey();

    private final String audience;
    private String subject = "user-" + UUID.randomUUID();
    private List<String> roles = List.of();
    private final Map<String, Object> claims = new java.util.LinkedHashMap<>();
    private String issuer = ISSUER;
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
    private PrivateKey key = TRUSTED_KEY;
    private String keyId = "tizim-test";

    private Tokens(String audience) {
        this.audience = audience;
    }

    /** A token for the service whose audience is given (e.g. {@code registry-service}). */
    public static Tokens forAudience(String audience) {
        return new Tokens(audience);
    }

    public Tokens subject(String subject) {
        this.subject = subject;
        return this;
    }

    public Tokens roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public Tokens claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public Tokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public Tokens expiredAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /** Signs with a key the services do not trust, as a forged token would be. */
    public Tokens signedByStranger() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.key = generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Names another signing key in the header ({@code kid}), still signing with the trusted one. */
    public Tokens keyId(String keyId) {
        this.keyId = keyId;
        return this;
    }

    public String sign() {
        JwtClaimsBuilder builder = Jwt.issuer(issuer)
                .subject(subject)
                .audience(audience)
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15)))
                .expiresAt(expiresAt);
        claims.forEach(builder::claim);
        return builder.jws().keyId(keyId).sign(key);
    }

    private static PrivateKey loadTrustedKey() {
        try (InputStream in = Tokens.class.getResourceAsStream("/test-keys/private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("cannot load the test signing key", e);
        }
    }
}
