package kz.elections.common.idempotency;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kz.elections.common.audit.AuditChain;

/**
 * The fingerprint of a request sent with an {@code Idempotency-Key}: hex SHA-256 of its method, a newline, its
 * path, a newline and its canonical body: the body as the API read it (its request record), in JSON with the keys
 * of every object sorted and no whitespace. Two requests differing only in layout or key order have the same
 * fingerprint; any other difference in what the API reads gives another.
 */
@ApplicationScoped
public class RequestFingerprints {

    private final ObjectMapper canonical;

    @Inject
    public RequestFingerprints(ObjectMapper json) {
        this.canonical = json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /** The request with its key, or empty when no key (or a blank one) was sent. */
    public Optional<IdempotentRequest> of(String idempotencyKey, String method, String path, Object body) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new IdempotentRequest(idempotencyKey, fingerprint(method, path, body)));
    }

    public String fingerprint(String method, String path, Object body) {
        try {
            // Through plain maps, so that every object's keys are sorted, a record's components included.
            String canonicalBody = canonical.writeValueAsString(canonical.convertValue(body, Object.class));
            return AuditChain.sha256(method + "\n" + path + "\n" + canonicalBody);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body not rendered", e);
        }
    }
}
