package kz.elections.ballot.ballot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The canonical form of a ballot document (JSON, properties sorted by name, no white space, dates as
 * ISO strings) and its SHA-256 in lower-case hex. Anyone holding the document can recompute the hash.
 */
public final class ContentHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ContentHash() {
    }

    public static BallotDocument parse(String canonical) {
        try {
            return CANONICAL.readValue(canonical, BallotDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a ballot document", e);
        }
    }

    public static String canonicalJson(BallotDocument document) {
        try {
            return CANONICAL.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a ballot document", e);
        }
    }

    public static String sha256(BallotDocument document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson(document).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
