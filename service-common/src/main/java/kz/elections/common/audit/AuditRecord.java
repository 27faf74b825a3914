package kz.elections.common.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One state change: who (token subject), when, what, and the entity's state before and after. Written once and
 * never changed ({@link Immutable}: the ORM does not even compare it at flush; the table refuses updates anyway).
 */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Insert order, numbered by the database; the sealer links records into the chain in this order ({@link AuditChain}). */
    @Column(insertable = false, updatable = false)
    public Long sequence;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public UUID entityId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode before;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode after;

    public static List<AuditRecord> findFor(UUID entityId, int limit) {
        return find("entityId = ?1 order by at, id", entityId).page(0, limit).list();
    }

    public static List<AuditRecord> findRecent(String entityType, int limit) {
        if (entityType == null) {
            return find("order by at desc, id").page(0, limit).list();
        }
        return find("entityType = ?1 order by at desc, id", entityType).page(0, limit).list();
    }
}
