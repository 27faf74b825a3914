package kz.elections.registry.nomination;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A commission's bulk import of nominations: how far it got, and what each refused row failed. */
@Entity
@Table(name = "nomination_import")
public class NominationImport extends PanacheEntityBase {

    public enum Status {
        RUNNING, DONE, FAILED
    }

    public record RowError(int line, List<String> messages) {
    }

    @Id
    public UUID id;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int processed;

    @Column(nullable = false)
    public int created;

    @Column(nullable = false)
    public int failed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RowError> errors = new ArrayList<>();
}
