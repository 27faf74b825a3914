package kz.elections.results.publication;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A commission member reopened certified results: {@code version} is the final version reopened. */
@Entity
@Table(name = "result_reopening")
@IdClass(ResultReopening.Key.class)
public class ResultReopening extends PanacheEntityBase {

    public record Key(String electionCode, Integer version) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "election_code")
    public String electionCode;

    @Id
    public Integer version;

    @Column(nullable = false)
    public String reason;

    @Column(name = "reopened_by", nullable = false)
    public String reopenedBy;

    @Column(name = "reopened_at", nullable = false)
    public OffsetDateTime reopenedAt;
}
