package kz.elections.common.idempotency;

import java.util.Map;

import kz.elections.common.ProblemException;

/**
 * A request sent with an {@code Idempotency-Key}: the key, and the fingerprint of the request it was sent with
 * ({@link RequestFingerprints}). The key is stored with what the request created, with the fingerprint next to it:
 * the same key with the same request again is a retry and answers what the first one did; the same key with another
 * request is refused ({@link #reused}), never answered with the earlier result.
 */
public record IdempotentRequest(String key, String fingerprint) {

    /** The problem type of a key sent again with another request. */
    public static final String REUSED = "idempotency-key-reused";

    /**
     * Whether this request is the one that stored {@code storedFingerprint} under the same key. A record stored before
     * fingerprints were kept (null) cannot tell, and is taken as the same request, as it was then.
     */
    public boolean sameAs(String storedFingerprint) {
        return storedFingerprint == null || storedFingerprint.equals(fingerprint);
    }

    /** Returns normally if {@code storedFingerprint} is this request's; otherwise the 422 of {@link #reused}. */
    public void requireSameAs(String storedFingerprint) {
        if (!sameAs(storedFingerprint)) {
            throw reused();
        }
    }

    /** 422: the key was used with another request; the client picks a new key for a new request. */
    public ProblemException reused() {
        return ProblemException.unprocessable(REUSED, "Idempotency-Key used for another request",
                "The Idempotency-Key \"" + key + "\" was sent earlier with a different request; a retry repeats the "
                        + "request unchanged, a new request takes a new key",
                Map.of("idempotencyKey", key));
    }
}
