package kz.elections.results.publication;

import java.util.List;

/**
 * A published version as the public feed serves it ({@code latest}, {@code versions/{n}}): what the version is
 * (number, status, when, what it certifies, why, which contests changed, the digest of its tallies) and its
 * {@link ResultDocument}'s contests and declarations. Rendered once per version; the pages read it back.
 */
public record PublishedVersion(String electionCode, int number, ResultVersion.Status status, String asOf, Integer certifies,
        String reason, List<String> changes, String tallyDigest, List<ResultDocument.ContestResult> contests,
        List<PublicationService.NotHeldView> notHeld) {

    static PublishedVersion of(ResultVersion version, ResultDocument document) {
        return new PublishedVersion(version.electionCode, version.number, version.status, version.asOf.toString(),
                version.certifies, version.reason, version.changes, version.tallyDigest, document.contests(),
                document.declaredNotHeld());
    }
}
