package kz.elections.verifier;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.elections.common.json.JsonCanonicalization;

/**
 * The digest of a published result version, as results-service computes it when it publishes and as anyone can
 * recompute it from the version's public JSON ({@code GET /api/v1/elections/{code}/results/versions/{n}}):
 *
 * <pre>
 * digest = lower-case hex SHA-256 of the UTF-8 bytes of the RFC 8785 canonical form of the JSON object made of the
 *          version's members {@link #COVERED} (a member the version lacks counts as null)
 * </pre>
 *
 * The covered members are what the version says (its number, status, time, reason, the contests that changed, the
 * digest of its tallies) and its document (the contests' figures and outcomes, the contests declared not held), plus
 * its two links: {@code previousDigest}, the digest of the version before it (null for version 1), and
 * {@code auditHead}, the head hash of results-service's audit chain when it was published (null if none was sealed,
 * or for a version published before versions were chained). Members not covered ({@code digest} itself, links a
 * later release adds) never change a digest.
 */
public final class VersionDigest {

    /** The members of a published version that its digest covers, in no particular order (the canonical form sorts). */
    public static final List<String> COVERED = List.of("electionCode", "number", "status", "asOf", "certifies", "reason",
            "changes", "tallyDigest", "contests", "notHeld", "previousDigest", "auditHead");

    private VersionDigest() {
    }

    /** The digest of {@code version}, the JSON of a published result version. */
    public static String of(JsonNode version) {
        return JsonCanonicalization.sha256(JsonCanonicalization.canonicalize(covered(version)));
    }

    /** The object the digest is computed over: the covered members of {@code version}, missing ones as null. */
    public static ObjectNode covered(JsonNode version) {
        ObjectNode covered = JsonNodeFactory.instance.objectNode();
        for (String member : COVERED) {
            JsonNode value = version.get(member);
            covered.set(member, value == null ? NullNode.instance : value);
        }
        return covered;
    }
}
