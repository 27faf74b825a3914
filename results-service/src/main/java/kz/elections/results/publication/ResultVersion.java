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

    public static Optional<ResultVersion> latest(String election) {
        return find("electionCode = ?1 order by number desc", election).firstResultOptional();
    }

    public static Optional<ResultVersion> version(String election, int number) {
        return find("electionCode = ?1 and number = ?2", election, number).firstResultOptional();
    }

    /** The election's first certified (final) version. */
    public static Optional<ResultVersion> firstFinal(String election) {
        return find("electionCode = ?1 and status = ?2 order by number", election, Status.FINAL).firstResultOptional();
    }

    public static List<ResultVersion> since(String election, int number) {
        return list("electionCode = ?1 and number > ?2 order by number", election, number);
    }
}
