package kz.elections.results.publication;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.elections.verifier.VersionDigest;

/**
 * A published version as the public feed serves it ({@code latest}, {@code versions/{n}}): what the version is
 * (number, status, when, what it certifies, why, which contests changed, the digest of its tallies), its
 * {@link ResultDocument}'s contests and declarations, and its place in the election's chain of versions: the digest
 * of the version before it, the audit chain's head when it was published, and its own digest
 * ({@link VersionDigest}, which anyone recomputes from this JSON). Rendered once per version; the pages read it back.
 */
public record PublishedVersion(String electionCode, int number, ResultVersion.Status status, String asOf, Integer certifies,
        String reason, List<String> changes, String tallyDigest, List<ResultDocument.ContestResult> contests,
        List<PublicationService.NotHeldView> notHeld, String previousDigest, String auditHead, String digest) {

    /**
     * The version's public JSON, as its digest covers it: the stored document's contests and declarations verbatim (a
     * version published before a field existed is served, and digested, without it), the time in UTC to the
     * microsecond the database keeps, so that what is rendered from the stored row is what was digested at publication.
     */
    static ObjectNode json(ResultVersion version, ObjectMapper mapper) {
        ObjectNode json = mapper.createObjectNode();
        json.put("electionCode", version.electionCode);
        json.put("number", version.number);
        json.put("status", version.status.name());
        json.put("asOf", asOf(version.asOf));
        json.put("certifies", version.certifies);
        json.put("reason", version.reason);
        json.set("changes", mapper.valueToTree(version.changes));
        json.put("tallyDigest", version.tallyDigest);
        json.set("contests", stored(version.document, "contests"));
        json.set("notHeld", stored(version.document, "notHeld"));
        json.put("previousDigest", version.previousDigest);
        json.put("auditHead", version.auditHead);
        json.put("digest", version.digest);
        return json;
    }

    /** The digest of the version as it stands (its links set, its own digest not needed). */
    static String digest(ResultVersion version, ObjectMapper mapper) {
        return VersionDigest.of(json(version, mapper));
    }

    static String asOf(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static JsonNode stored(JsonNode document, String member) {
        JsonNode value = document.get(member);
        return value == null ? NullNode.instance : value.deepCopy();
    }
}
