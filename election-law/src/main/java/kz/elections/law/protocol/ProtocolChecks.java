package kz.elections.law.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The control relations a precinct protocol must satisfy (CL "On Elections", Art. 43). A protocol that
 * fails any of them is refused with every failed relation named and its figures; it is never corrected.
 */
public final class ProtocolChecks {

    /** The counts of one precinct's protocol for one contest; {@code options}: votes per ballot option. */
    public record Counts(long votersOnList, long votersAdded, long ballotsReceived, long ballotsIssued,
            long ballotsCancelled, long tookPart, long invalid, long againstAll, List<Long> options) {

        public long optionVotes() {
            return options.stream().mapToLong(Long::longValue).sum();
        }
    }

    public record Failure(String relation, String rule, String figures) {
    }

    private ProtocolChecks() {
    }

    public static List<Failure> check(Counts c) {
        List<Failure> failures = new ArrayList<>();
        if (c.ballotsReceived() != c.ballotsIssued() + c.ballotsCancelled()) {
            failures.add(new Failure("RECEIVED_EQUALS_ISSUED_PLUS_CANCELLED", "ballots received = issued + cancelled",
                    c.ballotsReceived() + " ≠ " + c.ballotsIssued() + " + " + c.ballotsCancelled()));
        }
        if (c.tookPart() > c.ballotsIssued()) {
            failures.add(new Failure("TOOK_PART_AT_MOST_ISSUED", "voters who took part ≤ ballots issued",
                    c.tookPart() + " > " + c.ballotsIssued()));
        }
        if (c.tookPart() != c.invalid() + c.againstAll() + c.optionVotes()) {
            failures.add(new Failure("TOOK_PART_EQUALS_INVALID_AGAINST_ALL_AND_VOTES",
                    "voters who took part = invalid + against all + Σ votes",
                    c.tookPart() + " ≠ " + c.invalid() + " + " + c.againstAll() + " + " + c.optionVotes()));
        }
        if (c.ballotsIssued() > c.votersOnList() + c.votersAdded()) {
            failures.add(new Failure("ISSUED_AT_MOST_VOTERS", "ballots issued ≤ voters on the list (+ added on election day)",
                    c.ballotsIssued() + " > " + c.votersOnList() + " + " + c.votersAdded()));
        }
        return failures;
    }
}
