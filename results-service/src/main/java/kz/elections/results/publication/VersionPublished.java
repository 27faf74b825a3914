package kz.elections.results.publication;

/**
 * A result version was stored: fired in the publishing transaction, observed once it commits
 * ({@code TransactionPhase.AFTER_SUCCESS}), so that nobody hears of a version that was rolled back.
 */
public record VersionPublished(String electionCode, int number, ResultVersion.Status status) {
}
