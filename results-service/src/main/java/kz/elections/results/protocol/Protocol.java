package kz.elections.results.protocol;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kz.elections.law.protocol.ProtocolChecks;
import kz.elections.results.contest.PrecinctSubmission;

/** One version of a precinct's protocol for a contest. Exactly one version per precinct and contest is current. */
@Entity
public class Protocol extends PrecinctSubmission {

    @Column(name = "contest_code", nullable = false)
    public String contestCode;

    @Column(name = "ballot_hash", nullable = false, columnDefinition = "bpchar")
    public String ballotHash;

    @Column(name = "voters_on_list", nullable = false)
    public long votersOnList;

    @Column(name = "voters_added", nullable = false)
    public long votersAdded;

    @Column(name = "ballots_received", nullable = false)
    public long ballotsReceived;

    @Column(name = "ballots_issued", nullable = false)
    public long ballotsIssued;

    @Column(name = "ballots_cancelled", nullable = false)
    public long ballotsCancelled;

    @Column(name = "took_part", nullable = false)
    public long tookPart;

    @Column(nullable = false)
    public long invalid;

    @Column(name = "against_all", nullable = false)
    public long againstAll;

    /** Votes per ballot option in ballot order, "against all" apart. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Long> votes;

    public ProtocolChecks.Counts counts() {
        return new ProtocolChecks.Counts(votersOnList, votersAdded, ballotsReceived, ballotsIssued, ballotsCancelled,
                tookPart, invalid, againstAll, votes);
    }

    public static Optional<Protocol> findCurrent(String contest, UUID precinct) {
        return find("contestCode = ?1 and precinctId = ?2 and current = true", contest, precinct).firstResultOptional();
    }

    public static Optional<Protocol> findByIdempotencyKey(String subject, String key) {
        return find("submittedBy = ?1 and idempotencyKey = ?2", subject, key).firstResultOptional();
    }
}
