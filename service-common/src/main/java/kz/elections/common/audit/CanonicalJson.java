package kz.elections.common.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON in one canonical text, for hashing: the keys of every object sorted, no whitespace, numbers as written
 * (decimals exactly, no exponent). The same JSON value, however laid out, always gives the same text. A plain
 * mapper of its own: the service's mapper may be customised for requests, which must not change a hash.
 */
public final class CanonicalJson {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private CanonicalJson() {
    }

    /** {@code json} read into plain maps, lists and values, ready to be part of a larger canonical value. */
    public static Object value(String json) {
        try {
            return json == null ? null : CANONICAL.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /** The canonical text of {@code value}: plain maps, lists and values, as {@link #value} gives them. */
    public static String text(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value not rendered as JSON", e);
        }
    }

    /** Lower-case hex SHA-256 of {@code text} in UTF-8. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(sha256Digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new SHA-256 digest, for a text written into it piece by piece. */
    public static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
