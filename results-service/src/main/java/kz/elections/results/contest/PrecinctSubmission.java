package kz.elections.results.contest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What a precinct commission submits, protocol or turnout report alike: one version of the precinct's figures (exactly
 * one current), who sent it and when, the reason of a correction, and the Idempotency-Key it came with beside the
 * fingerprint of its request (kz.elections.common.idempotency).
 */
@MappedSuperclass
public abstract class PrecinctSubmission extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "precinct_id", nullable = false)
    public UUID precinctId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public boolean current;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_fingerprint", columnDefinition = "bpchar")
    public String requestFingerprint;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    public String reason;
}
