package kz.elections.results.elected;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The list candidates who take a party's seats in a contest. */
@Entity
@Table(name = "seat_assignment")
@IdClass(SeatAssignment.Key.class)
public class SeatAssignment extends PanacheEntityBase {

    public record Key(String contestCode, UUID partyId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "contest_code")
    public String contestCode;

    @Id
    @Column(name = "party_id")
    public UUID partyId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<UUID> nominations;

    @Column(name = "by_list_order", nullable = false)
    public boolean byListOrder;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;
}
