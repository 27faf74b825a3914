package kz.elections.verifier;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks the chain of an election's published result versions, oldest first: version i is numbered i, belongs to the
 * election, carries a digest equal to the one recomputed from its content ({@link VersionDigest}), and its
 * {@code previousDigest} is the digest of version i − 1 (null for version 1). The first link that does not hold is
 * named; nothing after it is trusted.
 */
public final class VersionChain {

    /** The first version that does not hold, and why. */
    public record Broken(int number, String problem) {
    }

    /**
     * {@code versions} the versions checked, {@code headDigest} the digest of the last one (null if there are none),
     * {@code broken} the first broken link, or null if the whole chain holds.
     */
    public record Result(int versions, String headDigest, Broken broken) {

        public boolean holds() {
            return broken == null;
        }
    }

    private VersionChain() {
    }

    /** {@code versions}: the JSON of versions 1, 2, … of {@code election}, in that order. */
    public static Result check(String election, List<? extends JsonNode> versions) {
        String previous = null;
        for (int i = 0; i < versions.size(); i++) {
            int number = i + 1;
            String problem = problem(election, number, previous, versions.get(i));
            if (problem != null) {
                return new Result(versions.size(), text(versions.get(versions.size() - 1), "digest"),
                        new Broken(number, problem));
            }
            previous = text(versions.get(i), "digest");
        }
        return new Result(versions.size(), previous, null);
    }

    /** What is wrong with version {@code number}, whose predecessor's digest is {@code previous}; null if nothing. */
    static String problem(String election, int number, String previous, JsonNode version) {
        JsonNode actualNumber = version.get("number");
        if (actualNumber == null || !actualNumber.canConvertToInt() || actualNumber.intValue() != number) {
            return "it is numbered " + actualNumber + ", not " + number;
        }
        if (!Objects.equals(election, text(version, "electionCode"))) {
            return "it belongs to election " + text(version, "electionCode") + ", not " + election;
        }
        String published = text(version, "digest");
        String computed = VersionDigest.of(version);
        if (!computed.equals(published)) {
            return "its content does not match its digest: published " + published + ", computed " + computed;
        }
        String linked = text(version, "previousDigest");
        if (!Objects.equals(previous, linked)) {
            return number == 1 ? "version 1 names a previous version " + linked
                    : "its previousDigest " + linked + " is not the digest of version " + (number - 1) + ", " + previous;
        }
        return null;
    }

    static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }
}
