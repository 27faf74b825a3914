package kz.elections.ballot.ballot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import kz.elections.common.json.JsonCanonicalization;

/**
 * The canonical form of a ballot document and its SHA-256 in lower-case hex: the document as JSON (dates as
 * {@code YYYY-MM-DD} strings, ids as strings, absent details as {@code null}) in the JSON Canonicalization Scheme
 * of RFC 8785 (service-common's {@link JsonCanonicalization}), so anyone holding the document can recompute the
 * hash with any RFC 8785 implementation.
 */
public final class ContentHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
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
        return JsonCanonicalization.canonicalize(CANONICAL.<JsonNode>valueToTree(document));
    }

    public static String sha256(BallotDocument document) {
        return JsonCanonicalization.sha256(canonicalJson(document));
    }
}
