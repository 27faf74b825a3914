package kz.elections.results.publication;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A published, immutable version of an election's results. */
@Entity
@Table(name = "result_version")
@IdClass(ResultVersion.Key.class)
public class ResultVersion extends PanacheEntityBase {

    public enum Status {
        PROVISIONAL, FINAL
    }

    public record Key(String electionCode, Integer number) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "election_code")
    public String electionCode;

    @Id
    public Integer number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "as_of", nullable = false)
    public OffsetDateTime asOf;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    /** The provisional version this final one certifies. */
    public Integer certifies;

    public String reason;

    /** Contest codes whose figures differ from the previous version. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> changes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode document;

    /** The SHA-256 of the tallies the version was published from ({@link TallyDigest}); null before they were pinned. */
    @Column(name = "tally_digest", columnDefinition = "bpchar")
    public String tallyDigest;

    /** The same, per contest, by contest code. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contest_digests")
    public java.util.Map<String, String> contestDigests;

    /** The digest of the version before this one (null for version 1): the chain's link ({@code VersionDigest}). */
    @Column(name = "previous_digest", columnDefinition = "bpchar")
    public String previousDigest;

    /** The head hash of the audit chain when the version was published; null if none was sealed, or before chaining. */
    @Column(name = "audit_head", columnDefinition = "bpchar")
    public String auditHead;

    /**
     * The digest of the version's public JSON, with its links ({@code kz.elections.verifier.VersionDigest}); null only
     * for a version published before versions were chained, until results-service starts and fills it in.
     */
    @Column(columnDefinition = "bpchar")
    public String digest;

    public static Optional<ResultVersion> latest(String election) {
        return find("electionCode = ?1 order by number desc", election).firstResultOptional();
    }

    public static Optional<ResultVersion> version(String election, int number) {
        return find("electionCode = ?1 and number = ?2", election, number).firstResultOptional();
    }

    /** A version without its document: what a history or an index shows. */
    public record Summary(String electionCode, int number, Status status, OffsetDateTime asOf, Integer certifies, String reason,
            List<String> changes) {
    }

    /** Versions 1 … {@code number} of an election, oldest first, without their documents. */
    public static List<Summary> history(String election, int number) {
        return summaries("""
                where v.electionCode = ?1 and v.number <= ?2 order by v.number""", election, number);
    }

    /** The latest version of every election that has published results, by election code. */
    public static List<Summary> latestOfEach() {
        return summaries("""
                where v.number = (select max(w.number) from ResultVersion w where w.electionCode = v.electionCode)
                order by v.electionCode""");
    }

    @SuppressWarnings("unchecked")
    private static List<Summary> summaries(String where, Object... parameters) {
        var query = getEntityManager().createQuery("select v.electionCode, v.number, v.status, v.asOf, v.certifies, v.reason, "
                + "v.changes from ResultVersion v " + where, Object[].class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList().stream().map(row -> new Summary((String) row[0], (Integer) row[1], (Status) row[2],
                (OffsetDateTime) row[3], (Integer) row[4], (String) row[5], (List<String>) row[6])).toList();
    }

    /**
     * The elections that have versions published before versions were chained (no digest yet). In SQL, not HQL: it is
     * the one query of a start (VersionChaining), and the first HQL query of a process sets up Hibernate's query parser,
     * which the first request can do as well as the start.
     */
    @SuppressWarnings("unchecked")
    public static List<String> electionsWithUnlinkedVersions() {
        return getEntityManager().createNativeQuery("select distinct election_code from result_version where digest is null")
                .getResultList();
    }

    /** A version's place in its election's chain, as the public list of versions shows it. */
    public record Link(int number, Status status, OffsetDateTime asOf, String previousDigest, String auditHead, String digest) {
    }

    /** Every version of an election, oldest first, as its links. */
    public static List<Link> chain(String election) {
        return getEntityManager().createQuery("select v.number, v.status, v.asOf, v.previousDigest, v.auditHead, v.digest "
                + "from ResultVersion v where v.electionCode = ?1 order by v.number", Object[].class)
                .setParameter(1, election).getResultList().stream()
                .map(row -> new Link((Integer) row[0], (Status) row[1], (OffsetDateTime) row[2], (String) row[3],
                        (String) row[4], (String) row[5]))
                .toList();
    }

    /** The election's first certified (final) version. */
    public static Optional<ResultVersion> firstFinal(String election) {
        return find("electionCode = ?1 and status = ?2 order by number", election, Status.FINAL).firstResultOptional();
    }

    public static List<ResultVersion> since(String election, int number) {
        return list("electionCode = ?1 and number > ?2 order by number", election, number);
    }
}
