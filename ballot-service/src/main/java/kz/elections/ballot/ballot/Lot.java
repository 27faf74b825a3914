package kz.elections.ballot.ballot;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The order of the party lists of a list contest, as drawn by lot: who drew it, when, who recorded it. */
@Entity
public class Lot extends PanacheEntityBase {

    @Id
    @Column(name = "contest_code")
    public String contestCode;

    @Column(name = "contest_id", nullable = false)
    public UUID contestId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "party_ids", nullable = false)
    public List<UUID> partyIds;

    @Column(name = "drawn_on", nullable = false)
    public LocalDate drawnOn;

    @Column(name = "drawn_by", nullable = false)
    public String drawnBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Version
    @Column(name = "row_version")
    public int rowVersion;
}
