package kz.elections.registry.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keyed hash under which IINs are stored and compared (HMAC-SHA256 with the server secret
 * {@code tizim.iin-hash-key}): equal IINs give equal hashes, and without the key a hash does not lead
 * back to the IIN, which has only 10¹¹ possible values and would fall to a plain hash.
 */
@ApplicationScoped
public class IinHasher {

    private final SecretKeySpec key;

    IinHasher(@ConfigProperty(name = "tizim.iin-hash-key") String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("tizim.iin-hash-key must be a secret of at least 16 characters");
        }
        key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A hashing function for one thread's batch of IINs (a Mac is not thread-safe). */
    public Function<String, byte[]> newHasher() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return iin -> mac.doFinal(iin.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public byte[] hash(String iin) {
        return newHasher().apply(iin);
    }
}
