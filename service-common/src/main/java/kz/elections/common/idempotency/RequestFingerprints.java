package kz.elections.common.idempotency;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.elections.common.audit.CanonicalJson;

/**
 * The fingerprint of a request sent with an {@code Idempotency-Key}: hex SHA-256 of its method, a newline, its
 * path, a newline and its canonical body: the body as the API read it (its request record), in JSON with the keys
 * of every object sorted and no whitespace. Two requests differing only in layout or key order have the same
 * fingerprint; any other difference in what the API reads gives another.
 */
@ApplicationScoped
public class RequestFingerprints {

    /** Renders the request record as the API reads it (dates, enums); {@link CanonicalJson} then orders it. */
    @Inject
    ObjectMapper json;

    /** The request with its key, or empty when no key (or a blank one) was sent. */
    public Optional<IdempotentRequest> of(String idempotencyKey, String method, String path, Object body) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new IdempotentRequest(idempotencyKey, fingerprint(method, path, body)));
    }

    public String fingerprint(String method, String path, Object body) {
        try {
            String canonicalBody = CanonicalJson.text(CanonicalJson.value(json.writeValueAsString(body)));
            return CanonicalJson.sha256(method + "\n" + path + "\n" + canonicalBody);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body not rendered", e);
        }
    }
}
