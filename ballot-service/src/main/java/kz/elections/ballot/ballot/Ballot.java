package kz.elections.ballot.ballot;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import kz.elections.common.Ids;

/** A ballot of a contest: a draft, or an approved (later superseded) version frozen by its content hash. */
@Entity
public class Ballot extends PanacheEntityBase {

    public enum Status {
        DRAFT, APPROVED, SUPERSEDED, DISCARDED
    }

    @Id
    public UUID id;

    @Column(name = "contest_code", nullable = false)
    public String contestCode;

    /** The registry's id of the contest: clients may name a contest by id or by code. */
    @Column(name = "contest_id", nullable = false)
    public UUID contestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** 1, 2, … per contest, given on approval. */
    public Integer version;

    /** The canonical JSON of the {@link BallotDocument}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String document;

    @Column(name = "content_hash", nullable = false, columnDefinition = "bpchar")
    public String contentHash;

    /** Why a new version replaces an approved one. */
    public String reason;

    @Column(name = "composed_at", nullable = false)
    public OffsetDateTime composedAt;

    @Column(name = "composed_by", nullable = false)
    public String composedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Version
    @Column(name = "row_version")
    public int rowVersion;

    public BallotDocument content() {
        return ContentHash.parse(document);
    }

    /** The contest's code, if the path names it by the registry's id and a ballot of it is known. */
    public static String codeOf(String idOrCode) {
        return Ids.parse(idOrCode)
                .flatMap(id -> find("contestId", id).<Ballot>firstResultOptional().map(b -> b.contestCode)
                        .or(() -> Lot.<Lot>find("contestId", id).firstResultOptional().map(l -> l.contestCode)))
                .orElse(idOrCode);
    }

    public static Optional<Ballot> findApproved(String contestCode) {
        return find("contestCode = ?1 and status = ?2", contestCode, Status.APPROVED).firstResultOptional();
    }

    public static Optional<Ballot> findDraft(String contestCode) {
        return find("contestCode = ?1 and status = ?2", contestCode, Status.DRAFT).firstResultOptional();
    }

    public static Optional<Ballot> findVersion(String contestCode, int version) {
        return find("contestCode = ?1 and version = ?2", contestCode, version).firstResultOptional();
    }

    public static List<Ballot> listFor(String contestCode) {
        return list("contestCode = ?1 order by composedAt", contestCode);
    }

    public static int lastVersion(String contestCode) {
        Integer last = find("select max(b.version) from Ballot b where b.contestCode = ?1", contestCode)
                .project(Integer.class).firstResult();
        return last == null ? 0 : last;
    }
}
