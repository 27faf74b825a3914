package kz.elections.registry.party;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash under which member IINs are stored and compared (HMAC-SHA256 with the server secret
 * {@code tizim.party.iin-hash-key}): equal IINs give equal hashes, and without the key a hash does not
 * lead back to the IIN, which has only 10¹¹ possible values and would fall to a plain hash. Not
 * thread-safe: take one per upload.
 */
final class MemberHasher {

    private final Mac mac;

    MemberHasher(String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalStateException("tizim.party.iin-hash-key must be set to a secret of at least 16 characters");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    byte[] hash(String iin) {
        return mac.doFinal(iin.getBytes(StandardCharsets.US_ASCII));
    }
}
