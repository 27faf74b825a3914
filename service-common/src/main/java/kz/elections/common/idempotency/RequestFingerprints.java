package kz.elections.common.idempotency;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import kz.elections.common.audit.CanonicalJson;

/**
 * The fingerprint of a request sent with an {@code Idempotency-Key}: hex SHA-256 of its method, a newline, its
 * path, a newline and its canonical body: the body as the API read it (its request record), in JSON with the keys
 * of every object sorted and no whitespace ({@link CanonicalJson}'s text of it). Two requests differing only in
 * layout or key order have the same fingerprint; any other difference in what the API reads gives another.
 *
 * <p>The record is written once, its properties in sorted order, straight into the digest: the same bytes as
 * rendering it, reading that back and writing it sorted, for what request records hold (text, whole numbers,
 * booleans, dates, enums, lists and nested records; no maps or floating-point numbers, whose keys or digits
 * {@link CanonicalJson} would order or write otherwise). Fingerprints stored earlier stay valid: each request
 * record's tests compare this with {@link #byDefinition}.
 */
@ApplicationScoped
public class RequestFingerprints {

    /** Renders the request record as the API reads it (dates, enums). */
    @Inject
    ObjectMapper json;

    /** {@link #json} with every object's properties sorted by name and no whitespace. */
    private ObjectWriter sorted;

    @PostConstruct
    @SuppressWarnings("deprecation") // MapperFeatures are set on a copy; Jackson 2 has no builder from a mapper
    void sortedWriter() {
        ObjectMapper copy = json.copy()
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST, false);
        sorted = copy.writer()
                .without(SerializationFeature.INDENT_OUTPUT)
                .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                // A character outside the BMP as its UTF-8 bytes, as the canonical text's has: not escaped as a pair.
                .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }

    /** The request with its key, or empty when no key (or a blank one) was sent. */
    public Optional<IdempotentRequest> of(String idempotencyKey, String method, String path, Object body) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new IdempotentRequest(idempotencyKey, fingerprint(method, path, body)));
    }

    public String fingerprint(String method, String path, Object body) {
        MessageDigest digest = CanonicalJson.sha256Digest();
        digest.update((method + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
        try (OutputStream into = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            sorted.writeValue(into, body);
        } catch (IOException e) {
            throw new IllegalStateException("request body not rendered", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The fingerprint by its definition, as it was computed before: the record rendered by {@code json}, read back
     * and written as {@link CanonicalJson}'s text, hashed with the method and path. {@link #fingerprint} gives the
     * same, faster; the tests of each request record compare the two.
     */
    public static String byDefinition(ObjectMapper json, String method, String path, Object body) {
        try {
            String canonicalBody = CanonicalJson.text(CanonicalJson.value(json.writeValueAsString(body)));
            return CanonicalJson.sha256(method + "\n" + path + "\n" + canonicalBody);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body not rendered", e);
        }
    }
}
