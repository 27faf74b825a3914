package kz.elections.results.protocol;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import kz.elections.law.protocol.ProtocolChecks;

/** One version of a precinct's protocol for a contest. Exactly one version per precinct and contest is current. */
@Entity
public class Protocol extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "contest_code", nullable = false)
    public String contestCode;

    @Column(name = "precinct_id", nullable = false)
    public UUID precinctId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public boolean current;

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

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** The fingerprint of the request that came with {@link #idempotencyKey} (kz.elections.common.idempotency). */
    @Column(name = "request_fingerprint", columnDefinition = "bpchar")
    public String requestFingerprint;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    public String reason;

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
