package kz.elections.ballot.ballot;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A ballot as printed, and as frozen on approval: the contest, and its options in ballot order with
 * their Kazakh and Russian labels, "against all" last (a recall ballot: "for recall", "against recall"). Its SHA-256 over the canonical JSON is the
 * content hash protocols are counted against.
 */
public record BallotDocument(String contestCode, String electionCode, String contestKind, LocalDate electionDay,
        List<Option> options) {

    public enum OptionKind {
        CANDIDATE, PARTY, AGAINST_ALL, FOR_RECALL, AGAINST_RECALL
    }

    /**
     * {@code ref}: the nomination id of a candidate, the party id of a list, the deputy's registration (nomination id)
     * on both lines of a recall ballot; null for "against all".
     */
    public record Option(int position, OptionKind kind, UUID ref, String labelKk, String labelRu, String detailKk,
            String detailRu) {
    }
}
